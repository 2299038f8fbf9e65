-- expect: re_set_len_grows: ok
-- exit: 0
-- A group whose __len answers 1 when counted and 3 when filled: the set
-- must be built from one raw read (once it wrote past the array it sized).
local calls = 0
local group = setmetatable({ "alpha", "beta", "gamma" }, {
  __len = function()
    calls = calls + 1
    return calls == 1 and 1 or 3
  end,
})
local set = assert(drill.re.set({ group, { "delta" } }))
local r = set:scan("gamma then delta")
assert(r[1] == 3, "the third pattern of group 1 matched: " .. tostring(r[1]))
assert(r[4] == 1, "group 2 matched")
assert(calls == 0, "__len ran " .. calls .. " times")
print("re_set_len_grows: ok")
