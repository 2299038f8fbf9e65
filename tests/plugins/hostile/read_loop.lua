-- Waiting for input (here at end of input) does not refresh the budget.
-- expect: main chunk: exceeded the instruction limit
-- exit: 70
while true do
  drill.term.read("")
  for _ = 1, 1000 do end
end
