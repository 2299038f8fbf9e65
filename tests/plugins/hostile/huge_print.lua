-- expect: exceeded the output limit
-- exit: 70
local line = string.rep("x", 4096)
while true do print(line) end
