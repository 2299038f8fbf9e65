-- Checks question banks (and plugins): the format, then content rules.
drill.need(1)
local cli = require("lib.cli")
local pick = require("lib.questions")
local keyword = require("graders.keyword")
local rubrics = require("lib.rubric")

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

-- Patterns that reward their own contrast, concepts a bare topic word meets,
-- contrasts that the concept's own statement makes (rubric format v2).
-- Words that say the opposite of a word inside them.
local NEGATED = {}
for w in ([[unweighted unlabeled unlabelled unbalanced imbalanced unregularized unregularised unnormalized
  unnormalised unscaled unsupervised uncorrelated decorrelated unbiased unstable nonlinear non-linear
  nonconvex non-convex nonparametric non-parametric nonzero unseen unknown
  unconstrained independent insignificant inconsistent irrelevant uninformative unimportant incorrect
  inaccurate unreliable unobserved non-differentiable nondifferentiable invalid untrained unpruned
  unsorted undetected unexplained uncertain nonstationary non-stationary]]):gmatch("%S+") do
  NEGATED[#NEGATED + 1] = w
end
local function pattern_lints(q, where, what, rubric)
  local prompt = (q.prompt or "") .. " " .. (q.topic or ""):gsub("-", " ")
  local function word_in_prompt(w)
    return drill.re.compile("\\b" .. w:gsub("%p", "\\%0") .. "s?\\b", "i"):test(prompt)
  end
  for _, c in ipairs(rubric.concepts or {}) do
    local cname = ("%s: concept %q"):format(what, c.name or "?")
    local function each(list, fn)
      for _, p in ipairs(list or {}) do
        local re = drill.re.compile(p, "i")
        if re then fn(p, re) end
      end
    end
    local function prefix_check(p)
      local low = p:lower()
      for _, neg in ipairs(NEGATED) do
        local base = neg:gsub("^non%-", ""):gsub("^non", ""):gsub("^un", ""):gsub("^i[nmr]", ""):gsub("^de", "")
        local from = 1
        while true do
          local at = low:find(base, from, true)
          if not at then break end
          -- where a match can start: the pattern's start, or an alternative of a group that opens it
          local lead = low:sub(1, at - 1)
          local open = at == 1 or (lead:match("^%(%?:[^()]*$") and lead:sub(-1):match("[:|]"))
          local whole = not low:sub(at + #base, at + #base):match("%a")
          if open and whole and not low:find(neg, 1, true) then
            local fix = neg:find("-", 1, true) and ("put (?<!%s) before it"):format(neg:sub(1, neg:find("-", 1, true)))
              or "start it with \\b"
            report("warning", where, ("%s: pattern /%s/ also matches inside \"%s\", which says the opposite: %s")
              :format(cname, p, neg, fix))
            return
          end
          from = at + 1
        end
      end
    end
    each(c.patterns, prefix_check)
    if c.claim then
      each(c.claim.says, prefix_check)
      each(c.claim.subject, prefix_check)
    end
    -- one bare word from the question states nothing
    each(c.patterns, function(p)
      local word = p:gsub("\\b", ""):match("^([%a%-]+)s?%??$")
      if word and word_in_prompt(word) then
        report("warning", where, ("%s: the bare word /%s/ from the question meets the concept; "
          .. "ask for what is said about it (a claim)"):format(cname, p))
      end
    end)
  end
  -- a contrast that the concept's own statement makes would contradict the model answer
  local c = rubrics.compile(q, rubric)
  for i, concept in ipairs(rubric.concepts or {}) do
    local own = drill.text.normalize((concept.statement or "") .. " " .. (concept.feedback or ""))
    for _, p in ipairs(concept.claim and concept.claim.contrasts or {}) do
      local re = drill.re.compile(p, "i")
      if re and re:find(own) then
        report("warning", where, ("%s: concept %q: contrast /%s/ matches the concept's own statement"):format(
          what, concept.name or i, p))
      end
    end
  end
  local marked, claims = false, false
  for _, concept in ipairs(rubric.concepts or {}) do
    marked = marked or concept.core == true
    claims = claims or concept.claim ~= nil
  end
  if claims and not marked then
    report("warning", where, what .. ": no concept is marked core, so rapid-fire grading takes the required ones")
  end
  return c
end

-- The course's answers open with one crisp sentence: a summary of 30 words or fewer.
local SUMMARY_WORDS = 30
local function check_summary(where, what, answer)
  if type(answer) ~= "table" or type(answer.summary) ~= "string" then return end
  local words = 0
  for _ in answer.summary:gmatch("%S+") do words = words + 1 end
  if words > SUMMARY_WORDS then
    report("warning", where, ("%s: the summary runs to %d words; the framework's one-sentence summary keeps to %d")
      :format(what, words, SUMMARY_WORDS))
  end
end

local function check_question(q, where)
  local id = ("question %q"):format(q.id)
  check_summary(where, id, q.answer)
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
  if q.rubric then pattern_lints(q, where, id, q.rubric) end
  for _, key in ipairs({ "stages", "steps" }) do
    for i, part in ipairs(q[key] or {}) do
      local what = ("%s %s %s"):format(id, key == "stages" and "stage" or "step", part.id or i)
      check_model(q, where, what, part.answer, part.rubric)
      check_summary(where, what, part.answer)
      if part.rubric then pattern_lints(q, where, what, part.rubric) end
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
