-- expect: vocab_odd_words: ok
-- exit: 0
-- Empty words, a 1 MB word, words with NUL bytes and non-ASCII words are
-- data, not errors, and correcting against them stays in bounds.
local v = drill.text.vocab({ "", "a", string.rep("z", 1024 * 1024), "ab\0cd", "régularisation", "λ" })
assert(v:correct("régularisaton") == "régularisation")
assert(v:correct(string.rep("z", 300)) == nil)
assert(v:correct("") == nil)
print("vocab_odd_words: ok")
