-- Generates a study group's answer files for benchmarks: FILES Markdown files
-- of ANSWERS answers each, drawn from the banks' model answers (good), the
-- hand-written wrong answers (weak, parroting, misconceptions) and blanks.
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
for i = 1, nfiles do
  local out = { ("# Member %d\n"):format(i) }
  local start = math.random(#qs)
  for k = 0, nanswers - 1 do
    local q = qs[(start + k * 7) % #qs + 1]
    local roll, text = math.random(), ""
    if roll < 0.55 then
      local a = q.answer
      text = type(a) == "table" and (a.summary .. " " .. a.intuition .. " " .. a.practice) or a
    elseif roll < 0.95 then
      local w = wrong[q.lesson][q.id]
      text = w and w[kinds[math.random(3)]] or q.prompt
    end
    out[#out + 1] = ("\n## %s\n%s\n"):format(q.id, text)
  end
  local f = assert(io.open(("%s/member-%04d.md"):format(dir, i), "w"))
  f:write(table.concat(out))
  f:close()
end
print(("%d files x %d answers in %s"):format(nfiles, nanswers, dir))
