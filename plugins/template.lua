-- Writes an answer-file template with the right '## question-id' headings.
--
-- Each question comes as a comment, for a lesson or a list of ids.
drill.need(1)
local cli = require("lib.cli")
local pick = require("lib.questions")

local opts, ids = cli.parse({ ... }, {
  { name = "lesson", value = "NAME", kind = "string", help = "every question of these lessons (NAME[,NAME...], -NAME leaves one out)" },
  { name = "format", value = "F", kind = "string", default = "markdown", choices = { "markdown", "json" },
    help = "markdown (default) or json" },
}, {
  usage = "(--lesson NAME | ID...) [--format markdown|json] > answers/you.md",
  text = "Prints a template with a heading per question, to fill in and check with check.lua.",
})
local qs = {}
if opts.lesson then
  qs = pick.filter(drill.bank.questions(), { lesson = opts.lesson })
  if #qs == 0 then
    cli.usage_error(("no lesson %q (lessons: %s)"):format(opts.lesson,
      table.concat(pick.values(drill.bank.questions(), "lesson"), ", ")))
  end
end
for _, id in ipairs(ids) do
  for part in id:gmatch("[^,%s]+") do
    local q = drill.bank.get(part)
    if not q then
      local near = drill.bank.suggest(part)
      drill.exit(65, ("drill: template.lua: unknown question id %q%s"):format(part,
        near and (" (did you mean %q?)"):format(near) or ""))
    end
    qs[#qs + 1] = q
  end
end
if #qs == 0 then cli.usage_error("give --lesson NAME or question ids") end

if opts.format == "json" then
  local answers = {}
  for _, q in ipairs(qs) do answers[q.id] = "" end
  drill.term.write(drill.json.encode({ answers = answers }, { indent = 2 }), "\n")
  return 0
end
local out = { ("# Answers%s\n\n"):format(opts.lesson and (" — " .. opts.lesson) or ""),
  "Write each answer under its heading; an empty section counts as unanswered.\n" }
for _, q in ipairs(qs) do
  -- the prompt as a comment: check.lua ignores comments
  out[#out + 1] = ("\n## %s\n<!-- %s -->\n\n"):format(q.id, q.prompt:gsub("%-%-", "—"))
end
drill.term.write(table.concat(out))
return 0
