-- expect: exceeded the instruction limit
-- exit: 70
while true do end
