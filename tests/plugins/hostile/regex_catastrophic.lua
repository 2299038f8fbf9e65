-- expect: regex limit reached
-- exit: 70
local re = assert(drill.re.compile("^(a+)+$"))
print(re:test(string.rep("a", 5000) .. "b"))
