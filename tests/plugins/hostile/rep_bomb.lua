-- expect: exceeded the memory limit
-- exit: 70
local s = string.rep("x", 1 << 30)
print(#s)
