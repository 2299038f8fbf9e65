-- expect: vocab_numbers: ok
-- exit: 0
-- Numbers among the words are converted in drill's own memory (once they
-- were converted in place and freed before the vocabulary copied them);
-- enough of them that the collector runs while the list is read.
local words = {}
for i = 1, 20000 do words[i] = 100000 + i end
words[#words + 1] = "descent"
collectgarbage("step")
local v = drill.text.vocab(words)
local fixed, fixes = v:correct("stochastic decsent with 120000 steps")
assert(fixed == "stochastic descent with 120000 steps", tostring(fixed))
assert(#fixes == 1 and fixes[1].to == "descent")
print("vocab_numbers: ok")
