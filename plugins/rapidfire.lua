-- Rapid-fire drill: short questions across the course, each graded on the spot.
drill.need(1)
local cli = require("lib.cli")
local ui = require("lib.ui")
local pick = require("lib.questions")
local grade = require("lib.grade")

local opts = cli.parse({ ... }, {
  { name = "count", value = "N", kind = "integer", min = 1, default = 15, help = "questions to ask (default 15)" },
  { name = "lesson", value = "NAME", kind = "string", help = "only this lesson (see drill list.lua)" },
  { name = "level", value = "LEVEL", kind = "string", choices = { "junior", "mid", "senior", "research" },
    help = "only questions asked at this role level" },
  { name = "topic", value = "TOPIC", kind = "string", help = "only this topic" },
}, {
  usage = "[--count N] [--lesson NAME] [--level LEVEL] [--topic TOPIC]",
  text = "Asks short questions one after another and grades each answer as you give it.\n"
    .. "An answer ends at an empty line. End of input (Ctrl-D) stops the drill early.",
})

local all = drill.bank.questions()
local pool = pick.filter(pick.short_answer(all), { lesson = opts.lesson, level = opts.level, topic = opts.topic })
if #pool == 0 then
  local hint = ""
  if opts.lesson then hint = "\nLessons: " .. table.concat(pick.values(all, "lesson"), ", ") end
  cli.usage_error("no questions match the filters" .. hint)
end

local questions = pick.shuffle(pool)
local count = math.min(opts.count, #questions)
local style = ui.style

ui.say(style("bold", "Rapid fire"), (" · %d question%s%s"):format(count, count == 1 and "" or "s",
  drill.options.seed and (" · seed " .. drill.options.seed) or ""))
ui.say(style("dim", "Answer in two or three sentences. An empty line ends your answer; Ctrl-D stops."))

local results, attempts = {}, {}
local started = drill.clock.now()
local store_warned = false

for i = 1, count do
  local q = questions[i]
  local limit = q.time_limit or 60
  ui.say("")
  ui.say(style("cyan", ("[%d/%d]"):format(i, count)), " ",
    style("dim", ("%s · %s · %d s"):format(q.lesson, q.topic, limit)))
  ui.say(style("bold", ui.wrap(q.prompt)))
  local t0 = drill.clock.now()
  local answer, cut = drill.term.read("> ", "  ")
  local seconds = drill.clock.now() - t0
  if not answer then
    ui.say(style("dim", "(end of input)"))
    break
  end
  if cut then ui.say(style("yellow", "  (answer cut at the length limit)")) end

  local r, err = grade.answer(q, answer, { level = "core" })
  local timing = ("%d s of %d s"):format(math.floor(seconds + 0.5), limit)
  if seconds > limit then timing = style("yellow", timing .. ", over time") end
  if not r then
    ui.say(style("red", "  grading failed: "), err)
  else
    local mark = r.pass and style("green", "✓ pass") or style("red", "✗ fail")
    ui.say("  ", mark, "  ", style("bold", ui.percent(r.score)), " · ", timing)
    for _, h in ipairs(r.hits) do
      ui.say(style("green", "  + "), h.name)
    end
    for _, m in ipairs(r.misses) do
      ui.say(style("yellow", "  - "), m.name, m.required and style("dim", " (required)") or "")
      ui.say(style("dim", ui.wrap(m.feedback, nil, "      ")))
    end
    for _, m in ipairs(r.misconceptions) do
      ui.say(style("red", "  ! "), m.name)
      ui.say(ui.wrap(m.feedback, nil, "      "))
    end
  end
  if r and r.coach then
    for _, line in ipairs(r.coach.feedback) do ui.say(style("dim", ui.wrap("Coach: " .. line, nil, "  "))) end
  end
  local summary = pick.summary(q)
  if summary then
    ui.say(style("dim", "  Model answer:"))
    ui.say(ui.wrap(summary, nil, "    "))
  end
  results[#results + 1] = { q = q, r = r, seconds = seconds, limit = limit }
  if r then
    attempts[#attempts + 1] = { question = q.id, mode = "rapidfire", score = r.score, pass = r.pass, seconds = seconds }
    local ok, serr = drill.store.record(attempts[#attempts])
    if not ok and not store_warned then
      drill.term.ewrite("drill: progress not saved: ", serr, "\n")
      store_warned = true
    end
  end
end

-- The summary, per topic in the order the topics came up.
ui.say("")
if #results == 0 then
  ui.say("No questions answered.")
  return 0
end
local topics, order = {}, {}
local passed, total, graded = 0, 0, 0
for _, x in ipairs(results) do
  local t = topics[x.q.topic]
  if not t then
    t = { answered = 0, passed = 0, sum = 0, graded = 0 }
    topics[x.q.topic] = t
    order[#order + 1] = x.q.topic
  end
  t.answered = t.answered + 1
  if x.r and x.r.score then
    t.graded = t.graded + 1
    t.sum = t.sum + x.r.score
    graded = graded + 1
    total = total + x.r.score
    if x.r.pass then
      t.passed = t.passed + 1
      passed = passed + 1
    end
  end
end
local elapsed = drill.clock.now() - started
ui.say(style("bold", "Summary"), (" · %d/%d passed · mean %s · %d min %d s"):format(
  passed, #results, graded > 0 and ui.percent(total / graded) or "-", math.floor(elapsed / 60), math.floor(elapsed % 60)))
local rows = { { "topic", "answered", "passed", "mean" } }
for _, name in ipairs(order) do
  local t = topics[name]
  rows[#rows + 1] = { name, tostring(t.answered), tostring(t.passed),
    t.graded > 0 and ui.percent(t.sum / t.graded) or "-" }
end
ui.say(ui.columns(rows))
return 0
