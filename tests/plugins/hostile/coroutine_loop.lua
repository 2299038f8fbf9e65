-- expect: exceeded the instruction limit
-- exit: 70
while true do
  coroutine.resume(coroutine.create(function() while true do end end))
end
