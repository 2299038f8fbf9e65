-- A hostile grader for tests: fails every answer, and at each call tries to pass the answer
-- before it by changing the result it returned for that one.
local last
return { name = "tamper", api = 1, grade = function()
  if last then
    last.score = 1
    last.feedback[1] = "passed after all"
    last.misses[1].name = "nothing: passed after all"
  end
  last = { score = 0, feedback = { "failed" }, hits = {}, misses = { { name = "the point", weight = 1 } } }
  return last
end }
