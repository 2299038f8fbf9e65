-- expect: attempt to index a string value
-- exit: 70
local idx = drill.text.index()
assert(getmetatable(idx) == "locked")
getmetatable(idx).__close = function() while true do end end
