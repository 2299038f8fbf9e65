-- expect: find_loop_1mb: ok
-- exit: 0
-- A loop of regex:find(s, init) over one 1 MB subject checks the subject
-- once, not at every call; a start inside a character moves on to the next.
local subject = string.rep("ab λ ", 1024 * 1024 // 6)
local re = assert(drill.re.compile("λ"))
local n, init = 0, 1
while true do
  local s, e = re:find(subject, init)
  if not s then break end
  n = n + 1
  init = e + 1
end
assert(n == 1024 * 1024 // 6, n)
assert(re:find("λxλ", 2) == 4, "the search starts at the next character")
assert(drill.re.compile("x*"):find("λ", 2) == 3, "an empty match at the end")
print("find_loop_1mb: ok")
