-- expect: exceeded the memory limit
-- exit: 70
local t = {}
local s = string.rep("x", 1 << 20)
for i = 1, math.maxinteger do t[i] = s .. i end
