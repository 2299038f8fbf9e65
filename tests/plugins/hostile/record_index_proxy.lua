-- expect: record_index_proxy: ok
-- exit: 0
-- An attempt whose fields come from __index (a fresh string at every read,
-- which nothing else holds): record reads the table raw, once, so it sees
-- no question and refuses, and the guest's code never runs inside it.
local calls = 0
local attempt = setmetatable({}, {
  __index = function(_, k)
    calls = calls + 1
    if k == "question" then return "q." .. string.rep("x", calls) end
    if k == "score" then return 0.5 end
    return nil
  end,
})
local ok, err = pcall(drill.store.record, attempt)
assert(not ok and err:find("question must be a string, not nil", 1, true), err)
ok, err = pcall(drill.store.record, { attempt, attempt })
assert(not ok and err:find("attempt 1: question", 1, true), err)
assert(calls == 0, "__index ran " .. calls .. " times")
-- and a mode that is a table is refused too
ok, err = pcall(drill.store.record, { question = "q", score = 1, mode = {} })
assert(not ok and err:find("mode must be a string", 1, true), err)
print("record_index_proxy: ok")
