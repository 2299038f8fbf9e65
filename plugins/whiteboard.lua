-- Whiteboard derivations: derive a result step by step, each step graded.
drill.need(1)
local cli = require("lib.cli")
local pick = require("lib.questions")
local session = require("lib.session")
local wb = require("lib.modes.whiteboard")

local opts = cli.parse({ ... }, {
  { name = "count", value = "N", kind = "integer", min = 1, default = 1,
    help = "derivations to work through (default 1)" },
  { name = "derivation", value = "ID", kind = "string",
    help = "this derivation only (drill list.lua --question-format derivation lists them)" },
  { name = "lesson", value = "NAME", kind = "string", help = "only derivations of these lessons (NAME[,NAME...], -NAME leaves one out)" },
  { name = "level", value = "LEVEL", kind = "string", choices = { "junior", "mid", "senior", "research" },
    help = "only derivations asked at this role level" },
  { name = "topic", value = "TOPIC", kind = "string", help = "only this topic" },
}, {
  usage = "[--derivation ID | --count N] [--lesson NAME] [--level LEVEL] [--topic TOPIC]",
  text = "Works through a derivation the way an interviewer asks for one at the whiteboard: the goal,\n"
    .. "then one step at a time. Write each step in plain-text math (sigma(z)(1 - sigma(z)),\n"
    .. "X^T (Xw - y), σ(z)(1−σ(z)) all read); a step passes when its key expressions are there.\n"
    .. "A missed step gets a hint and one more try; a second miss shows the step. At the end the\n"
    .. "whole derivation is shown, each step marked with how it went.\n"
    .. "An answer ends at an empty line; :hint, :skip, :reveal, :again, :edit, :quit and :help work\n"
    .. "at every prompt. Ctrl-C or end of input (Ctrl-D) stops early, with the summary so far.",
})

local all = drill.bank.questions()
local derivations = wb.derivations(all)
local function ids()
  local out = {}
  for _, q in ipairs(derivations) do out[#out + 1] = q.id end
  return table.concat(out, ", ")
end

if #derivations == 0 then cli.usage_error("the loaded banks have no derivations") end
-- The derivation meant by a mistyped id: drill's nearest id when it is a derivation, else the
-- one derivation whose id contains what was typed ("ridge" -> "drv.ridge-closed-form").
local function did_you_mean(typed)
  local near, found = drill.bank.suggest(typed), {}
  for _, q in ipairs(derivations) do
    if q.id == near then return near end
    if q.id:lower():find(typed:lower(), 1, true) then found[#found + 1] = q.id end
  end
  return #found == 1 and found[1] or nil
end

if opts.derivation and not drill.bank.get(opts.derivation) then
  local near = did_you_mean(opts.derivation)
  cli.usage_error(("unknown derivation %q%s\nDerivations: %s"):format(opts.derivation,
    near and (" (did you mean %q?)"):format(near) or "", ids()))
end

local list = wb.pick(all, opts)
if #list == 0 then
  if opts.derivation then
    cli.usage_error(("%s is not a derivation\nDerivations: %s"):format(opts.derivation, ids()))
  end
  local valid = {}
  if opts.lesson then valid[#valid + 1] = "Lessons: " .. table.concat(pick.values(derivations, "lesson"), ", ") end
  if opts.level then valid[#valid + 1] = "Levels: " .. table.concat(wb.levels(derivations), ", ") end
  if opts.topic then valid[#valid + 1] = "Topics: " .. table.concat(pick.values(derivations, "topic"), ", ") end
  cli.usage_error("no derivation matches the filters\n" .. table.concat(valid, "\n"))
end

local s = session.new({ mode = "whiteboard", title = "Whiteboard" })
local steps = 0
for _, q in ipairs(list) do steps = steps + #q.steps end
s:banner(("%d derivation%s · %d steps"):format(#list, #list == 1 and "" or "s", steps),
  "Derive each result one step at a time, in plain-text math; a step passes when its key expressions "
    .. "are there. A missed step gets a hint and one more try.")

local items = {}
for i, q in ipairs(list) do
  local item = wb.run(s, q, { index = i, total = #list })
  items[#items + 1] = item
  if item.stopped then break end
end

s:summary({ before = function() wb.report(items) end })
return s:exit_code()
