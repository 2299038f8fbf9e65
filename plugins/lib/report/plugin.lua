-- A report format from outside drill: the module reports/NAME.lua, found where require looks
-- (the script's directory, DRILL_PATH, the built-in plugins). It has the shape of the built-in
-- formats: it returns function(write, opts) that returns {start = fn, file = fn, finish = fn}.
--
-- Every call into it is a guest call (drill.guard): one that fails, breaks a sandbox limit or
-- returns nonsense ends the run with exit 70 and a message naming the format. It gets read-only
-- views of the records and the summary, so it cannot change the exit code check.lua returns.
-- A write that fails inside one of its calls ends the run with that write's own code (73, 74).
-- `builtin`: the names of the built-in formats, for the message when NAME is none of them.
return function(name, write, opts, builtin)
  local label = ("report format %s"):format(name)
  local failed -- {code, message} of a write that failed inside a guest call
  local function guest_write(s)
    if failed then error(failed[2], 0) end
    if type(s) ~= "string" and type(s) ~= "number" then
      error(("write takes a string, not %s"):format(type(s)), 2)
    end
    local ok, err = pcall(write, tostring(s))
    if not ok then
      failed = { 74, tostring(err) }
      error(failed[2], 0)
    end
  end
  local function fail(what, message)
    drill.exit(70, ("drill: %s (reports/%s.lua): %s%s"):format(label, name, what, message and ": " .. message or ""))
  end
  local ok, mod = pcall(require, "reports." .. name)
  if not ok then
    if tostring(mod):find("module 'reports%." .. name:gsub("%p", "%%%0") .. "' not found") then
      drill.exit(64, ("drill: check.lua: --format must be one of %s, or the name of a report module "
        .. "reports/NAME.lua on DRILL_PATH; there is no reports/%s.lua"):format(table.concat(builtin, ", "), name))
    end
    fail("cannot load", tostring(mod))
  end
  if type(mod) ~= "function" then fail("does not return a function(write, opts)") end
  -- no append_summary: a plugin call writes only its report (a job summary could forge the verdict)
  local guest_opts = drill.readonly({ min_score = opts.min_score, paths = opts.paths, color = false })
  local made, r = drill.guard(label, mod, guest_write, guest_opts)
  if not made then fail("failed", tostring(r):match("^[^\n]*")) end
  if type(r) ~= "table" then fail("did not return a table with start, file and finish") end
  local fns = {}
  for _, k in ipairs({ "start", "file", "finish" }) do
    local f = rawget(r, k)
    if f ~= nil and type(f) ~= "function" then fail(("its %s is not a function"):format(k)) end
    fns[k] = f
  end
  local function call(k, arg)
    if not fns[k] then return end
    local good, err = drill.guard(("%s: %s"):format(label, k), fns[k], drill.readonly(arg))
    if failed then drill.exit(failed[1], failed[2]) end
    if not good then fail(k .. " failed", tostring(err):match("^[^\n]*")) end
  end
  return {
    start = function(meta) call("start", meta) end,
    file = function(rec) call("file", rec) end,
    finish = function(summary) call("finish", summary) end,
  }
end
