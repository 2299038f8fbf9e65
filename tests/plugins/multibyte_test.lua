-- Every built-in rubric (questions, followups, scenario stages, derivation steps) graded with
-- its model answer carrying multi-byte characters at every distance 0..70 bytes before each
-- concept's match: a grader must never cut the text inside a character.
local t = require("tap")
local pick = require("lib.questions")
local grade = require("lib.grade")

-- Runs of 2-, 3- and 4-byte characters, and a mix. (Dashes and typographic quotes are no use
-- here: normalising makes them ASCII.)
local RUNS = { "é", "中", "😀", "λ中😀é" }
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
    local all = {}
    for _, p in ipairs(c.patterns or {}) do all[#all + 1] = p end
    for _, p in ipairs(c.claim and c.claim.says or {}) do all[#all + 1] = p end
    for _, p in ipairs(c.claim and c.claim.subject or {}) do all[#all + 1] = p end
    for _, p in ipairs(all) do
      local s = assert(drill.re.compile(p, "i")):find(text)
      if s then starts[#starts + 1] = s end
    end
  end
  table.sort(starts)
  return starts
end

-- `text` with multi-byte characters filling the MAX_DISTANCE bytes before every match start,
-- then `shift` ASCII letters and a space (so the match still starts a word): over the shifts,
-- a window reaching back any distance up to MAX_DISTANCE begins inside a character and on each
-- byte of one. Inserted from the end, so each start is still where it was found.
local function with_run(text, starts, run, shift)
  local fill = run:rep(MAX_DISTANCE // #run + 1) .. ("x"):rep(shift) .. " "
  local prev
  for k = #starts, 1, -1 do
    local s = starts[k]
    if s ~= prev then text = text:sub(1, s - 1) .. fill .. text:sub(s) end
    prev = s
  end
  return text
end

local rubrics, graded = 0, 0
for _, c in ipairs(cases) do
  local base = drill.text.normalize(c.text or "")
  local starts = match_starts(base, c.rubric)
  local failure
  for _, run in ipairs(RUNS) do
    for shift = 0, 3 do
      local r, err = grade.answer(c.q, with_run(base, starts, run, shift), { part = c.part, coach = false })
      graded = graded + 1
      if not r then
        failure = ("%s before each match, %d letters from it: %s"):format(run, shift, err)
      elseif #r.hits == 0 then
        -- the characters must not hide the matches, or the code under test never runs
        failure = ("%s before each match, %d letters from it: no concept found"):format(run, shift)
      end
      if failure then break end
    end
    if failure then break end
  end
  rubrics = rubrics + 1
  t.ok(not failure and #starts > 0, c.name .. ": multi-byte characters before its matches grade cleanly",
    failure or "no concept pattern matches the model answer")
end
t.ok(rubrics >= 150, "every built-in rubric was graded", rubrics)
print(("# %d rubrics, %d gradings"):format(rubrics, graded))
return t.done()
