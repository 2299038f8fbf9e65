-- expect: record_numbers: ok
-- exit: 0
-- Numbers where strings are expected are converted in drill's own memory
-- (once they were converted in place and then freed); many of them, with
-- the collector running, in one batch.
local batch = {}
for i = 1, 5000 do
  batch[i] = { question = 100000 + i, mode = i + 0.25, score = (i % 100) / 100, pass = i % 2 == 0, seconds = i }
end
collectgarbage("step")
assert(drill.store.record(batch))
assert(drill.store.record({ question = 42, score = 1 }))
-- a number is fine, a string of digits for the score is not
local ok, err = pcall(drill.store.record, { question = "q", score = "0.5" })
assert(not ok and err:find("score must be a number from 0 to 1", 1, true), err)
ok, err = pcall(drill.store.record, { question = "q", score = 0 / 0 })
assert(not ok and err:find("score must be a number", 1, true), err)
ok, err = pcall(drill.store.record, { question = "q", score = 1, seconds = -1 })
assert(not ok and err:find("seconds must be a number of 0 or more", 1, true), err)
print("record_numbers: ok")
