-- expect: over the limit of 8388608 bytes of text recorded in one run (DRILL_STORE_MAX_BYTES_PER_RUN)
-- exit: 70
-- The longest ids and mode names allowed, recorded until the per-run cap
-- on the text a run may add to the store.
local batch = {}
for i = 1, 1000 do
  batch[i] = { question = string.format("%064d", i), mode = string.rep("m", 64), score = 1, pass = true }
end
for _ = 1, 100 do assert(drill.store.record(batch)) end
