-- expect: meta_json_array_view: ok
-- exit: 0
-- drill.json.array sets a metatable with the C API, which ignores
-- __metatable: it must not replace the metatable of a read-only view
-- (shared by every grader) or of a guest's own table.
local view = drill.readonly({ secret = "kept" })
local ok, err = pcall(drill.json.array, view)
assert(not ok and err:find("already has a metatable", 1, true), err)
assert(view.secret == "kept", "the view still shows its table")
assert(not pcall(function() view.secret = "changed" end), "the view is still read-only")
local mine = setmetatable({}, { __metatable = "mine" })
assert(not pcall(drill.json.array, mine))
assert(getmetatable(mine) == "mine")
assert(drill.json.encode(drill.json.array(drill.json.array({}))) == "[]")
print("meta_json_array_view: ok")
