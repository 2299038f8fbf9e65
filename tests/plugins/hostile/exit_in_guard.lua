-- drill.exit inside a guarded call fails that call; it cannot end the run
-- (a grader must not end a batch check with "all passed" and exit 0).
-- expect: exit in guard: ok
-- exit: 0
local ok, msg, kind = drill.guard("grader", function() drill.exit(0, "all passed") end)
assert(not ok and kind == "error" and tostring(msg):find("drill.exit", 1, true), tostring(msg))
print("exit in guard: ok")
