-- expect: exceeded the instruction limit
-- exit: 70
-- A guest that tries to catch the kill and carry on.
while true do
  pcall(function() while true do end end)
end
