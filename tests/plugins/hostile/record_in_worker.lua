-- expect: record_in_worker: ok
-- exit: 0
-- A drill.parallel worker holds its own copy of the run's store caps: it
-- may not record (each worker could write the per-run limit again).
local errors = 0
drill.parallel(2, 4, function(i)
  drill.store.record({ question = "q." .. i, score = 1, pass = true })
  return "recorded"
end, function(_, result, err)
  assert(result == nil, "a worker recorded")
  assert(err:find("not available in a drill.parallel worker", 1, true), err)
  errors = errors + 1
end)
assert(errors == 4, errors)
-- the parent records what the workers send back
assert(drill.store.record({ question = "q.parent", score = 1, pass = true }))
print("record_in_worker: ok")
