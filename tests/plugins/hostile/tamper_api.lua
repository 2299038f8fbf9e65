-- A guest cannot change the API, the standard library, another module or
-- drill's metatables, and its globals are its own.
-- expect: tamper: ok
-- exit: 0
-- luacheck: ignore 111 122
local attempts = {
  { "replace drill.re.compile", function() drill.re.compile = function() end end },
  { "remove drill.guard", function() drill.guard = nil end },
  { "rawset on drill", function() rawset(drill, "guard", print) end },
  { "rawset on drill.re", function() rawset(drill.re, "compile", print) end },
  { "replace string.rep", function() string.rep = nil end },
  { "reach the string table through a string", function() getmetatable("").__index.upper = nil end },
  { "replace table.insert", function() table.insert = nil end },
  { "replace coroutine.create", function() coroutine.create = nil end },
  { "change math.pi", function() math.pi = 3 end },
  { "rawset on math", function() rawset(math, "pi", 3) end },
  { "change a table inside drill", function() drill.limits.memory = 1 end },
  { "rawset on a table inside drill", function() rawset(drill.limits, "memory", 1) end },
  { "change arg", function() arg[1] = "x" end },
  { "replace another grader", function() require("graders.keyword").grade = function() return { score = 1 } end end },
  { "replace a library function", function() require("lib.grade").answer = nil end },
  { "rawset on a module", function() rawset(require("graders.keyword"), "grade", print) end },
  { "reach a module's tables", function() require("lib.grade").graders_for = nil end },
  { "metatable of the environment", function() setmetatable(_ENV, {}) end },
  { "metatable of drill", function() setmetatable(drill, {}) end },
  { "finalizer on a regex", function() getmetatable(drill.re.compile("a")).__gc = print end },
  { "finalizer on a table", function() setmetatable({}, { __gc = print }) end },
  { "binary chunk", function() assert(load(string.dump or "\27Lua")) end },
}
for _, a in ipairs(attempts) do
  if pcall(a[2]) then error("succeeded: " .. a[1]) end
end
assert(getmetatable(drill) == "locked", "drill's metatable is visible")
assert(getmetatable("") == "locked", "the string metatable is visible")
assert(type(require("graders.keyword").grade) == "function", "keyword grader changed")
assert(math.pi > 3.14 and drill.limits.memory ~= 1, "the library changed")
-- reading still works: the same view each time, methods, iteration, length, ipairs
assert(rawequal(drill.text, drill.text) and rawequal(drill.limits, drill.limits), "a new view at each read")
assert(("ab"):rep(2) == "abab" and drill.text.length("ab") == 2, "library reads fail")
local n = 0
for _ in pairs(drill.re) do n = n + 1 end
assert(n > 0, "pairs over drill.re found nothing")
assert(#arg == 0 and select("#", ipairs(arg)) == 3)
-- globals are per chunk
leaked_global = 1
assert(load("return leaked_global")() == nil, "a global leaked into another chunk")
print("tamper: ok")
