-- expect: each failure has its own kind
-- exit: 0
-- Memory a guest filled and caught the error of is collected before the next guarded call: that
-- call's own plain error is an "error", not a "memory" failure left over from before.
-- a MiB a step: the cap is reached in a few hundred allocations, well inside the time limit
local s = ("x"):rep(1 << 20)
pcall(function() local t = {} for i = 1, math.maxinteger do t[i] = s .. i end end)
local ok, msg, kind = drill.guard("plain after a caught blow-up", function() error("plain", 0) end)
assert(not ok and kind == "error" and tostring(msg):find("^plain"), tostring(msg) .. " " .. tostring(kind))
-- a call that hits the cap itself is a memory failure, however it ends
ok, msg, kind = drill.guard("blow-up caught inside", function()
  pcall(function() local t = {} for i = 1, math.maxinteger do t[i] = s .. i end end)
  error("after", 0)
end)
assert(not ok and kind == "memory", tostring(msg) .. " " .. tostring(kind))
ok, msg, kind = drill.guard("plain again", function() error("plain", 0) end)
assert(not ok and kind == "error", tostring(msg) .. " " .. tostring(kind))
print("each failure has its own kind")
