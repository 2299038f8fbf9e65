-- expect: find_loop_1mb: ok
-- exit: 0
-- A loop of regex:find(s, init) over one 1 MB subject checks the subject
-- once, not at every call; a start inside a character is an error.
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
local ok, err = pcall(re.find, re, "λx", 2)
assert(not ok and err:find("inside a UTF-8 character", 1, true), err)
print("find_loop_1mb: ok")
