-- Command-line options for plugins: --name VALUE, --name=VALUE, flags, --help.
local M = {}

local function fail(script, msg, usage)
  drill.exit(64, ("drill: %s: %s\n%s"):format(script, msg, usage))
end

-- spec: array of {name = "count", value = "N", kind = "integer"|"number"|"string"|"flag",
--                 default = ..., choices = {...}, help = "..."}
-- Returns a table of options and an array of the remaining (positional) arguments.
function M.parse(args, spec, about)
  local script = (drill.script or "plugin"):match("[^/]*$")
  local lines = { ("usage: drill %s %s"):format(script, about.usage or "[OPTIONS]") }
  if about.text then lines[#lines + 1] = "\n" .. about.text end
  lines[#lines + 1] = "\nOptions:"
  local byname = {}
  for _, o in ipairs(spec) do
    byname[o.name] = o
    local left = "--" .. o.name .. (o.value and (" " .. o.value) or "")
    lines[#lines + 1] = ("  %-24s %s"):format(left, o.help or "")
  end
  lines[#lines + 1] = ("  %-24s %s"):format("--help", "print this help and exit")
  local usage = table.concat(lines, "\n")

  local opts, rest = {}, {}
  for _, o in ipairs(spec) do opts[o.name] = o.default end
  local i = 1
  while i <= #args do
    local a = args[i]
    if a == "--" then
      for j = i + 1, #args do rest[#rest + 1] = args[j] end
      break
    elseif a == "--help" or a == "-h" then
      print(usage)
      drill.exit(0)
    elseif a:sub(1, 2) == "--" then
      local name, value = a:sub(3), nil
      local eq = name:find("=", 1, true)
      if eq then name, value = name:sub(1, eq - 1), name:sub(eq + 1) end
      local o = byname[name]
      if not o then fail(script, ("unknown option '--%s'"):format(name), "Try 'drill " .. script .. " --help'.") end
      if o.kind == "flag" then
        if value then fail(script, ("--%s takes no value"):format(name), usage) end
        opts[name] = true
      else
        if not value then
          i = i + 1
          value = args[i]
          if not value then fail(script, ("--%s needs a value"):format(name), "Try 'drill " .. script .. " --help'.") end
        end
        if o.kind == "integer" then
          local n = math.tointeger(tonumber(value))
          if not n or n < (o.min or -math.huge) then
            fail(script, ("--%s takes a whole number%s, not '%s'"):format(name,
              o.min and (" of at least " .. o.min) or "", value), "Try 'drill " .. script .. " --help'.")
          end
          value = n
        elseif o.kind == "number" then
          local n = tonumber(value)
          if not n then fail(script, ("--%s takes a number, not '%s'"):format(name, value), usage) end
          value = n
        end
        if o.choices then
          local ok = false
          for _, c in ipairs(o.choices) do ok = ok or c == value end
          if not ok then
            fail(script, ("--%s must be one of %s, not '%s'"):format(name, table.concat(o.choices, ", "), value),
              "Try 'drill " .. script .. " --help'.")
          end
        end
        if o.many then
          opts[name] = opts[name] or {}
          table.insert(opts[name], value)
        else
          opts[name] = value
        end
      end
    else
      rest[#rest + 1] = a
    end
    i = i + 1
  end
  return opts, rest, usage
end

function M.usage_error(msg)
  local script = (drill.script or "plugin"):match("[^/]*$")
  fail(script, msg, "Try 'drill " .. script .. " --help'.")
end

return M
