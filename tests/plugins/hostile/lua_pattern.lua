-- expect: pattern too complex
-- exit: 70
local s = string.rep("a", 40)
print(s:find(string.rep("a?", 40) .. string.rep("a", 40) .. "b"))
