-- Deep dive: a few topics, each followed down its chain until an answer fails.
drill.need(1)
local cli = require("lib.cli")
local pick = require("lib.questions")
local session = require("lib.session")
local deepdive = require("lib.modes.deepdive")

local opts = cli.parse({ ... }, {
  { name = "topics", value = "N", kind = "integer", min = 1, default = 3,
    help = "topics to go through (default 3; a round is 3-5)" },
  { name = "topic", value = "TOPIC", kind = "string", help = "dive into this one topic" },
  { name = "lesson", value = "NAME", kind = "string",
    help = "only topics of these lessons: NAME[,NAME...], or -NAME to leave one out (see drill list.lua)" },
  { name = "level", value = "LEVEL", kind = "string", choices = { "junior", "mid", "senior", "research" },
    help = "only topics asked at this role level" },
}, {
  usage = "[--topics N | --topic TOPIC] [--lesson NAME] [--level LEVEL]",
  text = "Goes through a few topics the way an interviewer digs: the broad question first, then\n"
    .. "deeper follow-ups while your answers pass. The first answer that fails, or that you skip\n"
    .. "or reveal, ends the topic: that is where your knowledge ends for now, and the closing\n"
    .. "report says how deep you went on each topic and what to read next. Answers are graded in\n"
    .. "full (a deep-dive answer should be complete, not just its core). An answer ends at an\n"
    .. "empty line; :hint, :skip, :reveal, :again, :edit, :quit and :help work at every prompt.\n"
    .. "Ctrl-C or end of input (Ctrl-D) stops early, with the summary so far.",
})

local all = drill.bank.questions()
local count = opts.topic and 1 or opts.topics
local items = deepdive.pick(all, { topic = opts.topic, lesson = opts.lesson, level = opts.level, count = count })
if #items == 0 then
  -- name the values that do have a chain, for whichever filter was given
  local have = deepdive.candidates(all)
  local lines = { "no deep-dive topics match the filters" }
  if #have == 0 then
    lines[#lines + 1] = "(no loaded question has follow-ups)"
  else
    if opts.topic then lines[#lines + 1] = "Topics: " .. table.concat(pick.values(have, "topic"), ", ") end
    if opts.lesson then lines[#lines + 1] = "Lessons: " .. table.concat(pick.values(have, "lesson"), ", ") end
    if opts.level and not opts.topic and not opts.lesson then
      lines[#lines + 1] = "Topics: " .. table.concat(pick.values(have, "topic"), ", ")
    end
  end
  cli.usage_error(table.concat(lines, "\n"))
end

local s = session.new({ mode = "deepdive", title = "Deep dive" })
s:banner(("%d topic%s"):format(#items, #items == 1 and "" or "s"),
  "Each topic starts broad and goes deeper while your answers pass; the first answer that fails shows "
    .. "where your knowledge ends. Answer completely: summary, intuition, technical depth, practice.")

local done = {}
for i, q in ipairs(items) do
  local item = deepdive.run(s, q, { index = i, total = #items })
  done[#done + 1] = item
  if item.stopped then break end
end

s:summary({ before = function() deepdive.report(done) end })
return s:exit_code()
