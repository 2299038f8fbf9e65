-- A hostile grader for tests: its result reads as a score only through a metamethod that
-- never returns, which would run outside the grader's budget if the result were read as it is.
return { name = "metaresult", api = 1, grade = function()
  return setmetatable({ feedback = {} }, { __index = function() while true do end end })
end }
