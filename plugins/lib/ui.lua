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

-- Left-aligned columns: rows of strings, the widths computed from the cells. A row's last cell
-- is not padded, so its length is not needed.
function M.columns(rows, gap)
  gap = gap or "  "
  local widths, lengths, at = {}, {}, 0
  for _, r in ipairs(rows) do
    for i = 1, #r - 1 do
      local l = length(r[i])
      at = at + 1
      lengths[at] = l
      if l > (widths[i] or 0) then widths[i] = l end
    end
  end
  -- the runs of spaces, each made once: a few widths recur over hundreds of cells
  local pads = setmetatable({}, { __index = function(t, w)
    local s = (" "):rep(w)
    t[w] = s
    return s
  end })
  local out, cells = {}, {}
  at = 0
  for k, r in ipairs(rows) do
    local n = #r
    for i = 1, n - 1 do
      at = at + 1
      cells[i] = r[i] .. pads[widths[i] - lengths[at]]
    end
    cells[n] = r[n]
    out[k] = concat(cells, gap, 1, n)
  end
  return concat(out, "\n")
end

return M
