-- A small TAP producer for Lua tests run by prove through drill.
local M = { n = 0, failed = 0 }

function M.ok(cond, name, diag)
  M.n = M.n + 1
  print(("%s %d - %s"):format(cond and "ok" or "not ok", M.n, name))
  if not cond then
    M.failed = M.failed + 1
    if diag then print("#   " .. tostring(diag):gsub("\n", "\n#   ")) end
  end
  return cond
end

function M.eq(got, want, name)
  return M.ok(got == want, name, ("got %s, want %s"):format(tostring(got), tostring(want)))
end

-- Asserts fn raises an error whose message contains `text`.
function M.raises(fn, text, name)
  local ok, err = pcall(fn)
  return M.ok(not ok and tostring(err):find(text, 1, true) ~= nil, name,
    ok and "no error" or tostring(err))
end

function M.done()
  print("1.." .. M.n)
  return M.failed == 0 and 0 or 1
end

return M
