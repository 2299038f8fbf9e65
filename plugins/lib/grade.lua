-- Grading one answer: runs the graders a rubric names (with their weights),
-- each as a guest call so a broken or hostile grader fails that answer and
-- nothing else, and adds the framework coach's feedback.
--
-- Every grader is a module in plugins/graders/ (or on DRILL_PATH) returning
-- {name = "...", api = 1, grade = function(question, answer, ctx) ... end}
-- whose result has the one shape all graders share:
--   {score = 0..1, pass = bool|nil, hits = {...}, misses = {...}, feedback = {lines}}
local answer_text = require("lib.questions").answer_text

local M = {}

-- An answer of fewer words names a topic without answering a question about it ("F1." to "how do
-- you handle class imbalance?"), however right its terms: it does not pass, at either level. A
-- rapid-fire question may be answered in a word or two, and a stage or step of a walkthrough is
-- one turn of a conversation: neither is held to it.
M.MIN_WORDS = 5
M.SHORT_FEEDBACK = "A few words name the topic but do not answer the question: say what it is, how it works "
  .. "and why it matters."

local cache = {}

-- The grader module called `name`; nil and a message if it cannot be loaded.
function M.grader(name)
  if cache[name] then return cache[name] end
  if type(name) ~= "string" or not name:match("^[%w_%-]+$") then
    return nil, ("invalid grader name %q"):format(tostring(name))
  end
  local ok, mod = pcall(require, "graders." .. name)
  if not ok then return nil, mod end
  if type(mod) ~= "table" or type(mod.grade) ~= "function" then
    return nil, ("graders/%s.lua does not return a table with a grade function"):format(name)
  end
  cache[name] = mod
  return mod
end

-- Which graders apply, with their weights: the rubric's own list, else the
-- keyword grader when the rubric has concepts, else similarity to the model answer.
function M.graders_for(rubric)
  if rubric and rubric.graders then return rubric.graders end
  if rubric and rubric.concepts then return { { name = "keyword", weight = 1 } } end
  return { { name = "similarity", weight = 1 } }
end

-- A grader's result as plain data (drill.plain): tables copied with raw
-- access (no metamethod of the grader's runs here, outside its budget), only
-- strings, numbers, booleans and tables kept, at most 10000 values in all.
-- A grader of drill's own (drill.builtin) returns plain data already.
local plain, builtin = drill.plain, drill.builtin

local function append(into, from)
  for _, v in ipairs(from or {}) do into[#into + 1] = v end
end

-- answer(question, text [, opts]) -> result | nil, message, kind
-- opts.part: a stage or step of the question to grade against instead of the whole;
-- opts.coach: false to leave out the framework coach; opts.level: "full" (default) or
-- "core" (rapid-fire: the rubric's core concepts only).
-- result = {score, pass, hits, misses, misconceptions, feedback, graders = {{name, weight, result}},
--           too_short = true when the score reached the pass mark on fewer than MIN_WORDS words,
--           coach = coach result or nil}
function M.answer(q, text, opts)
  opts = opts or {}
  local part = opts.part
  local rubric = part and part.rubric or q.rubric
  local ctx = { rubric = rubric, model = answer_text(part and part.answer or q.answer), part = part,
    level = opts.level or "full" }
  local total, weights = 0, 0
  local out = { hits = {}, misses = {}, misconceptions = {}, contradictions = {}, feedback = {}, graders = {},
    level = ctx.level }
  local required_missed = false
  for _, g in ipairs(M.graders_for(rubric)) do
    local mod, err = M.grader(g.name)
    if not mod then return nil, err, "error" end
    -- graders see the question read-only: one cannot change what the next is given
    local ok, r, kind = drill.guard(("grading question %s with %s"):format(q.id or "?", g.name), mod.grade,
      drill.readonly(q), text, drill.readonly(ctx))
    if not ok then return nil, r, kind end
    if not builtin(mod) then r = plain(r, 10000) end
    if type(r) ~= "table" or type(r.score) ~= "number" or r.score ~= r.score then
      return nil, ("grader %s returned no score for question %s"):format(g.name, q.id or "?"), "error"
    end
    local w = g.weight or 1
    r.score = math.max(0, math.min(1, r.score))
    out.graders[#out.graders + 1] = { name = g.name, weight = w, result = r }
    total, weights = total + w * r.score, weights + w
    required_missed = required_missed or r.required_missed == true or r.veto == true
    append(out.hits, r.hits)
    append(out.misses, r.misses)
    append(out.misconceptions, r.misconceptions)
    append(out.contradictions, r.contradictions)
    append(out.feedback, r.feedback)
  end
  out.score = weights > 0 and total / weights or 0
  out.pass = out.score >= (opts.pass or rubric and rubric.pass or 0.6) and not required_missed
  if out.pass and not part and q.format ~= "rapid-fire" and drill.text.count(text or "") < M.MIN_WORDS then
    out.pass, out.too_short = false, true
    out.feedback[#out.feedback + 1] = M.SHORT_FEEDBACK
  end
  if opts.coach ~= false then
    local coach = M.grader("framework")
    if coach then
      local ok, c = drill.guard(("coaching question %s"):format(q.id or "?"), coach.grade, drill.readonly(q), text,
        drill.readonly(ctx))
      c = ok and (builtin(coach) and c or plain(c, 10000)) or nil
      if c then
        out.coach = c
        for _, line in ipairs(c.feedback or {}) do out.feedback[#out.feedback + 1] = "Coach: " .. line end
      end
    end
  end
  return out
end

return M
