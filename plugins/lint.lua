-- Checks question banks (and plugins): the format, then content rules.
drill.need(1)
local cli = require("lib.cli")
local pick = require("lib.questions")
local keyword = require("graders.keyword")

local opts, paths = cli.parse({ ... }, {
  { name = "strict", kind = "flag", help = "treat warnings as errors" },
  { name = "quiet", kind = "flag", help = "print only problems" },
}, {
  usage = "[--strict] [PATH...]",
  text = "Checks bank files (or every *.json file of a directory) and Lua plugins.\n"
    .. "Without a PATH it checks the banks drill would load. Exit 0 when clean, 65 when not.",
})

local _, diags, counts, questions = drill.bank.check(table.unpack(paths))
local errors, warnings = #diags, 0
for _, d in ipairs(diags) do drill.term.ewrite(d, "\n") end

local function report(kind, where, msg)
  drill.term.ewrite(("%s: %s: %s\n"):format(where, kind, msg))
  if kind == "error" then errors = errors + 1 else warnings = warnings + 1 end
end

-- A model answer that fails its own rubric means the rubric (or the answer) is wrong.
local function check_model(q, where, what, answer, rubric)
  if not rubric then return end
  local text = type(answer) == "table" and pick.model_text({ answer = answer }) or answer
  local good, r = pcall(keyword.grade, q, text, { rubric = rubric, model = text, own_words = false })
  if not good then
    report("error", where, ("%s: %s"):format(what, r))
  elseif not r.pass then
    local missed = {}
    for _, m in ipairs(r.misses) do missed[#missed + 1] = m.name end
    for _, m in ipairs(r.misconceptions) do missed[#missed + 1] = "misconception " .. m.name end
    report("error", where, ("%s: the model answer fails its own rubric (%d%%; %s)"):format(
      what, math.floor(r.score * 100 + 0.5), table.concat(missed, "; ")))
  end
end

local function check_question(q, where)
  local id = ("question %q"):format(q.id)
  if not q.rubric then
    report("warning", where, id .. ": no rubric, so answers can only be compared with the model answer")
  else
    if #q.rubric.concepts < 3 then
      report("warning", where, id .. ": the rubric has fewer than three concepts")
    end
    if not q.rubric.misconceptions or #q.rubric.misconceptions == 0 then
      report("warning", where, id .. ": the rubric names no misconception")
    end
  end
  if type(q.answer) ~= "table" then
    report("warning", where, id .. ": the model answer is not in the four steps")
  end
  if q.format == "rapid-fire" and not q.time_limit then
    report("warning", where, id .. ": a rapid-fire question without a time_limit")
  end
  check_model(q, where, id, q.answer, q.rubric)
  for _, key in ipairs({ "stages", "steps" }) do
    for i, part in ipairs(q[key] or {}) do
      check_model(q, where, ("%s %s %s"):format(id, key == "stages" and "stage" or "step", part.id or i),
        part.answer, part.rubric)
    end
  end
  for _, f in ipairs(q.followups or {}) do
    if type(f) == "table" then check_question(f, where) end
  end
end

for _, q in ipairs(questions or {}) do
  check_question(q, q.source)
end

local failed = errors > 0 or (opts.strict and warnings > 0)
if not opts.quiet or failed then
  print(("lint: %d file%s, %d question%s: %d error%s, %d warning%s"):format(
    counts.files, counts.files == 1 and "" or "s", counts.questions, counts.questions == 1 and "" or "s",
    errors, errors == 1 and "" or "s", warnings, warnings == 1 and "" or "s"))
end
if failed then
  -- missing input stays 66; everything else wrong with the data is 65
  return counts.status == 66 and 66 or 65
end
return 0
