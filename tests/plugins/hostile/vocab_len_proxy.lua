-- expect: vocab_len_proxy: ok
-- exit: 0
-- A word list that is a proxy: __len claims a million words and __index
-- makes each one fresh. drill.text.vocab reads the raw array, once: the
-- guest's code never runs inside it.
local calls = 0
local words = setmetatable({ "gradient" }, {
  __len = function() calls = calls + 1; return 1000000 end,
  __index = function(_, i) calls = calls + 1; return "w" .. i end,
})
local v = drill.text.vocab(words)
assert(calls == 0, "metamethods ran " .. calls .. " times")
assert(v:correct("gradeint") == "gradient")
assert(v:correct("w2") == nil)
print("vocab_len_proxy: ok")
