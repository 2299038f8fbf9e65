-- Every built-in rubric (questions, followups, scenario stages, derivation steps) graded with
-- its model answer carrying multi-byte characters at every distance 0..70 bytes before each
-- concept's match: a grader must never cut the text inside a character.
local t = require("tap")
local pick = require("lib.questions")
local grade = require("lib.grade")

-- A 2-, a 3- and a 4-byte character, taken in turn as the distance grows: a window of any
-- length then ends one byte into a character at some distance. (Dashes and typographic quotes
-- are no use here: normalising makes them ASCII.)
local CHARS = { "é", "中", "😀" }
local MAX_DISTANCE = 70

-- What to grade: {question, part (a stage or step, or nil), model text, rubric, name}.
local cases = {}
for _, q in ipairs(drill.bank.questions()) do
  cases[#cases + 1] = { q = q, text = pick.model_text(q), rubric = q.rubric, name = q.id }
  for i, part in ipairs(q.stages or q.steps or {}) do
    if part.rubric then
      cases[#cases + 1] = { q = q, part = part, rubric = part.rubric,
        text = type(part.answer) == "table" and pick.model_text(part) or part.answer,
        name = ("%s %s %s"):format(q.id, q.stages and "stage" or "step", part.id or i) }
    end
  end
  for _, f in ipairs(q.followups or {}) do
    if type(f) == "table" and f.rubric then
      local fq = drill.bank.get(f.id)
      cases[#cases + 1] = { q = fq, text = pick.model_text(fq), rubric = fq.rubric, name = f.id }
    end
  end
end

-- Start of the first match of each concept pattern, in the text the grader will see.
local function match_starts(text, rubric)
  local starts = {}
  for _, c in ipairs(rubric and rubric.concepts or {}) do
    for _, p in ipairs(c.patterns) do
      local s = assert(drill.re.compile(p, "i")):find(text)
      if s then starts[#starts + 1] = s end
    end
  end
  table.sort(starts)
  return starts
end

-- `text` with `ch` put `d` bytes before every match start (moved back to a character's
-- first byte), inserting from the end so each start is still where it was found.
local function with_chars(text, starts, ch, d)
  local at, seen = {}, {}
  for _, s in ipairs(starts) do
    local p = s - d
    if p >= 1 then
      while p > 1 and text:byte(p) & 0xC0 == 0x80 do p = p - 1 end
      if not seen[p] then
        seen[p] = true
        at[#at + 1] = p
      end
    end
  end
  table.sort(at)
  for k = #at, 1, -1 do
    text = text:sub(1, at[k] - 1) .. ch .. text:sub(at[k])
  end
  return text
end

local rubrics, graded = 0, 0
for _, c in ipairs(cases) do
  local base = drill.text.normalize(c.text or "")
  local starts = match_starts(base, c.rubric)
  local failure
  for d = 0, MAX_DISTANCE do
    local ch = CHARS[d % #CHARS + 1]
    local r, err = grade.answer(c.q, with_chars(base, starts, ch, d), { part = c.part, coach = false })
    graded = graded + 1
    if not r then
      failure = ("%s at %d bytes before each match: %s"):format(ch, d, err)
      break
    end
  end
  rubrics = rubrics + 1
  t.ok(not failure and #starts > 0, c.name .. ": multi-byte characters before its matches grade cleanly",
    failure or "no concept pattern matches the model answer")
end
t.ok(rubrics >= 150, "every built-in rubric was graded", rubrics)
print(("# %d rubrics, %d gradings"):format(rubrics, graded))
return t.done()
