-- Mock interview: 45-60 minutes of mixed formats for a role level, hire signals.
drill.need(1)
local cli = require("lib.cli")
local ui = require("lib.ui")
local session = require("lib.session")
local plan = require("lib.modes.mock_plan")
local pick = require("lib.questions")

local opts = cli.parse({ ... }, {
  { name = "level", value = "LEVEL", kind = "string", choices = plan.LEVELS, default = "mid",
    help = "the role level: junior, mid (default), senior or research" },
  { name = "minutes", value = "N", kind = "number",
    help = "length in minutes, fractions allowed (default 45 junior/mid, 60 senior/research)" },
  { name = "short", kind = "flag",
    help = "a short run: one item per part, walkthroughs and derivations cut to 2 stages" },
  { name = "lesson", value = "NAME", kind = "string",
    help = "only these lessons: NAME[,NAME...], or -NAME to leave one out (see drill list.lua)" },
}, {
  usage = "[--level junior|mid|senior|research] [--minutes N] [--short] [--lesson NAME]",
  text = "A mock interview for a role level, mixing the formats in the proportions that level is\n"
    .. "asked. Plans (parts in order):\n"
    .. "  junior    6 rapid fire, 1 deep dive, 1 short scenario (its first 3 stages)\n"
    .. "  mid       4 rapid fire, 1 deep dive, 1 scenario, 1 derivation\n"
    .. "  senior    3 rapid fire, 1 deep dive, 2 scenarios (design, failure modes),\n"
    .. "            1 derivation if 10 minutes are left\n"
    .. "  research  3 rapid fire, 1 deep dive, 2 derivations, 1 scenario\n"
    .. "Questions are chosen at the level where the banks have them. The clock shows at every\n"
    .. "prompt; when the time is up the current question is finished and the report follows.\n"
    .. "The report gives a hire signal (strong hire, hire, lean hire, lean no hire, no hire) per\n"
    .. "format and per area, a recommendation for the level and what to work on.\n"
    .. "An answer ends at an empty line; :hint, :skip, :reveal, :again, :edit, :quit and :help\n"
    .. "work at every prompt. :quit, Ctrl-C or end of input ends with the report so far.",
})

local level = opts.level
local minutes = opts.minutes or plan.PLANS[level].minutes
if minutes <= 0 or minutes ~= minutes or minutes > 24 * 60 then
  cli.usage_error(("--minutes takes a number of minutes above 0 (a fraction is fine), not '%s'"):format(opts.minutes))
end
local all = drill.bank.questions()
local pool = opts.lesson and pick.filter(all, { lesson = opts.lesson }) or all
local parts = plan.choose(pool, level, plan.plan(level, opts.short))
if #parts == 0 then
  local why = opts.lesson and ("lesson '%s' has no questions for a mock interview\nLessons: %s"):format(opts.lesson,
    table.concat(pick.values(all, "lesson"), ", ")) or "the loaded banks have no questions for a mock interview"
  cli.usage_error(why)
end

local s = session.new({ mode = "mock", title = "Mock interview" })
local clock = plan.attach(s, minutes, parts)

s:banner(("%s level · %s on the clock · %d parts"):format(level, session.clock(minutes * 60), #parts),
  "Answer as you would to an interviewer: the core in a sentence, then the depth asked for. "
  .. "Every answer is graded; the report at the end reads like an interviewer's write-up.")
ui.say(ui.style("bold", "Plan"))
local rows = {}
for i, p in ipairs(parts) do
  rows[i] = { ("  Part %d"):format(i), p.title, plan.describe(p), plan.FORMATS[p.kind].area }
end
ui.say(ui.columns(rows))

local stopped, reached
local notes = {}
for pi, p in ipairs(parts) do
  -- the first question is always asked, however short the clock
  if pi > 1 and clock.over() then
    stopped = "time"
    break
  end
  if p.optional and clock.left() < p.optional * 60 then
    notes[#notes + 1] = ("Part %d (%s) left out: under %d minutes were left."):format(pi, p.title, p.optional)
  else
    clock.part, reached = pi, pi
    for i = 1, #p.items do
      if (pi > 1 or i > 1) and clock.over() then
        stopped = "time"
        break
      end
      if i == 1 or p.kind ~= "rapid" then plan.header(clock, p, i) end
      local item = plan.run_item(s, clock, p, i)
      if item.stopped then
        stopped = item.stopped
        break
      end
    end
    if stopped then break end
  end
end
if stopped == "time" then
  ui.say("")
  ui.say(ui.style("yellow", ("Time is up (%s): that was the last question."):format(session.clock(clock.total))))
end

plan.report(s, { level = level, clock = clock, parts = parts, reached = reached or 0, stopped = stopped,
  notes = notes })
s:grading_failures()
return s:exit_code()
