-- check.lua's JSON report: {"files": [record, ...], "summary": {...}} exactly as docs/check.md
-- describes it, streamed one file record per line. Absent nullable keys are written as null.
local null = drill.json.null

local function nullable(t, ...)
  for _, k in ipairs({ ... }) do
    if t[k] == nil then t[k] = null end
  end
  return t
end

local function array(t)
  return t == nil and drill.json.array() or t
end

-- An answer of a record as the report writes it: a missing score is null, empty lists are arrays.
local function answer(a)
  nullable(a, "score")
  a.feedback, a.missing, a.misconceptions = array(a.feedback), array(a.missing), array(a.misconceptions)
  return a
end

-- A record as its line of the report. Pure, so check.lua may call it in a worker process and
-- hand the text to file(): the encoding then runs beside the grading.
local function encode(f)
  f.errors, f.answers = array(f.errors), array(f.answers)
  for _, e in ipairs(f.errors) do nullable(e, "line", "column") end
  for _, a in ipairs(f.answers) do answer(a) end
  return drill.json.encode(f)
end

-- An answer's text in its file's record, made on its own (a worker grading part of a file).
local function encode_answer(a)
  return drill.json.encode(answer(a))
end

-- The record of file f with `texts` (encode_answer's, in order) as its answers: the record is
-- encoded without them and they are put in as its first member ("answers" comes first of its
-- keys, sorted), so the text is encode's, byte for byte.
local function encode_file(f, texts)
  f.errors, f.answers = array(f.errors), nil
  for _, e in ipairs(f.errors) do nullable(e, "line", "column") end
  local rest = drill.json.encode(f)
  assert(rest:sub(1, 10) > '{"answers"', "a record's member sorts before its answers")
  return '{"answers":[' .. table.concat(texts, ",") .. "]" .. (rest == "{}" and "}" or "," .. rest:sub(2))
end

return function(write)
  local n = 0
  return {
    start = function() write('{"files": [\n') end,
    encode = encode,
    encode_answer = encode_answer,
    encode_file = encode_file,
    -- file(record [, text]): text, when given, is encode(record) made elsewhere
    file = function(f, text)
      n = n + 1
      write((n > 1 and ",\n  " or "  ") .. (text or encode(f)))
    end,
    finish = function(summary)
      nullable(summary, "mean_score", "min_score")
      write((n > 0 and "\n" or "") .. '],\n"summary": ' .. drill.json.encode(summary) .. "}\n")
    end,
  }
end
