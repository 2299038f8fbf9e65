-- drill.parallel inside a worker is refused (no process trees).
-- expect: nested parallel: ok
-- exit: 0
local got = {}
drill.parallel(2, 2, function()
  local ok, err = pcall(drill.parallel, 2, 2, function() return "" end, function() end)
  return tostring(ok) .. ":" .. tostring(err)
end, function(i, r, err) got[i] = r or err end)
assert(got[1]:find("^false:.*cannot be called inside a worker"), got[1])
print("nested parallel: ok")
