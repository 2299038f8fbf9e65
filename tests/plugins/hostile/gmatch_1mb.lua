-- expect: gmatch_1mb: ok
-- exit: 0
-- regex:gmatch over a 1 MB subject checks its UTF-8 once, not at every step
-- (which took 10 s): every word is found and the loop ends.
local subject = string.rep("gradient descent λ ", 1024 * 1024 // 20)
assert(#subject >= 1000000)
local re = assert(drill.re.compile("\\w+"))
local n = 0
for _ in re:gmatch(subject) do n = n + 1 end
assert(n == 3 * (1024 * 1024 // 20), n)
print("gmatch_1mb: ok")
