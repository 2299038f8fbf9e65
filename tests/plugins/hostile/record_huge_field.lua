-- expect: question must be 1 to 64 bytes (DRILL_MAX_ID_BYTES), not 41943040
-- exit: 70
-- 10 calls like this once wrote 420 MB into the user's progress store.
local big = string.rep("x", 40 * 1024 * 1024)
local ok, err = pcall(drill.store.record, { question = "q", mode = big, score = 1 })
assert(not ok and err:find("mode must be 0 to 64 bytes (DRILL_STORE_MAX_MODE_BYTES)", 1, true), err)
drill.store.record({ question = big, mode = "m", score = 1 })
