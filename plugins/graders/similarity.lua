-- The similarity grader: an answer against the model answer alone, no rubric.
-- Terms are stemmed, stop words dropped and weighted by tf-idf over every
-- model answer of the loaded banks; words that repeat the question count for
-- little (drill.text.index does the work in C).
local M = { name = "similarity", api = 1 }

local index -- built on first use, over the model answers of every loaded bank

local model_text = require("lib.questions").answer_text

local function build()
  index = drill.text.index()
  local function add(q)
    index:add(model_text(q.answer))
    for _, part in ipairs(q.stages or q.steps or {}) do index:add(model_text(part.answer)) end
    for _, f in ipairs(q.followups or {}) do
      if type(f) == "table" then add(f) end
    end
  end
  for _, q in ipairs(drill.bank.questions()) do add(q) end
  return index
end

-- Raw agreement: mostly cosine similarity, some coverage of the model's weighty terms.
-- On the built-in banks, parts of model answers reach 0.42 and more (10th
-- percentile) and hand-written wrong answers stay under 0.17 (90th): the scale
-- maps 0.10 to a score of 0 and 0.45 to 1 (scripts/bench-graders.lua, calibrate.lua).
local FLOOR, CEIL = 0.10, 0.45

-- grade(question, answer, ctx) -> result (see lib/grade.lua)
function M.grade(q, answer, ctx)
  local reference = ctx and ctx.model or model_text(q.answer)
  local question = q.prompt .. (ctx and ctx.part and (" " .. (ctx.part.prompt or "")) or "")
  local c = (index or build()):compare(answer or "", reference, question)
  local raw = 0.7 * c.similarity + 0.3 * c.coverage
  local r = { grader = M.name, similarity = c.similarity, coverage = c.coverage, hits = {}, misses = {},
    feedback = {} }
  r.score = math.max(0, math.min(1, (raw - FLOOR) / (CEIL - FLOOR)))
  for _, t in ipairs(c.shared) do r.hits[#r.hits + 1] = { name = t.word, stem = t.stem } end
  local missing = {}
  for _, t in ipairs(c.missing) do
    r.misses[#r.misses + 1] = { name = t.word, stem = t.stem }
    missing[#missing + 1] = t.word
  end
  if #missing > 0 and r.score < 1 then
    r.feedback[1] = "The model answer also talks about: " .. table.concat(missing, ", ") .. "."
  end
  return r
end

return M
