-- Answers graded per second, for each grader (and for lib.grade's default
-- composition: the rubric's graders plus the coach, each as a guest call),
-- on the real banks.
-- Run as: build/drill --trust scripts/bench-graders.lua [SECONDS-PER-GRADER]
-- The answers are every question's model answer and its hand-written wrong
-- answers (tests/fixtures/wrong), graded round-robin in one process on one core.
local pick = require("lib.questions")
local seconds = tonumber(arg[1]) or 2

local answers = {}
local qs = drill.bank.questions()
local fixtures = {}
for _, q in ipairs(qs) do
  if q.rubric then
    answers[#answers + 1] = { q = q, text = pick.model_text(q) }
    local path = "tests/fixtures/wrong/" .. q.lesson .. ".json"
    if fixtures[path] == nil then
      local f = io.open(path)
      fixtures[path] = f and drill.json.decode(f:read("a")) or false
      if f then f:close() end
    end
    local w = fixtures[path] and fixtures[path][q.id]
    for _, kind in ipairs({ "weak", "parrot", "misconception" }) do
      if w and w[kind] then answers[#answers + 1] = { q = q, text = w[kind] } end
    end
  end
end

local function bench(name, grade)
  for _, a in ipairs(answers) do grade(a.q, a.text) end -- warm: compile every rubric once
  local n, t0 = 0, drill.clock.now()
  local deadline = t0 + seconds
  while drill.clock.now() < deadline do
    for _, a in ipairs(answers) do grade(a.q, a.text) end
    n = n + #answers
  end
  local dt = drill.clock.now() - t0
  print(("%-12s %9.0f answers/s  (%d answers in %.2f s, %d distinct)"):format(name, n / dt, n, dt, #answers))
end

local graders = arg[2] and { arg[2] } or { "keyword", "similarity", "framework" }
for _, g in ipairs(graders) do
  local ok, mod = pcall(require, "graders." .. g)
  if ok then bench(g, function(q, text) return mod.grade(q, text, { rubric = q.rubric }) end) end
end
local grade = require("lib.grade")
bench("lib.grade", function(q, text) return grade.answer(q, text) end)
