-- Generates a study group's answer files for benchmarks: FILES Markdown files
-- of ANSWERS answers each, drawn from the banks' model answers (good), the
-- hand-written wrong answers (weak, parroting, misconceptions) and blanks,
-- every answer distinct.
-- Run as: build/drill --trust --seed 1 scripts/gen-answers.lua DIR FILES ANSWERS
local dir, nfiles, nanswers = arg[1], tonumber(arg[2] or 2000), tonumber(arg[3] or 50)
assert(dir, "usage: gen-answers.lua DIR [FILES] [ANSWERS]")
local qs = drill.bank.questions()
local wrong = {}
for _, q in ipairs(qs) do
  if not wrong[q.lesson] then
    local f = io.open("tests/fixtures/wrong/" .. q.lesson .. ".json")
    wrong[q.lesson] = f and drill.json.decode(f:read("a")) or {}
    if f then f:close() end
  end
end
local kinds = { "weak", "parrot", "misconception" }
os.execute("mkdir -p '" .. dir .. "'")
-- Every answer is its own: model-answer steps in a random choice and order,
-- a wrong answer's sentence now and then, and a sentence with a number of its
-- own, so that no cache of graded answers can flatter a benchmark.
local function sentences(text)
  local out = {}
  for s in (text or ""):gmatch("[^.!?]+[.!?]?") do
    if s:match("%S") then out[#out + 1] = s:gsub("^%s+", "") end
  end
  return out
end
local function step_text(a)
  if type(a) ~= "table" then return sentences(a) end
  local all = {}
  for _, k in ipairs({ "summary", "intuition", "technical", "practice" }) do
    for _, s in ipairs(sentences(a[k])) do all[#all + 1] = s end
  end
  return all
end
local distinct, seen = 0, {}
for i = 1, nfiles do
  local out = { ("# Member %d\n"):format(i) }
  local start = math.random(#qs)
  for k = 0, nanswers - 1 do
    local q = qs[(start + k * 7) % #qs + 1]
    local roll, parts = math.random(), {}
    if roll < 0.55 then
      for _, s in ipairs(step_text(q.answer)) do
        if math.random() < 0.7 then parts[#parts + 1] = s end
      end
    elseif roll < 0.95 then
      local w = wrong[q.lesson][q.id]
      parts[1] = w and w[kinds[math.random(3)]] or q.prompt
      if math.random() < 0.5 then
        local model = step_text(q.answer)
        parts[#parts + 1] = model[math.random(#model)]
      end
    end
    if #parts > 0 then
      for j = #parts, 2, -1 do
        local r = math.random(j)
        parts[j], parts[r] = parts[r], parts[j]
      end
      parts[#parts + 1] = ("We saw this on a data set of %d rows."):format(math.random(1000, 9999999))
    end
    local text = table.concat(parts, " ")
    if not seen[text] then
      seen[text] = true
      distinct = distinct + 1
    end
    out[#out + 1] = ("\n## %s\n%s\n"):format(q.id, text)
  end
  local f = assert(io.open(("%s/member-%04d.md"):format(dir, i), "w"))
  f:write(table.concat(out))
  f:close()
end
print(("%d files x %d answers in %s, %d distinct"):format(nfiles, nanswers, dir, distinct))
