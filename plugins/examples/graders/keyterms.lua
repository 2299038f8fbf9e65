-- An example grader: the share of the model summary's key terms (words of six
-- letters or more) that the answer uses. Put it in graders/ beside your script
-- or on DRILL_PATH, and name it in a rubric: "graders": [{"name": "keyterms"}].
local M = { name = "keyterms", api = 1 }

function M.grade(q, answer, ctx)
  local summary = type(q.answer) == "table" and q.answer.summary or ctx.model
  local said, r = {}, { hits = {}, misses = {}, feedback = {} }
  for _, w in ipairs(drill.text.words(drill.text.normalize(answer, true))) do said[w] = true end
  for _, w in ipairs(drill.text.words(drill.text.normalize(summary, true))) do
    if #w >= 6 then table.insert(said[w] and r.hits or r.misses, { name = w }) end
  end
  r.score = #r.hits / math.max(1, #r.hits + #r.misses)
  for _, m in ipairs(r.misses) do r.feedback[#r.feedback + 1] = "Use the term: " .. m.name end
  return r
end

return M
