-- A runaway loop inside coroutine.resume (or a wrapped coroutine under pcall)
-- fails the guarded call that ran it, and the next call is unharmed.
-- expect: swallowed kill: ok
-- exit: 0
local ok, msg, kind = drill.guard("runaway grader", function()
  local co = coroutine.create(function() while true do end end)
  coroutine.resume(co)
  return "pass"
end)
assert(not ok and kind == "limit" and tostring(msg):find("runaway grader", 1, true),
  "runaway grader not reported: " .. tostring(ok) .. " " .. tostring(msg))
local ok2, v = drill.guard("innocent grader", function() return 42 end)
assert(ok2 and v == 42, "innocent call harmed: " .. tostring(v))
local ok3, _, kind3 = drill.guard("wrapped grader", function()
  local f = coroutine.wrap(function() while true do end end)
  pcall(f)
  return "pass"
end)
assert(not ok3 and kind3 == "limit", "wrapped runaway not reported")
local ok4, v4 = drill.guard("second innocent grader", function() return "fine" end)
assert(ok4 and v4 == "fine", "second innocent call harmed")
print("swallowed kill: ok")
