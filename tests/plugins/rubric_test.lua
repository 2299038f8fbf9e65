-- Rubric quality of the built-in banks, tested rather than assumed.
-- Run with --trust (it reads tests/fixtures/wrong/*.json) from tests/plugins/.
local t = require("tap")
local pick = require("lib.questions")
local keyword = require("graders.keyword")

local fixtures_dir = arg[1] or "../fixtures/wrong"
local function read_json(path)
  local f = io.open(path, "r")
  if not f then return nil end
  local text = f:read("a")
  f:close()
  return assert(drill.json.decode(text, path))
end

local expected = {
  ["core-ml-fundamentals"] = 15, ["supervised-learning"] = 15, ["unsupervised-learning"] = 10,
  ["model-evaluation"] = 15, ["optimization-training"] = 10, ["practical-ml"] = 15, ["rapid-fire"] = 20,
}
local at_least = { scenarios = 12, derivations = 10 }

local questions = drill.bank.questions()
local by_lesson = {}
for _, q in ipairs(questions) do by_lesson[q.lesson] = (by_lesson[q.lesson] or 0) + 1 end
local course = 0
for lesson, n in pairs(expected) do
  t.eq(by_lesson[lesson], n, ("lesson %s has %d questions"):format(lesson, n))
  course = course + (by_lesson[lesson] or 0)
end
t.eq(course, 100, "the seven lessons hold the course's 100 questions")
for lesson, n in pairs(at_least) do
  t.ok((by_lesson[lesson] or 0) >= n, ("%s has at least %d questions"):format(lesson, n), by_lesson[lesson])
end

-- Deep-dive chains: a question with followups whose followups go on (depth >= 3).
local function depth(q)
  local best = 1
  for _, f in ipairs(q.followups or {}) do
    local fq = type(f) == "table" and drill.bank.get(f.id) or drill.bank.get(f)
    if fq then best = math.max(best, 1 + depth(fq)) end
  end
  return best
end
local chains = 0
for _, q in ipairs(questions) do
  if depth(q) >= 3 then chains = chains + 1 end
end
t.ok(chains >= 15, "at least 15 deep-dive chains of depth 3 or more", chains)

local function passes(q, text, rubric, name)
  local r = keyword.grade(q, text, { rubric = rubric, model = text })
  local missed = {}
  for _, m in ipairs(r.misses) do missed[#missed + 1] = m.name end
  for _, m in ipairs(r.misconceptions) do missed[#missed + 1] = "misconception: " .. m.name end
  t.ok(r.pass, name, ("score %.2f; missed %s"):format(r.score, table.concat(missed, "; ")))
  return r
end

local function check_shape(q)
  local a = q.answer
  t.ok(type(a) == "table" and a.summary ~= "" and a.intuition ~= "" and a.technical ~= "" and a.practice ~= "",
    q.id .. ": the model answer has the four steps")
  local r = q.rubric or {}
  t.ok(#(r.concepts or {}) >= 3, q.id .. ": the rubric has at least three concepts")
  t.ok(type(r.pass) == "number", q.id .. ": the rubric sets a pass mark")
  local alternatives = 0
  for _, c in ipairs(r.concepts or {}) do alternatives = math.max(alternatives, #c.patterns) end
  t.ok(alternatives >= 2, q.id .. ": concepts accept alternative phrasings")
end

local wrong = {}
local kinds = { "weak", "parrot", "misconception" }
for _, q in ipairs(questions) do
  check_shape(q)
  t.ok(#(q.rubric and q.rubric.misconceptions or {}) >= 1, q.id .. ": the rubric names a misconception")
  if q.format == "rapid-fire" then t.ok(q.time_limit ~= nil, q.id .. ": a rapid-fire question has a time limit") end
  local model = passes(q, pick.model_text(q), q.rubric, q.id .. ": the model answer passes")

  for i, part in ipairs(q.stages or q.steps or {}) do
    local text = type(part.answer) == "table" and pick.model_text(part) or part.answer
    if part.rubric then
      passes(q, text, part.rubric, ("%s: %s %s: its model answer passes"):format(q.id, q.stages and "stage" or "step", part.id or i))
    end
  end
  for _, f in ipairs(q.followups or {}) do
    if type(f) == "table" and f.rubric then
      local fq = drill.bank.get(f.id)
      passes(fq, pick.model_text(fq), fq.rubric, f.id .. ": the followup's model answer passes")
    end
  end

  wrong[q.lesson] = wrong[q.lesson] or read_json(fixtures_dir .. "/" .. q.lesson .. ".json") or {}
  local w = wrong[q.lesson][q.id]
  t.ok(w ~= nil, q.id .. ": has hand-written wrong answers")
  for _, kind in ipairs(kinds) do
    local text = w and w[kind]
    if text then
      local r = keyword.grade(q, text, { rubric = q.rubric })
      t.ok(not r.pass and r.score <= model.score - 0.3,
        ("%s: the %s answer fails clearly below the model answer"):format(q.id, kind),
        ("score %.2f (pass %s) against %.2f: %s"):format(r.score, tostring(r.pass), model.score, text))
      if kind == "misconception" then
        t.ok(#r.misconceptions > 0, q.id .. ": the misconception answer is caught as one", text)
      end
    else
      t.ok(false, ("%s: has a %s answer"):format(q.id, kind))
    end
  end
end

return t.done()
