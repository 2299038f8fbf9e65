-- expect: __gc metamethods are not allowed
-- exit: 70
setmetatable({}, { __gc = function() while true do end end })
collectgarbage()
while true do end
