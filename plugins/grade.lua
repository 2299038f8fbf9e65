-- Grades one answer from standard input with the full feedback, for rubric authors.
drill.need(1)
local cli = require("lib.cli")
local ui = require("lib.ui")
local grade = require("lib.grade")

local opts = cli.parse({ ... }, {
  { name = "question", value = "ID", kind = "string", help = "the question to grade against (required)" },
  { name = "part", value = "ID", kind = "string", help = "a stage or step of it (id or number)" },
  { name = "format", value = "FMT", kind = "string", default = "text", choices = { "text", "json" },
    help = "text (default) or json" },
  { name = "level", value = "L", kind = "string", default = "full", choices = { "full", "core" },
    help = "full (default) or core: the rubric's core concepts only" },
}, {
  usage = "--question ID [--part ID] [--level full|core] [--format text|json] < answer.txt",
  text = "Reads an answer from standard input (to its end) and shows how each grader scores it:\n"
    .. "which concepts it states and by which alternative, what it misses, misconceptions, coaching.",
})
if not opts.question then cli.usage_error("--question ID is required") end
local q = drill.bank.get(opts.question)
if not q then
  local near = drill.bank.suggest(opts.question)
  drill.exit(65, ("drill: grade.lua: unknown question id %q%s"):format(opts.question,
    near and (" (did you mean %q?)"):format(near) or ""))
end
local part
if opts.part then
  for i, p in ipairs(q.stages or q.steps or {}) do
    if p.id == opts.part or tostring(i) == opts.part then part = p end
  end
  if not part then drill.exit(65, ("drill: grade.lua: question %q has no stage or step %q"):format(q.id, opts.part)) end
end

-- the whole of standard input is the answer
local answer, rerr = drill.term.read_all()
if not answer then drill.exit(65, "drill: grade.lua: " .. rerr) end

local r, err, kind = grade.answer(q, answer, { part = part, level = opts.level })
if not r then drill.exit(70, ("drill: grade.lua: %s (%s)"):format(err, kind)) end

if opts.format == "json" then
  local out = { question = q.id, part = part and (part.id or opts.part) or nil, score = r.score, pass = r.pass,
    graders = {}, feedback = drill.json.array(r.feedback) }
  for _, g in ipairs(r.graders) do
    out.graders[#out.graders + 1] = { name = g.name, weight = g.weight, score = g.result.score, pass = g.result.pass,
      hits = drill.json.array(g.result.hits), misses = drill.json.array(g.result.misses),
      misconceptions = drill.json.array(g.result.misconceptions or {}),
      contradictions = drill.json.array(g.result.contradictions or {}) }
  end
  if r.coach then out.coach = { score = r.coach.score, checks = r.coach.checks } end
  drill.term.write(drill.json.encode(out, { indent = 2 }), "\n")
  return r.pass and 0 or 1
end

local style = ui.style
ui.say(style("bold", q.id), part and (" · " .. (part.title or part.id or opts.part)) or "", "  ",
  r.pass and style("green", "✓ pass") or style("red", "✗ fail"), "  ", style("bold", ui.percent(r.score)))
for _, g in ipairs(r.graders) do
  local res = g.result
  ui.say("")
  ui.say(style("cyan", g.name), style("dim", (" · weight %g · %s"):format(g.weight, ui.percent(res.score))))
  for _, h in ipairs(res.hits or {}) do
    local how = h.own_words and " ← in your own words"
      or h.pattern and (" ← /%s/%s%s"):format(h.pattern, h.typo and (" (typo: %s)"):format(h.typo.from) or "",
        h.about and (" of \"%s\""):format(h.about) or "") or ""
    ui.say(style("green", "  + "), h.name or h.word or "", style("dim", how))
    if h.text then ui.say(style("dim", ("      matched: \"%s\""):format(h.text))) end
  end
  for _, k in ipairs(res.contradictions or {}) do
    ui.say(style("red", "  ✗ "), k.name, style("dim", (" (said \"%s\")"):format(k.said or k.text or "")))
    if k.feedback then ui.say(style("dim", ui.wrap(k.feedback, nil, "      "))) end
  end
  for _, m in ipairs(res.misses or {}) do
    if m.contradicted then goto next end -- shown above, with what was said
    local why = m.rival and (" (said of \"%s\")"):format(m.rival)
      or m.negated and " (only as a negation)" or ""
    ui.say(style("yellow", "  - "), (m.name or m.word or ""), m.required and style("dim", " (required)") or "", why)
    if m.feedback then ui.say(style("dim", ui.wrap(m.feedback, nil, "      "))) end
    ::next::
  end
  for _, m in ipairs(res.misconceptions or {}) do
    ui.say(style("red", "  ! "), m.name, style("dim", (" (−%g, \"%s\")"):format(m.penalty, m.text)))
    ui.say(style("dim", ui.wrap(m.feedback, nil, "      ")))
  end
end
if r.coach and #r.coach.feedback > 0 then
  ui.say("")
  ui.say(style("cyan", "coach"), style("dim", " · the answer framework (not part of the score)"))
  for _, line in ipairs(r.coach.feedback) do ui.say(ui.wrap(line, nil, "  ")) end
end
return r.pass and 0 or 1
