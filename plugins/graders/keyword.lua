-- The keyword grader: weighted rubric concepts, each stated by any one of its
-- PCRE2 patterns, less the penalty of each misconception the answer states.
local M = { name = "keyword" }

-- Compiled rubrics, keyed by the rubric table itself.
local compiled = setmetatable({}, { __mode = "k" })

local function compile_list(q, items, what)
  local out = {}
  for i, item in ipairs(items or {}) do
    local res = {}
    for j, p in ipairs(item.patterns) do
      local re, err = drill.re.compile(p, "i")
      if not re then
        error(("%s: question %q: %s %q: pattern %d: %s"):format(
          q.source or "?", q.id or "?", what, item.name or i, j, err), 0)
      end
      res[j] = re
    end
    out[i] = res
  end
  return out
end

local function compile(q, rubric)
  local c = compiled[rubric]
  if c then return c end
  c = {
    concepts = compile_list(q, rubric.concepts, "concept"),
    misconceptions = compile_list(q, rubric.misconceptions, "misconception"),
    total = 0,
  }
  for _, concept in ipairs(rubric.concepts) do
    c.total = c.total + (concept.weight or 1)
  end
  compiled[rubric] = c
  return c
end

-- The first alternative that matches: its index and the text it matched.
local function first_match(res, text)
  for j, re in ipairs(res) do
    local s, e = re:find(text)
    if s then return j, text:sub(s, e) end
  end
  return nil
end

-- grade(question, answer [, rubric]) -> result
-- result = {grader, score 0..1, pass, hits = {{name, weight, pattern, text}},
--           misses = {{name, weight, required, feedback}},
--           misconceptions = {{name, penalty, feedback, text}}, feedback = {lines}}
function M.grade(q, answer, rubric)
  rubric = rubric or q.rubric
  assert(rubric and rubric.concepts, "keyword grader needs a rubric with concepts")
  local c = compile(q, rubric)
  local text = drill.text.normalize(answer or "")
  local r = { grader = M.name, hits = {}, misses = {}, misconceptions = {}, feedback = {} }
  if text == "" then
    r.score, r.pass = 0, false
    r.feedback[1] = "No answer given."
    for _, concept in ipairs(rubric.concepts) do
      r.misses[#r.misses + 1] = { name = concept.name, weight = concept.weight or 1,
        required = concept.required or false, feedback = concept.feedback }
    end
    return r
  end
  local got, required_missed = 0, false
  for i, concept in ipairs(rubric.concepts) do
    local w = concept.weight or 1
    local j, matched = first_match(c.concepts[i], text)
    if j then
      got = got + w
      r.hits[#r.hits + 1] = { name = concept.name, weight = w, pattern = concept.patterns[j], text = matched }
    else
      if concept.required then required_missed = true end
      r.misses[#r.misses + 1] = { name = concept.name, weight = w, required = concept.required or false,
        feedback = concept.feedback }
    end
  end
  local penalty = 0
  for i, m in ipairs(rubric.misconceptions or {}) do
    local j, matched = first_match(c.misconceptions[i], text)
    if j then
      penalty = penalty + (m.penalty or 0.25)
      r.misconceptions[#r.misconceptions + 1] = { name = m.name, penalty = m.penalty or 0.25,
        feedback = m.feedback, text = matched }
    end
  end
  local score = (c.total > 0 and got / c.total or 0) - penalty
  r.score = math.max(0, math.min(1, score))
  r.pass = r.score >= (rubric.pass or 0.6) and not required_missed
  for _, m in ipairs(r.misses) do
    r.feedback[#r.feedback + 1] = ("Missing%s: %s. %s"):format(m.required and " (required)" or "", m.name, m.feedback)
  end
  for _, m in ipairs(r.misconceptions) do
    r.feedback[#r.feedback + 1] = ("Misconception: %s. %s"):format(m.name, m.feedback)
  end
  return r
end

return M
