-- A main chunk that loops over drill.guard is charged for every nested call:
-- fresh budgets for the callee do not refresh the caller's.
-- expect: main chunk: exceeded the instruction limit
-- exit: 70
while true do
  drill.guard("tiny", function() for _ = 1, 1000 do end end)
end
