-- Scenario walkthrough: a design problem answered stage by stage, each graded.
drill.need(1)
local cli = require("lib.cli")
local engine = require("lib.modes.scenario")
local session = require("lib.session")

local opts = cli.parse({ ... }, {
  { name = "scenario", value = "ID", kind = "string",
    help = "this scenario only (drill list.lua --question-format scenario lists them)" },
  { name = "count", value = "N", kind = "integer", min = 1, default = 1,
    help = "scenarios to walk through (default 1)" },
  { name = "lesson", value = "NAME", kind = "string", help = "only scenarios of these lessons (NAME[,NAME...], -NAME leaves one out)" },
  { name = "level", value = "LEVEL", kind = "string", choices = { "junior", "mid", "senior", "research" },
    help = "only scenarios asked at this role level" },
  { name = "topic", value = "TOPIC", kind = "string", help = "only this topic" },
}, {
  usage = "[--scenario ID | --count N] [--lesson NAME] [--level LEVEL] [--topic TOPIC]",
  text = "Describes a situation, as in a system-design interview, then walks through it stage by\n"
    .. "stage: clarifying questions, data, model choice, evaluation, trade-offs, deployment. Each\n"
    .. "stage's answer is graded against its own rubric. Ask your clarifying questions as questions:\n"
    .. "that earns credit. At the end your answers are shown beside the model walkthrough.\n"
    .. "An answer ends at an empty line; :hint, :skip, :reveal, :again, :edit, :quit and :help work\n"
    .. "at every prompt. Ctrl-C or end of input (Ctrl-D) stops early, with the summary so far.",
})

local all = drill.bank.questions()
local pool = engine.pool(all)
if #pool == 0 then
  cli.usage_error("the loaded banks have no scenario walkthroughs (scenario questions with stages)")
end

local function ids()
  local out = {}
  for _, q in ipairs(pool) do out[#out + 1] = q.id end
  table.sort(out)
  return "\nScenarios: " .. table.concat(out, ", ")
end

local items
if opts.scenario then
  local q, err = engine.find(all, opts.scenario)
  if not q then cli.usage_error(err .. ids()) end
  items = { q }
else
  items = engine.pick(all, opts)
  if #items == 0 then
    -- name the valid values of the filters given
    local lines = {}
    for _, f in ipairs({ "lesson", "level", "topic" }) do
      if opts[f] then
        local valid = table.concat(engine.values(pool, f), ", ")
        lines[#lines + 1] = ("%s%ss: %s"):format(f:sub(1, 1):upper(), f:sub(2), valid)
      end
    end
    cli.usage_error("no scenarios match the filters\n" .. table.concat(lines, "\n"))
  end
end

local n = #items
local s = session.new({ mode = "scenario", title = "Scenario walkthrough" })
s:banner(("%d scenario%s"):format(n, n == 1 and "" or "s"),
  "Answer each stage in a few sentences, as you would aloud; start by asking your clarifying questions.")

local done = {}
for i, q in ipairs(items) do
  local item = engine.run(s, q, { index = i, of = n })
  done[#done + 1] = item
  if item.stopped then break end
end

s:summary()
engine.report(done)
return s:exit_code()
