-- Answer files: Markdown ("## question-id" headings) and JSON ({"answers": {...}}),
-- parsed by the core (drill.answers) into {id, line, [column], text} entries and
-- {line, [column], message} errors. The rules are docs/check.md's.
local M = {}

-- The line number of a byte offset (0-based).
function M.line_of(text, offset)
  local _, n = text:sub(1, offset):gsub("\n", "")
  return n + 1
end

-- markdown(text) -> entries, errors
function M.markdown(text)
  return drill.answers.markdown(text)
end

-- json(text, path) -> entries, errors
function M.json(text, path)
  return drill.answers.json(text, path)
end

return M
