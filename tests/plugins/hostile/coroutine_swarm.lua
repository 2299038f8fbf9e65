-- Work split over many short coroutines, each too short to meet the count
-- hook, is still charged: each new coroutine costs its hook interval.
-- expect: coroutine swarm: ok
-- exit: 0
local n = 0
local ok, msg, kind = drill.guard("swarm", function()
  while true do
    n = n + 1
    coroutine.wrap(function() for _ = 1, 100 do end end)()
  end
end)
assert(not ok and kind == "limit", "swarm not stopped: " .. tostring(msg))
-- every coroutine is charged at least 1000 instructions up front
local bound = drill.limits.call_instructions // 1000 + 1
assert(n <= bound, ("ran %d coroutines, more than the %d the budget allows"):format(n, bound))
print("coroutine swarm: ok")
