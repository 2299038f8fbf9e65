-- Test helper (run with --trust): reads answers with drill.term.read until the end of input and
-- prints, for each, its length in bytes, whether it was cut, and its bytes in hex (the first 64).
local n = 0
while true do
  local answer, cut = drill.term.read("> ", ". ")
  if not answer then break end
  n = n + 1
  local hex = answer:sub(1, 64):gsub(".", function(c) return ("%02x"):format(c:byte()) end)
  drill.term.write(("answer %d: %d bytes%s hex=%s\n"):format(n, #answer, cut and " cut" or "", hex))
end
drill.term.write(("answers: %d\n"):format(n))
return 0
