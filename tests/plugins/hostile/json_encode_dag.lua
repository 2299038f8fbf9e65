-- A table graph that shares subtables 40 levels deep would encode to 2^40
-- values: the encoder's buffer is charged to the memory limit and its loop to
-- the instruction limit, so the call stops on one or the other.
-- expect: json dag: ok
-- exit: 0
local t = { 1 }
for _ = 1, 40 do t = { t, t } end
local ok, msg, kind = drill.guard("encoding a shared graph", drill.json.encode, t)
assert(not ok and (kind == "memory" or kind == "limit"), "encoded: " .. tostring(msg))
print("json dag: ok")
