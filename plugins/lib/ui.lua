-- Output helpers for modes and tools: wrapping, styles, small tables.
local M = {}

local style = drill.term.style

function M.style(name, text) return style(name, text) end

-- Wraps text to width columns (counting characters), each line prefixed by indent: each line
-- of text a paragraph, its words joined by one space.
function M.wrap(text, width, indent)
  indent = indent or ""
  return drill.text.wrap(text, math.max(20, (width or drill.term.width() or 80) - #indent), indent)
end

function M.say(...)
  drill.term.write(table.concat({ ... }), "\n")
end

-- Formats a score 0..1 as a percentage.
function M.percent(x)
  return ("%d%%"):format(math.floor(x * 100 + 0.5))
end

-- Left-aligned columns: rows of strings, the widths computed from the cells.
function M.columns(rows, gap)
  gap = gap or "  "
  local widths = {}
  for _, r in ipairs(rows) do
    for i, cell in ipairs(r) do
      widths[i] = math.max(widths[i] or 0, drill.text.length(cell))
    end
  end
  local out = {}
  for _, r in ipairs(rows) do
    local cells = {}
    for i, cell in ipairs(r) do
      cells[i] = i < #r and cell .. (" "):rep(widths[i] - drill.text.length(cell)) or cell
    end
    out[#out + 1] = table.concat(cells, gap)
  end
  return table.concat(out, "\n")
end

return M
