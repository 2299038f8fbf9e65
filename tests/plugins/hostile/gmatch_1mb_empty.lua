-- expect: gmatch_1mb_empty: ok
-- exit: 0
-- An empty match at every character of a 1 MB multi-byte subject: each step
-- moves one whole character on, and the subject is checked once.
local subject = string.rep("é", 512 * 1024)
local re = assert(drill.re.compile("x*"))
local n = 0
for m in re:gmatch(subject) do
  assert(m == "")
  n = n + 1
end
assert(n == 512 * 1024 + 1, n)
print("gmatch_1mb_empty: ok")
