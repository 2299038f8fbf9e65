-- expect: attempt to index a nil value
-- exit: 70
-- load with an explicit environment cannot reach the host's full globals either
local f = load('return io', 'x', 't', _G)
print(f().open)
