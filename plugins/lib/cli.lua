-- Command-line options for plugins: --name VALUE, --name=VALUE, flags, --help.
local M = {}

local function fail(script, msg, usage)
  drill.exit(64, ("drill: %s: %s\n%s"):format(script, msg, usage))
end

-- drill's own options (src/host/main.c), and the value each takes: given after
-- the script, they reach the script, which says where they belong.
local OWN = { bank = "PATH", seed = "N", store = "PATH", ["no-store"] = false, trust = false,
  ["no-color"] = false, ["no-colour"] = false, version = false }

local function shell_word(s)
  if s:match("^[%w%-_./=:,+@%%]+$") then return s end
  return "'" .. s:gsub("'", "'\\''") .. "'"
end

-- The script as typed, near enough: a relative path as given, else its name
-- (a built-in or a DRILL_PATH script is found by name).
local function typed_script(script)
  local path = drill.script or script
  if path:find("/", 1, true) and path:sub(1, 1) ~= "/" then return path end
  return script
end

-- Every option of drill's own among the script's arguments (up to "--"), and
-- the command line with them moved before the script.
local function misplaced(args, byname, script)
  local moved, kept, names = {}, {}, {}
  local i = 1
  while i <= #args do
    local a = args[i]
    if a == "--" then
      for j = i, #args do kept[#kept + 1] = args[j] end
      break
    end
    local name, value = a:match("^%-%-([^=]+)=(.*)$")
    name = name or a:match("^%-%-(.+)$")
    local o = name and byname[name]
    if o and o.kind ~= "flag" and not value then
      kept[#kept + 1] = a
      if args[i + 1] then kept[#kept + 1] = args[i + 1] end
      i = i + 1
    elseif name and not o and OWN[name] ~= nil then
      names[#names + 1] = "--" .. name
      moved[#moved + 1] = a
      if OWN[name] and not value then
        i = i + 1
        moved[#moved + 1] = args[i] or OWN[name]
      end
    else
      kept[#kept + 1] = a
    end
    i = i + 1
  end
  local words = { "drill" }
  local lead = type(arg) == "table" and arg or {}
  local first = 0
  while lead[first - 1] ~= nil do first = first - 1 end
  for j = first + 1, -1 do words[#words + 1] = shell_word(lead[j]) end
  -- before a "--" that ended drill's options, if one did
  local dashes = words[#words] == "--" and #words > 1 and table.remove(words)
  for _, w in ipairs(moved) do words[#words + 1] = shell_word(w) end
  if dashes then words[#words + 1] = dashes end
  words[#words + 1] = shell_word(typed_script(script))
  for _, w in ipairs(kept) do words[#words + 1] = shell_word(w) end
  return names, table.concat(words, " ")
end

local function own_option(args, byname, script, name)
  if name == "version" then
    drill.exit(64, ("drill: %s: --version is an option of drill itself: drill --version"):format(script))
  end
  local names, line = misplaced(args, byname, script)
  if #names == 0 then names = { "--" .. name } end
  local what = #names == 1 and (names[1] .. " is an option") or
    (table.concat(names, ", ", 1, #names - 1) .. " and " .. names[#names] .. " are options")
  fail(script, ("%s of drill itself: put %s before the script: %s"):format(what,
    #names == 1 and "it" or "them", line), "Try 'drill --help'.")
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
      if not o and OWN[name] ~= nil then own_option(args, byname, script, name) end
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
