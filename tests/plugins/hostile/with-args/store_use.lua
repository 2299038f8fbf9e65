-- Run by tests/e2e/seam.sh against a store that is writable, read-only or
-- locked: reads progress, then records twice, printing what each returned.
local p, perr = drill.store.progress()
print("progress:", p and (p["q.one"] and p["q.one"].attempts or 0) or perr)
for _ = 1, 2 do
  local ok, err = drill.store.record({ question = "q.one", mode = "seam", score = 1, pass = true })
  print("record:", ok, err)
end
