-- Comparisons per second of the similarity index (drill.text.index) on the real banks.
-- Run as: build/drill --trust scripts/bench-similar.lua [N]
-- The index holds every question's model answer. Each comparison grades an
-- 80-word excerpt of one model answer against another question's answer,
-- with that question's prompt demoted; first against 80-word excerpts (the
-- target: 50,000/s on one core), then against the full model answers.
local n = math.tointeger(tonumber(arg[1])) or 200000

local function model_text(q)
  local a = q.answer
  if type(a) ~= "table" then return a or "" end
  return table.concat({ a.summary or "", a.intuition or "", a.technical or "", a.practice or "" }, " ")
end

local function first_words(text, k)
  local out = {}
  for w in text:gmatch("%S+") do
    out[#out + 1] = w
    if #out == k then break end
  end
  return table.concat(out, " "), #out
end

local index = drill.text.index()
local items = {}
for _, q in ipairs(drill.bank.questions()) do
  local text = model_text(q)
  if text ~= "" then
    index:add(text)
    items[#items + 1] = { full = text, short = first_words(text, 80), prompt = q.prompt or "" }
  end
end
assert(#items > 1, "no model answers found: are the banks loaded?")

local function mean_words(key)
  local total = 0
  for _, it in ipairs(items) do total = total + select(2, first_words(it[key], math.huge)) end
  return total / #items
end

local function bench(label, key)
  local m = #items
  for i = 1, m do index:compare(items[i % m + 1].short, items[i][key], items[i].prompt) end
  local t0 = drill.clock.now()
  for i = 1, n do
    local j = (i - 1) % m + 1
    index:compare(items[j % m + 1].short, items[j][key], items[j].prompt)
  end
  local dt = drill.clock.now() - t0
  print(("%-26s %9.0f comparisons/s  (%d in %.2f s; reference %.0f words on average)"):format(
    label, n / dt, n, dt, mean_words(key)))
end

print(("index: %d documents, answers of %.0f words"):format(index:count(), mean_words("short")))
bench("80 words vs 80 words", "short")
bench("80 words vs model answer", "full")
