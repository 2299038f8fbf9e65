-- expect: attempt to index a nil value (field '__index')
-- exit: 70
-- The same for drill.RegexSet: its methods cannot be replaced for every
-- grader through the metatable.
local set = drill.re.set({ { "a" } })
assert(getmetatable(set) == "locked")
getmetatable(set).__index.scan = function() return { 1, 1, 1 } end
