-- An example grader: the share of the model summary's key terms (words of six
-- letters or more) that the answer uses. Put it in graders/ beside your script
-- or on DRILL_PATH, and name it in a rubric: "graders": [{"name": "keyterms"}].
-- The rubrics of ../bank.json do, beside the keyword grader:
--   DRILL_PATH=plugins/examples drill --bank plugins/examples/bank.json check.lua answers/
-- A grader module returns {name, api, grade}: name is the file's name, api the plugin
-- API version it was written for; `drill lint.lua` checks both. grade(q, answer, ctx)
-- runs as a sandboxed guest call, once per answer, and sees q and ctx read-only.
drill.need(1) -- refuses a drill older than the plugin API this was written for
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
