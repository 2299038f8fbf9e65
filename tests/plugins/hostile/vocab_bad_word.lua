-- expect: vocab: word 3 is a table, not a string
-- exit: 70
-- A word that is not a string (even one with __tostring) is misuse.
local ok, err = pcall(drill.text.vocab, { "ok", "\255\254" })
assert(not ok and err:find("word 2 is not valid UTF-8 at byte 1", 1, true), err)
drill.text.vocab({ "ok", "fine", setmetatable({}, { __tostring = function() return "sneaky" end }) })
