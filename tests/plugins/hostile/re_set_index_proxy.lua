-- expect: re_set_index_proxy: ok
-- exit: 0
-- Groups that are proxies (__index and __len, nothing stored): read raw,
-- they are empty, and the guest's __index never runs inside drill.re.set.
local calls = 0
local proxy = setmetatable({}, {
  __len = function() return 4 end,
  __index = function(_, i) calls = calls + 1; return "p" .. i .. string.rep("x", calls) end,
})
local set = assert(drill.re.set({ proxy, { "real" } }))
local r = set:scan("p1x real")
assert(r[1] == 0, "an empty group matches nothing")
assert(r[4] == 1, "the real group matched")
assert(calls == 0, "__index ran " .. calls .. " times")
-- a pattern that is not a string is misuse
local ok, err = pcall(drill.re.set, { { "a", setmetatable({}, { __tostring = function() return "b" end }) } })
assert(not ok and err:find("pattern 2 of group 1 is not a string", 1, true), err)
print("re_set_index_proxy: ok")
