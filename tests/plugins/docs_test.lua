-- docs/plugins.md documents every function the plugin API exports.
-- Run with --trust (it reads the docs and the registry) and the source tree's root as argument:
--   drill --trust --no-store docs_test.lua /path/to/drill
--
-- The API is enumerated at run time, not listed here: every function reachable from the `drill`
-- table (recursively), the methods of every object drill's C core makes (the `__index` of each
-- `drill.*` metatable in the registry), every function of each module plugins/lib/*.lua (and
-- lib.report.common), and the methods of the library's objects. A function is documented when a
-- table row of docs/plugins.md starts with its name in backticks, arguments after it:
--   | `drill.re.compile(pattern [, flags])` | ... |
--   | `regex:find(s [, init])` | ... |
--   | `lib.cli.parse(args, spec, about)` | ... |
-- The check also runs the other way: a row naming a function that does not exist fails.
local t = require("tap")

local root = arg[1] or "../.."
local docs_path = root .. "/docs/plugins.md"

-- Objects of the C core, by metatable name, and the name the docs give them.
local OBJECTS = {
  ["drill.Regex"] = "regex",
  ["drill.RegexSet"] = "set",
  ["drill.Vocab"] = "vocab",
  ["drill.Index"] = "index",
  ["drill.Output"] = "output",
  ["drill.evidence"] = "ev",
  ["drill.lexicon"] = "lex",
}

-- Modules beyond plugins/lib/*.lua that plugin authors are pointed to.
local EXTRA_MODULES = { "lib.report.common" }

-- ------------------------------------------------------------ the docs
local f = assert(io.open(docs_path, "r"))
local text = f:read("a")
f:close()

-- name -> true for every table row that opens with a backticked name; `calls` are the rows
-- whose name is followed by "(": those name functions, which must exist.
local documented, calls = {}, {}
for line in text:gmatch("[^\n]+") do
  local span = line:match("^|%s*`([^`]+)`")
  if span then
    local name = span:match("^[%w_.:]+")
    if name then
      documented[name] = true
      if span:sub(#name + 1, #name + 1) == "(" then calls[name] = true end
    end
  end
end

-- ------------------------------------------------------------ the API
local exported = {} -- name -> true
local function add(name) exported[name] = true end

local function walk(tbl, prefix, seen)
  if seen[tbl] then return end
  seen[tbl] = true
  for k, v in pairs(tbl) do
    if type(k) == "string" then
      local name = prefix .. "." .. k
      if type(v) == "function" then
        add(name)
      elseif type(v) == "table" then
        walk(v, name, seen)
      end
    end
  end
end
walk(drill, "drill", {})

-- the methods of every object the core makes: each metatable it registers by name
local unnamed = {}
for key, mt in pairs(debug.getregistry()) do
  if type(key) == "string" and key:match("^drill%.") and type(mt) == "table" and type(rawget(mt, "__index")) == "table" then
    local methods = {}
    for m, fn in pairs(rawget(mt, "__index")) do
      if type(fn) == "function" then methods[#methods + 1] = m end
    end
    if #methods > 0 then
      local short = OBJECTS[key]
      if short then
        for _, m in ipairs(methods) do add(short .. ":" .. m) end
      else
        unnamed[#unnamed + 1] = key
      end
    end
  end
end
table.sort(unnamed)
t.ok(#unnamed == 0, "every object type of the core has a name in the docs (OBJECTS here)",
  "no name for: " .. table.concat(unnamed, ", "))

-- the library: every plugins/lib/*.lua module's functions
local modules = {}
for _, file in ipairs(assert(drill.fs.list(root .. "/plugins/lib"))) do
  local name = file:match("^(.+)%.lua$")
  if name then modules[#modules + 1] = "lib." .. name end
end
for _, m in ipairs(EXTRA_MODULES) do modules[#modules + 1] = m end
table.sort(modules)
t.ok(#modules >= 12, "the library's modules are found", #modules)
for _, m in ipairs(modules) do
  local ok, mod = pcall(require, m)
  if t.ok(ok and type(mod) == "table", m .. " loads", mod) then
    for k, v in pairs(mod) do
      if type(k) == "string" and type(v) == "function" then add(m .. "." .. k) end
    end
  end
end

-- the library's objects: a session's methods, a report grid's functions
local session = require("lib.session").new({ mode = "docs-test", store = false })
for k, v in pairs(getmetatable(session).__index) do
  if type(v) == "function" then add("s:" .. k) end
end
for k, v in pairs(require("lib.report.common").grid()) do
  if type(v) == "function" then add("grid." .. k) end
end

-- ------------------------------------------------------------ the check
local names = {}
for name in pairs(exported) do names[#names + 1] = name end
table.sort(names)
t.ok(#names >= 150, "the enumeration finds the whole API", #names)
for _, name in ipairs(names) do
  t.ok(documented[name], name .. " is documented in docs/plugins.md",
    "add a table row starting with `" .. name .. "(...)` to docs/plugins.md")
end

local stale = {}
for name in pairs(calls) do
  local api = name:match("^drill[.:]") or name:match("^lib%.") or name:match("^[%a_]+[:.]")
  if api and not exported[name] then stale[#stale + 1] = name end
end
table.sort(stale)
t.ok(#stale == 0, "every function docs/plugins.md names exists", "no such function: " .. table.concat(stale, ", "))

return t.done()
