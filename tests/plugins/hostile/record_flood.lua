-- expect: over the limit of 100000 attempts recorded in one run (DRILL_STORE_MAX_RECORDS_PER_RUN)
-- exit: 70
-- A plugin that records without end is stopped at the per-run limit, with
-- an error naming it.
local batch = {}
for i = 1, 1000 do batch[i] = { question = "q." .. i, mode = "flood", score = 0, pass = false } end
for _ = 1, 1000 do assert(drill.store.record(batch)) end
