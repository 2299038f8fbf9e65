-- expect: re_set_len_shrinks: ok
-- exit: 0
-- The outer table's and each group's __len change at every call, and lie
-- about the size: the set sees the raw arrays, no metamethod runs.
local n = 0
local function liar() n = n + 1; return n % 2 == 0 and 1000 or 0 end
local groups = {}
for g = 1, 50 do
  groups[g] = setmetatable({ "w" .. g, "x" .. g }, { __len = liar })
end
setmetatable(groups, { __len = liar })
local set = assert(drill.re.set(groups))
local r = set:scan("x50 w1")
assert(#r == 150, "3 entries per raw group: " .. #r)
assert(r[1] == 1 and r[3 * 49 + 1] == 2, "w1 and x50 matched")
assert(n == 0, "__len ran " .. n .. " times")
print("re_set_len_shrinks: ok")
