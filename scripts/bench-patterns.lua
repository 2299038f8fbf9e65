-- Which rubric patterns cost the most: every pattern of each answer's rubric that
-- passes the literal filter is timed on that answer, and the costliest are listed.
-- Run as: build/drill --no-store --trust scripts/bench-patterns.lua DIR [N]
-- (DIR: answer files, e.g. from scripts/gen-answers.lua; N answers at most, default 4000)
local answers = require("lib.answers")
local rb = require("lib.rubric")
local dir, limit = arg[1], tonumber(arg[2] or 4000)
assert(dir, "usage: bench-patterns.lua DIR [N]")
local all = {}
for _, name in ipairs(drill.fs.list(dir)) do
  local f = dir .. "/" .. name
  for _, e in ipairs(answers.markdown(drill.fs.read(f), f)) do
    if e.text ~= "" and #all < limit and drill.bank.get(e.id) then
      all[#all + 1] = { id = e.id, text = drill.text.normalize(e.text) }
    end
  end
end
local cache = {}
local function patterns(id)
  if cache[id] then return cache[id] end
  local q = drill.bank.get(id)
  local c = rb.compile(q, q.rubric)
  local list, seen = {}, {}
  local function add(role, p)
    local w = rb.widen(p)
    if not seen[w] then
      seen[w] = true
      list[#list + 1] = { p = p, role = role, re = drill.re.compile(w, "i"), lits = rb.literals(w), t = 0 }
    end
  end
  for _, info in ipairs(c.concepts) do
    for role, l in pairs(info.roles) do
      for _, p in ipairs(l) do add(role, p) end
    end
  end
  for _, m in ipairs(c.rubric.misconceptions or {}) do
    for _, p in ipairs(m.patterns) do add("misconception", p) end
  end
  cache[id] = list
  return list
end
local total, runs = 0, 0
for _, a in ipairs(all) do
  local low = a.text:lower()
  for _, x in ipairs(patterns(a.id)) do
    -- one literal of every set (sets are separated by "")
    local go, any = true, false
    for _, l in ipairs(x.lits or {}) do
      if l == "" then
        go, any = go and any, false
      elseif not any and low:find(l, 1, true) then
        any = true
      end
    end
    if x.lits then go = go and any end
    if go and x.re then
      local t0 = drill.clock.now()
      local init = 1
      while true do
        local _, e = x.re:find(a.text, init)
        if not e then break end
        init = e + 1
      end
      local dt = drill.clock.now() - t0
      x.t, total, runs = x.t + dt, total + dt, runs + 1
    end
  end
end
print(("%d answers: %.1f us of regex matching and %.1f regex runs per answer"):format(#all, total / #all * 1e6,
  runs / #all))
local flat = {}
for id, l in pairs(cache) do
  for _, x in ipairs(l) do
    if x.t > 0 then flat[#flat + 1] = { id = id, x = x } end
  end
end
table.sort(flat, function(a, b) return a.x.t > b.x.t end)
for i = 1, math.min(20, #flat) do
  local f = flat[i]
  print(("%5.1f%%  %-32s %-13s %s"):format(f.x.t / total * 100, f.id, f.x.role, f.x.p:sub(1, 80)))
end
