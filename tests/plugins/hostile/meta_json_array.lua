-- expect: cannot change a protected metatable
-- exit: 70
-- Decoded arrays share one metatable: a guest cannot change it (which would
-- change every array other graders see), nor swap it on an array.
local arr = drill.json.decode("[1, 2, 3]")
assert(getmetatable(arr) == "locked")
assert(getmetatable(drill.json.array()) == "locked")
assert(not pcall(function() getmetatable(arr).__newindex = error end))
assert(drill.json.encode(drill.json.array()) == "[]")
setmetatable(arr, { __index = function() return "forged" end })
