-- Grading one answer: picks the grader for a question and runs it as a guest
-- call, so a broken or hostile grader fails that answer and nothing else.
local keyword = require("graders.keyword")

local M = {}

-- answer(question, text [, rubric]) -> result, or nil, message, kind
-- A question without a rubric is left ungraded (result.score == nil).
function M.answer(q, text, rubric)
  rubric = rubric or q.rubric
  if not rubric then
    return { grader = "none", score = nil, pass = nil, hits = {}, misses = {}, misconceptions = {},
      feedback = { "No rubric for this question: compare your answer with the model answer." } }
  end
  local ok, result, kind = drill.guard("grading question " .. (q.id or "?"), keyword.grade, q, text, rubric)
  if not ok then return nil, result, kind end
  return result
end

return M
