-- expect: pattern too complex
-- exit: 70
local s = string.rep("a", 5000)
print((s:gsub("a-a-a-a-b", "x")))
