-- Answer files: Markdown ("## question-id" headings) and JSON ({"answers": {...}}),
-- parsed into {id, line, column, text} entries with errors that name the line.
local M = {}

local heading = assert(drill.re.compile([[^##[ \t]+(\S+)[ \t]*#*[ \t]*$]]))
local fence = assert(drill.re.compile([[^[ \t]{0,3}(?:```|~~~)]]))

-- Lines of text with their numbers; \r\n and \r count as line ends too.
local function lines(text)
  text = text:gsub("\r\n?", "\n")
  local out, n = {}, 0
  for line in (text .. "\n"):gmatch("(.-)\n") do
    n = n + 1
    out[n] = line
  end
  if text:sub(-1) == "\n" then out[n] = nil end
  return out
end

-- The line number of a byte offset (0-based).
function M.line_of(text, offset)
  local n = 1
  for _ in text:sub(1, offset):gmatch("\n") do n = n + 1 end
  return n
end

local function trim(s)
  return (s:gsub("<!%-%-.-%-%->", ""):match("^%s*(.-)%s*$"))
end

-- markdown(text) -> entries, errors
function M.markdown(text)
  local entries, errors = {}, {}
  local current, body, in_fence = nil, nil, false
  local function close()
    if current then
      current.text = trim(table.concat(body, "\n"))
      entries[#entries + 1] = current
    end
  end
  for n, line in ipairs(lines(text)) do
    if fence:test(line) then in_fence = not in_fence end
    local id = not in_fence and heading:match(line)
    if id then
      close()
      current, body = { id = id, line = n }, {}
    elseif current then
      body[#body + 1] = line
    end
  end
  close()
  return entries, errors
end

-- json(text, path) -> entries, errors
function M.json(text, path)
  local doc, err = drill.json.decode(text, path)
  if not doc then
    local line, col, msg = err:match(":(%d+):(%d+): (.*)$")
    return {}, { { line = tonumber(line), column = tonumber(col), message = msg or err } }
  end
  if type(doc) ~= "table" or type(doc.answers) ~= "table" or doc.answers[1] ~= nil then
    return {}, { { line = 1, message = 'expected an object {"answers": {"<question-id>": "text", ...}}' } }
  end
  local entries, errors = {}, {}
  for id, answer in pairs(doc.answers) do
    -- the line of the key, for reports: JSON decoding keeps no positions
    local at = text:find('"' .. id:gsub("%p", "%%%0") .. '"%s*:')
    local line = at and M.line_of(text, at) or 1
    if answer == drill.json.null then
      entries[#entries + 1] = { id = id, line = line, text = "" }
    elseif type(answer) ~= "string" then
      errors[#errors + 1] = { line = line, message = ("the answer to %q must be a string"):format(id) }
    else
      entries[#entries + 1] = { id = id, line = line, text = trim(answer) }
    end
  end
  table.sort(entries, function(a, b) return a.line < b.line or (a.line == b.line and a.id < b.id) end)
  return entries, errors
end

return M
