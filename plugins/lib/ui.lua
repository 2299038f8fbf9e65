-- Output helpers for modes and tools: wrapping, styles, small tables.
local M = {}

-- the library's functions as locals: each read of drill.text.length, math.max, ... goes
-- through the sandbox's read-only views, and a table of a few hundred rows reads them thousands
-- of times
local style, write, term_width = drill.term.style, drill.term.write, drill.term.width
local length, text_wrap = drill.text.length, drill.text.wrap
local max, floor, concat = math.max, math.floor, table.concat

function M.style(name, text) return style(name, text) end

-- Wraps text to width columns (counting characters), each line prefixed by indent: each line
-- of text a paragraph, its words joined by one space.
function M.wrap(text, width, indent)
  indent = indent or ""
  return text_wrap(text, max(20, (width or term_width() or 80) - #indent), indent)
end

function M.say(...)
  write(concat({ ... }), "\n")
end

-- Formats a score 0..1 as a percentage.
function M.percent(x)
  return ("%d%%"):format(floor(x * 100 + 0.5))
end

-- Left-aligned columns: rows of strings, the widths computed from the cells.
function M.columns(rows, gap)
  gap = gap or "  "
  local widths, lengths = {}, {}
  for k, r in ipairs(rows) do
    local l = {}
    for i, cell in ipairs(r) do
      l[i] = length(cell)
      widths[i] = max(widths[i] or 0, l[i])
    end
    lengths[k] = l
  end
  -- the runs of spaces, each made once: a few widths recur over hundreds of cells
  local pads = setmetatable({}, { __index = function(t, w)
    local s = (" "):rep(w)
    t[w] = s
    return s
  end })
  local out = {}
  for k, r in ipairs(rows) do
    local cells, n = {}, #r
    for i, cell in ipairs(r) do
      cells[i] = i < n and cell .. pads[widths[i] - lengths[k][i]] or cell
    end
    out[k] = concat(cells, gap)
  end
  return concat(out, "\n")
end

return M
