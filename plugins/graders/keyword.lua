-- The keyword grader: weighted rubric concepts, each stated by any one of its
-- PCRE2 patterns, less the penalty of each misconception the answer states.
-- A statement only counts when it is made: "does not overfit" does not state
-- "overfits", and a concept said the wrong way round (its `reversed`
-- patterns) does not count either. Long words survive a typo or two.
local M = { name = "keyword", api = 1 }

-- Compiled rubrics, keyed by the rubric table itself.
local compiled = setmetatable({}, { __mode = "k" })

local function compile_patterns(q, list, what)
  local res = {}
  for j, p in ipairs(list or {}) do
    local re, err = drill.re.compile(p, "i")
    if not re then
      error(("%s: question %q: %s: pattern %d: %s"):format(q.source or "?", q.id or "?", what, j, err), 0)
    end
    res[j] = re
  end
  return res
end

-- Words of at least five letters that the rubric's author wrote, for typo
-- correction: from the concept names, their feedback and the model answer.
local function vocabulary(rubric, model)
  local seen, words = {}, {}
  local function add(text)
    for _, w in ipairs(drill.text.words(drill.text.normalize(text or "", true))) do
      if drill.text.length(w) >= 5 and not seen[w] then
        seen[w] = true
        words[#words + 1] = w
      end
    end
  end
  add(model)
  for _, c in ipairs(rubric.concepts) do
    add(c.name)
    add(c.feedback)
  end
  return drill.text.vocab(words)
end

-- One regex set per list: a single call into C finds each item's first stating alternative.
local function compile_set(q, items, what)
  local groups = {}
  for i, item in ipairs(items or {}) do groups[i] = item.patterns end
  local set, err, g, j = drill.re.set(groups, "i")
  if not set then
    error(("%s: question %q: %s %q: pattern %d: %s"):format(q.source or "?", q.id or "?", what,
      items[g].name or g, j, err), 0)
  end
  return set
end

-- A statement that is itself a denial ("not available at prediction time",
-- "wouldn't have") is stated *with* a negation, so negation does not cancel it.
local denial = drill.re.compile([[\bnot\b|n't|\bnever\b|\bwithout\b|\bcannot\b|\bno\b|\(\?:not\||\bun\b]], "i")
local function negative(items)
  local out = {}
  for i, item in ipairs(items or {}) do
    for _, p in ipairs(item.patterns) do
      if denial:test(p) then out[i] = true end
    end
  end
  return out
end

local function compile(q, rubric, model)
  local c = compiled[rubric]
  if c then return c end
  c = { concepts = {}, reversed = {}, misconceptions = {}, total = 0, vocab = vocabulary(rubric, model),
    concept_set = compile_set(q, rubric.concepts, "concept"),
    concept_negative = negative(rubric.concepts), misconception_negative = negative(rubric.misconceptions),
    misconception_set = compile_set(q, rubric.misconceptions, "misconception") }
  for i, concept in ipairs(rubric.concepts) do
    local what = ("concept %q"):format(concept.name or i)
    c.concepts[i] = compile_patterns(q, concept.patterns, what)
    c.reversed[i] = compile_patterns(q, concept.reversed, what .. " (reversed)")
    c.total = c.total + (concept.weight or 1)
  end
  for i, m in ipairs(rubric.misconceptions or {}) do
    c.misconceptions[i] = compile_patterns(q, m.patterns, ("misconception %q"):format(m.name or i))
  end
  compiled[rubric] = c
  return c
end

-- Words that deny what follows them within the same clause.
local negators = {
  ["not"] = true, ["no"] = true, ["never"] = true, ["none"] = true, ["neither"] = true, ["nor"] = true,
  ["without"] = true, ["cannot"] = true, ["hardly"] = true, ["barely"] = true, ["nothing"] = true,
}
-- "not only X" and "no longer than" state X, they do not deny it.
local not_denials = { ["only"] = true, ["just"] = true, ["merely"] = true }

local any_negator = drill.re.compile([[\b(?:not|no|never|none|neither|nor|without|cannot|hardly|barely|nothing)\b|n't\b]], "i")

-- Is the match starting at byte s denied by a negation shortly before it, in the same clause?
local function negated(text, s)
  -- the window starts on a character boundary: PCRE2 refuses a subject that opens
  -- inside a character (the text is valid UTF-8, so skip continuation bytes)
  local start = math.max(1, s - 60)
  while start < s and text:byte(start) & 0xC0 == 0x80 do start = start + 1 end
  local before = text:sub(start, s - 1)
  if not any_negator:test(before) then return false end
  -- the clause starts after the last sentence or clause break
  local cut = 0
  local i = 1
  while true do
    local a, b = before:find("[.;:!?]", i)
    if not a then break end
    cut, i = b, b + 1
  end
  for _, sep in ipairs({ " but ", " however ", " whereas ", " while ", " although " }) do
    local from = 1
    while true do
      local a, b = before:find(sep, from, true)
      if not a then break end
      if b > cut then cut = b end
      from = b + 1
    end
  end
  local words = drill.text.words(before:sub(cut + 1):lower())
  for k = #words, math.max(1, #words - 3), -1 do
    local w = words[k]
    if negators[w] or w:sub(-3) == "n't" then
      local nxt = words[k + 1]
      if not (nxt and not_denials[nxt]) then return true end
    end
  end
  return false
end

-- The first alternative with a match that is not denied: index, matched text.
-- Also reports whether some match was found only in a denied form.
local function stated(res, text)
  local denied = false
  for j, re in ipairs(res) do
    local init = 1
    while init <= #text + 1 do
      local s, e = re:find(text, init)
      if not s then break end
      if not negated(text, s) then return j, text:sub(s, e), denied end
      denied = true
      init = e >= s and e + 1 or s + 1
    end
  end
  return nil, nil, denied
end

local questions = require("lib.questions")
local function model_text(q, ctx)
  return ctx and ctx.model or questions.model_text(q)
end

-- grade(question, answer, ctx) -> result
-- ctx.rubric (default q.rubric): the rubric to grade against (a stage's or a step's, say);
-- ctx.model: its model answer text.
-- result = {grader, score 0..1, pass, hits = {{name, weight, alternative, pattern, text, typo}},
--           misses = {{name, weight, required, feedback, negated, reversed}},
--           misconceptions = {{name, penalty, feedback, text}}, feedback = {lines}}
function M.grade(q, answer, ctx)
  local rubric = ctx and ctx.rubric or q.rubric
  if not (rubric and rubric.concepts) then
    error(("question %q has no rubric concepts for the keyword grader"):format(q.id or "?"), 0)
  end
  local c = compile(q, rubric, model_text(q, ctx))
  local text = drill.text.normalize(answer or "")
  local r = { grader = M.name, hits = {}, misses = {}, misconceptions = {}, feedback = {} }
  local corrected, fixes
  local got, required_missed = 0, false
  local scan = c.concept_set:scan(text)
  for i, concept in ipairs(rubric.concepts) do
    local w = concept.weight or 1
    local j, matched, denied
    local alt, s0, e0 = scan[3 * i - 2], scan[3 * i - 1], scan[3 * i]
    if alt > 0 and (c.concept_negative[i] or not negated(text, s0)) then
      j, matched = alt, text:sub(s0, e0)
    elseif alt > 0 then
      j, matched, denied = stated(c.concepts[i], text) -- a denied first match: look for another
    end
    local typo
    if not j and text ~= "" then
      if corrected == nil then
        -- typos are tolerated by the length of the word (drill.text.vocab): none below five letters
        corrected, fixes = c.vocab:correct(text)
        corrected = corrected or false
      end
      if corrected then
        j, matched = stated(c.concepts[i], corrected)
        if j then
          -- the correction that made it match: the corrected word overlaps the match
          local lm = matched:lower()
          for _, f in ipairs(fixes) do
            if lm:find(f.to, 1, true) or f.to:find(lm, 1, true) then typo = f end
          end
        end
      end
    end
    local backwards = j and #c.reversed[i] > 0 and stated(c.reversed[i], text)
    if j and not backwards then
      got = got + w
      r.hits[#r.hits + 1] = { name = concept.name, weight = w, alternative = j, pattern = concept.patterns[j],
        text = matched, typo = typo }
    else
      if concept.required then required_missed = true end
      r.misses[#r.misses + 1] = { name = concept.name, weight = w, required = concept.required or false,
        feedback = concept.feedback, negated = (not j and denied) or nil, reversed = backwards and true or nil }
    end
  end
  local penalty = 0
  local mscan = #(rubric.misconceptions or {}) > 0 and c.misconception_set:scan(text)
  for i, m in ipairs(rubric.misconceptions or {}) do
    local j, matched
    local alt, s0, e0 = mscan[3 * i - 2], mscan[3 * i - 1], mscan[3 * i]
    if alt > 0 and (c.misconception_negative[i] or not negated(text, s0)) then
      j, matched = alt, text:sub(s0, e0)
    elseif alt > 0 then
      j, matched = stated(c.misconceptions[i], text)
    end
    if j then
      penalty = penalty + (m.penalty or 0.25)
      r.misconceptions[#r.misconceptions + 1] = { name = m.name, penalty = m.penalty or 0.25,
        feedback = m.feedback, text = matched }
    end
  end
  local score = (c.total > 0 and got / c.total or 0) - penalty
  r.score = math.max(0, math.min(1, score))
  r.pass = r.score >= (rubric.pass or 0.6) and not required_missed
  r.required_missed = required_missed
  if text == "" then r.feedback[#r.feedback + 1] = "No answer given." end
  for _, m in ipairs(r.misses) do
    local how = m.reversed and " (stated the wrong way round)" or m.negated and " (stated only as a negation)" or ""
    r.feedback[#r.feedback + 1] = ("Missing%s: %s%s. %s"):format(m.required and " (required)" or "", m.name, how,
      m.feedback)
  end
  for _, m in ipairs(r.misconceptions) do
    r.feedback[#r.feedback + 1] = ("Misconception: %s (\"%s\"). %s"):format(m.name, m.text, m.feedback)
  end
  for _, h in ipairs(r.hits) do
    if h.typo then
      r.feedback[#r.feedback + 1] = ("Read \"%s\" as \"%s\"."):format(h.typo.from, h.typo.to)
    end
  end
  return r
end

return M
