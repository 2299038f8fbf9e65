-- expect: after the runaway grader
-- exit: 0
-- A batch grader: one runaway call fails alone and the run goes on.
-- a MiB a step: the cap is reached in a few hundred allocations, well inside the time limit
local s = ("x"):rep(1 << 20)
local ok, msg, kind = drill.guard("grading question q1", function() while true do end end)
assert(not ok and kind == "limit", tostring(msg))
local ok2, msg2, kind2 = drill.guard("grading question q2", function()
  local t = {} for i = 1, math.maxinteger do t[i] = s .. i end end)
assert(not ok2 and kind2 == "memory", tostring(msg2))
local ok3, v = drill.guard("grading question q3", function() return 42 end)
assert(ok3 and v == 42)
print("after the runaway grader")
