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
-- the advanced lesson, beyond the course: its own derivations and scenarios among its questions
local advanced = { derivation = 0, scenario = 0 }
for _, q in ipairs(questions) do
  if q.lesson == "advanced" and advanced[q.format] then advanced[q.format] = advanced[q.format] + 1 end
end
t.ok((by_lesson.advanced or 0) >= 30, "the advanced lesson has at least 30 questions", by_lesson.advanced)
t.ok(advanced.derivation >= 4, "... at least 4 of them derivations", advanced.derivation)
t.ok(advanced.scenario >= 3, "... and at least 3 scenarios", advanced.scenario)

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

local function passes(q, text, rubric, name, level, own_words)
  local r = keyword.grade(q, text, { rubric = rubric, model = text, level = level, own_words = own_words })
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
  for _, c in ipairs(r.concepts or {}) do
    alternatives = math.max(alternatives, #(c.patterns or {}) + #(c.claim and c.claim.says or {}))
  end
  t.ok(alternatives >= 2, q.id .. ": concepts accept alternative phrasings")
end

local wrong = {}
local kinds = { "weak", "parrot", "misconception" }
-- lessons whose bank is format v2: their tests include the confidently wrong, terse and plain-words answers
local v2 = {}
for _, f in ipairs(drill.bank.files()) do
  local h = io.open(f.path, "r")
  local head = h and h:read(4096) or ""
  if h then h:close() end
  if head:match('"format_version"%s*:%s*2') then v2[f.bank] = true end
end
for _, q in ipairs(questions) do
  check_shape(q)
  t.ok(#(q.rubric and q.rubric.misconceptions or {}) >= 1, q.id .. ": the rubric names a misconception")
  if q.format == "rapid-fire" then t.ok(q.time_limit ~= nil, q.id .. ": a rapid-fire question has a time limit") end
  local model = passes(q, pick.model_text(q), q.rubric, q.id .. ": the model answer passes", "full", false)

  for i, part in ipairs(q.stages or q.steps or {}) do
    local text = type(part.answer) == "table" and pick.model_text(part) or part.answer
    if part.rubric then
      passes(q, text, part.rubric, ("%s: %s %s: its model answer passes"):format(q.id, q.stages and "stage" or "step",
        part.id or i), "full", false)
    end
  end
  for _, f in ipairs(q.followups or {}) do
    if type(f) == "table" and f.rubric then
      local fq = drill.bank.get(f.id)
      passes(fq, pick.model_text(fq), fq.rubric, f.id .. ": the followup's model answer passes", "full", false)
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
        t.ok(#r.misconceptions > 0 or #r.contradictions > 0, q.id .. ": the misconception answer is caught as one", text)
      end
    else
      t.ok(false, ("%s: has a %s answer"):format(q.id, kind))
    end
  end
  -- rubric format v2: confidently wrong answers in the right words fail at every level; a
  -- correct terse answer passes at the core level, one in plain words at the full level
  local confident = w and w.wrong
  if v2[q.lesson] then
    t.ok(type(confident) == "table" and #confident >= 3, q.id .. ": has three confidently wrong answers")
    t.ok(type(w and w.terse) == "string", q.id .. ": has a terse correct answer")
    t.ok(type(w and w.own_words) == "string", q.id .. ": has a correct answer in plain words")
  end
  for k, text in ipairs(type(confident) == "table" and confident or {}) do
    for _, level in ipairs({ "full", "core" }) do
      local r = keyword.grade(q, text, { rubric = q.rubric, level = level })
      local said = {}
      for _, c in ipairs(r.contradictions) do said[#said + 1] = c.name end
      t.ok(not r.pass, ("%s: confidently wrong answer %d fails at the %s level"):format(q.id, k, level),
        ("score %.2f; contradictions: %s: %s"):format(r.score, table.concat(said, "; "), text))
    end
  end
  if w and w.terse then
    passes(q, w.terse, q.rubric, q.id .. ": the terse answer passes at the core level", "core")
  end
  if w and w.own_words then
    passes(q, w.own_words, q.rubric, q.id .. ": the answer in plain words passes", "full")
  end
end

-- a misconception written as a claim: its compiled roles list what it was compiled from
local rubrics = require("lib.rubric")
local claims = 0
for _, q in ipairs(questions) do
  local c = q.rubric and q.rubric.misconceptions and rubrics.compile(q, q.rubric)
  for i, m in ipairs(c and q.rubric.misconceptions or {}) do
    if m.claim then
      claims = claims + 1
      local roles = c.misconceptions[i].roles
      local ok = #roles.says == #m.claim.says and #roles.subject == #m.claim.subject
        and #roles.pattern == #(m.patterns or {}) and #roles.rival >= #(m.claim.rivals or {})
      if not ok then t.ok(false, ("%s: misconception %q: its roles are its claim's"):format(q.id, m.name)) end
    end
  end
end
t.ok(claims > 100, ("the roles of the %d misconceptions written as claims are their claims'"):format(claims))

return t.done()
