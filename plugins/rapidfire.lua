-- Rapid-fire round: 15 short questions across the course, each graded on the spot.
drill.need(1)
local cli = require("lib.cli")
local pick = require("lib.questions")
local rapid = require("lib.modes.rapidfire")
local session = require("lib.session")

local opts = cli.parse({ ... }, {
  { name = "count", value = "N", kind = "integer", min = 1, default = 15, help = "questions to ask (default 15; a round is 10-20)" },
  { name = "lesson", value = "NAME", kind = "string",
    help = "only these lessons: NAME[,NAME...], or -NAME to leave one out (see drill list.lua)" },
  { name = "level", value = "LEVEL", kind = "string", choices = { "junior", "mid", "senior", "research" },
    help = "only questions asked at this role level" },
  { name = "topic", value = "TOPIC", kind = "string", help = "only this topic" },
}, {
  usage = "[--count N] [--lesson NAME] [--level LEVEL] [--topic TOPIC]",
  text = "Asks short questions one after another and grades each answer as you give it, at the\n"
    .. "rubric's core: a crisp, correct two-sentence answer passes. An answer ends at an empty\n"
    .. "line; :hint, :skip, :reveal, :again, :edit, :quit and :help work at every prompt.\n"
    .. "Ctrl-C or end of input (Ctrl-D) stops early, with the summary so far.",
})

-- chosen from the index; each question asked is read whole when its turn comes
local all = drill.bank.index()
local pool = pick.filter(pick.short_answer(all), { lesson = opts.lesson, level = opts.level, topic = opts.topic })
if #pool == 0 then
  local hint = ""
  -- the filters match walkthroughs or derivations only: they have modes of their own
  local others = pick.filter(all, { lesson = opts.lesson, level = opts.level, topic = opts.topic })
  local formats = {}
  for _, q in ipairs(others) do formats[q.format] = true end
  if formats.scenario then hint = hint .. "\nScenario walkthroughs are practised with: drill scenario.lua" end
  if formats.derivation then hint = hint .. "\nDerivations are practised with: drill whiteboard.lua" end
  if opts.lesson and #others == 0 then hint = hint .. "\nLessons: " .. table.concat(pick.values(all, "lesson"), ", ") end
  cli.usage_error("no short-answer questions match the filters" .. hint)
end

local questions = pick.shuffle(pool)
local count = math.min(opts.count, #questions)
local s = session.new({ mode = "rapidfire", title = "Rapid fire" })
s:banner(("%d question%s"):format(count, count == 1 and "" or "s"),
  "Answer each in two or three sentences, within its time budget; each is graded at its core.")

for i = 1, count do
  if rapid.run(s, drill.bank.get(questions[i].id), { label = ("[%d/%d]"):format(i, count) }).stopped then break end
end

s:summary()
return s:exit_code()
