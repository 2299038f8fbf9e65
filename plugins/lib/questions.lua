-- Choosing questions: filters by lesson, level, format and topic; seeded shuffles.
local M = {}

local function has_level(q, level)
  if type(q.level) == "string" then return q.level == level end
  for _, l in ipairs(q.level or {}) do
    if l == level then return true end
  end
  return false
end

local concat = table.concat
function M.levels(q)
  if type(q.level) == "string" then return q.level end
  return concat(q.level or {}, ",")
end

-- A lesson filter: one lesson, several separated by commas, or lessons to leave out, each with a
-- leading "-" ("-advanced": every lesson but that one).
local function lessons(spec)
  local want, skip = nil, {}
  for name in spec:gmatch("[^,]+") do
    name = name:match("^%s*(.-)%s*$")
    if name:sub(1, 1) == "-" then
      skip[name:sub(2)] = true
    elseif name ~= "" then
      want = want or {}
      want[name] = true
    end
  end
  return function(lesson) return not skip[lesson] and (not want or want[lesson] == true) end
end

-- A list of lessons, or one to leave out, that names a lesson no question has is a usage error
-- (a single unknown lesson empties the pool, and each mode says so in its own words).
local function check_lessons(spec)
  if not (spec:find(",", 1, true) or spec:match("^%s*%-")) then return end
  local have, names = {}, {}
  for _, q in ipairs(drill.bank.index()) do
    if q.lesson and not have[q.lesson] then
      have[q.lesson] = true
      names[#names + 1] = q.lesson
    end
  end
  for name in spec:gmatch("[^,]+") do
    name = name:match("^%s*%-?%s*(.-)%s*$")
    if name ~= "" and not have[name] then
      table.sort(names)
      require("lib.cli").usage_error(("no lesson %q (in --lesson %s)\nLessons: %s"):format(name, spec,
        table.concat(names, ", ")))
    end
  end
end

-- filters: {lesson =, level =, format =, topic =}; each may be nil.
function M.filter(list, f)
  local out = {}
  if f.lesson then check_lessons(f.lesson) end
  local lesson_ok = f.lesson and lessons(f.lesson)
  for _, q in ipairs(list) do
    if (not f.lesson or lesson_ok(q.lesson))
        and (not f.level or has_level(q, f.level))
        and (not f.format or q.format == f.format)
        and (not f.topic or q.topic == f.topic) then
      out[#out + 1] = q
    end
  end
  return out
end

-- The distinct values of a field, sorted, for "did you mean" messages; a field that holds
-- an array (level) gives each of its values.
function M.values(list, field)
  local seen, out = {}, {}
  for _, q in ipairs(list) do
    local v = q[field]
    for _, x in ipairs(type(v) == "table" and v or { v }) do
      if type(x) == "string" and not seen[x] then
        seen[x] = true
        out[#out + 1] = x
      end
    end
  end
  table.sort(out)
  return out
end

-- Questions answered in a few sentences: walkthroughs and derivations have modes of their own.
function M.short_answer(list)
  local out = {}
  for _, q in ipairs(list) do
    if q.format ~= "scenario" and q.format ~= "derivation" then out[#out + 1] = q end
  end
  return out
end

-- Fisher-Yates with math.random, which drill seeds from --seed.
function M.shuffle(list)
  local t = {}
  for i, v in ipairs(list) do t[i] = v end
  for i = #t, 2, -1 do
    local j = math.random(i)
    t[i], t[j] = t[j], t[i]
  end
  return t
end

-- The model answer's one-sentence summary (or the plain answer).
function M.summary(q)
  if type(q.answer) == "table" then return q.answer.summary end
  return q.answer
end

-- An answer (the four steps, or a plain string) as one text.
function M.answer_text(a)
  if type(a) ~= "table" then return a or "" end
  return table.concat({ a.summary, a.intuition, a.technical, a.practice }, " ")
end

-- The question's model answer as one text.
function M.model_text(q)
  return M.answer_text(q.answer)
end

return M
