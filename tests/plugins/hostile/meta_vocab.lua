-- expect: attempt to index a nil value (field '__index')
-- exit: 70
local v = drill.text.vocab({ "word" })
assert(getmetatable(v) == "locked")
getmetatable(v).__index.correct = function(_, s) return s end
