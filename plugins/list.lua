-- Lists questions of the loaded banks, as text for people or JSON for tools.
drill.need(1)
local cli = require("lib.cli")
local ui = require("lib.ui")
local pick = require("lib.questions")

local opts = cli.parse({ ... }, {
  { name = "format", value = "FMT", kind = "string", default = "text", choices = { "text", "json" },
    help = "text (default) or json" },
  { name = "full", kind = "flag", help = "every field of each question (answers, rubrics, ...)" },
  { name = "lesson", value = "NAME", kind = "string", help = "only these lessons (NAME[,NAME...], -NAME leaves one out)" },
  { name = "level", value = "LEVEL", kind = "string", choices = { "junior", "mid", "senior", "research" },
    help = "only questions asked at this role level" },
  { name = "question-format", value = "F", kind = "string",
    choices = { "conceptual", "deep-dive", "scenario", "derivation", "rapid-fire" },
    help = "only this interview format" },
  { name = "topic", value = "TOPIC", kind = "string", help = "only this topic" },
}, { usage = "[--format text|json] [--full] [FILTERS]" })

-- the index is enough to choose and list by; --full reads each chosen question whole
local qs = pick.filter(drill.bank.index(), {
  lesson = opts.lesson, level = opts.level, format = opts["question-format"], topic = opts.topic,
})
if opts.full then
  for i, q in ipairs(qs) do qs[i] = drill.bank.get(q.id) end
end

local function levels(q)
  if type(q.level) == "string" then return drill.json.array({ q.level }) end
  return q.level
end

if opts.format == "json" then
  local out = drill.json.array()
  for i, q in ipairs(qs) do
    if opts.full then
      local copy = {}
      for k, v in pairs(q) do copy[k] = v end
      copy.level = levels(q)
      out[i] = copy
    else
      out[i] = { id = q.id, bank = q.bank, lesson = q.lesson, topic = q.topic, level = levels(q),
        format = q.format, prompt = q.prompt, time_limit = q.time_limit }
    end
  end
  drill.term.write(drill.json.encode(out, { indent = 2 }), "\n")
  return 0
end

if #qs == 0 then
  ui.say("No questions match.")
  return 0
end
local width = drill.term.width()
if opts.full then
  for _, q in ipairs(qs) do
    ui.say(ui.style("bold", q.id), ui.style("dim", ("  %s · %s · %s · %s"):format(q.lesson, q.topic, pick.levels(q), q.format)))
    ui.say(ui.wrap(q.prompt, width or 80, "  "))
    local s = pick.summary(q)
    if s then ui.say(ui.wrap(s, width or 80, "  → ")) end
    ui.say("")
  end
else
  local rows = { { "id", "lesson", "level", "format", "prompt" } }
  for _, q in ipairs(qs) do
    rows[#rows + 1] = { q.id, q.lesson, pick.levels(q), q.format, q.prompt }
  end
  local text = ui.columns(rows)
  if width then
    -- keep each row on one line: cut the prompt at the terminal's width
    local length, offset = drill.text.length, utf8.offset
    local lines, at = {}, 1
    while at <= #text do
      local nl = text:find("\n", at, true) or #text + 1
      local line = text:sub(at, nl - 1)
      if length(line) > width then
        line = line:sub(1, offset(line, width - 1) - 1) .. "…"
      end
      lines[#lines + 1] = line
      at = nl + 1
    end
    text = table.concat(lines, "\n")
  end
  ui.say(text)
end
local lessons = {}
for _, q in ipairs(qs) do lessons[q.lesson] = (lessons[q.lesson] or 0) + 1 end
local parts = {}
for _, name in ipairs(pick.values(qs, "lesson")) do parts[#parts + 1] = ("%s %d"):format(name, lessons[name]) end
ui.say(ui.style("dim", ("%d question%s: %s"):format(#qs, #qs == 1 and "" or "s", table.concat(parts, ", "))))
return 0
