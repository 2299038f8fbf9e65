-- expect: attempt to index a string value
-- exit: 70
-- A guest cannot reach drill.Regex's metatable: getmetatable gives a
-- string, so installing a finalizer (which ran with hooks off and hung
-- lua_close) fails.
local re = drill.re.compile("a")
assert(getmetatable(re) == "locked")
assert(not pcall(setmetatable, re, {}))
getmetatable(re).__gc = function() while true do end end
