-- The keyword grader: the rubric's concepts, each stated by a pattern or by
-- a claim said of its subject (format v2), less the penalty of each
-- misconception and contradiction the answer states. The evidence comes from
-- one call into the engine (drill.evidence, compiled by lib.rubric); this
-- file turns it into a score, a verdict and feedback. docs/banks.md has the
-- rules, docs/plugins.md the result.
local M = { name = "keyword", api = 1 }

local rubrics = require("lib.rubric")
local lexicon = require("lib.lexicon")
local questions = require("lib.questions")

local CONTRADICTION_PENALTY = 0.25
local MISCONCEPTION_PENALTY = 0.25 -- a misconception's, unless its rubric sets one
local MISSING = { state = "missing" } -- the engine says false for a concept with no evidence at all
-- own words: share of the statement's content words a sentence must say, and at least how many
local OWN_SHARE, OWN_MIN = 0.6, 3

-- A concept's everyday wordings: its `plain`, a string or an array of up to three.
local wordings_of = setmetatable({}, { __mode = "k" })
local function plains(concept)
  local out = wordings_of[concept]
  if out then return out end
  local p = concept.plain
  out = {}
  if type(p) == "string" then
    out[1] = p
  elseif type(p) == "table" then
    for k = 1, 3 do
      if type(p[k]) == "string" then out[#out + 1] = p[k] end
    end
  end
  wordings_of[concept] = out
  return out
end

-- ------------------------------------------------------------------ typos

-- Words of at least five letters that the rubric's author wrote, for typo
-- correction: from the concept names, their feedback, statements and everyday wordings, and
-- the model answer.
local vocabs = setmetatable({}, { __mode = "k" })
local function vocabulary(rubric, model)
  local v = vocabs[rubric]
  if v then return v end
  -- one text, a line each: the words of each, in order, each word once
  local texts = { model or "" }
  for _, c in ipairs(rubric.concepts) do
    texts[#texts + 1] = c.name or ""
    texts[#texts + 1] = c.feedback or ""
    texts[#texts + 1] = c.statement or ""
    texts[#texts + 1] = table.concat(plains(c), "\n")
  end
  v = drill.text.vocab(table.concat(texts, "\n"), 5)
  vocabs[rubric] = v
  return v
end

-- ------------------------------------------------------------- own words

-- Stems through the thesaurus: "average" and "mean" are one stem.
local canon = {}
for _, g in ipairs(lexicon.thesaurus) do
  local head
  for _, p in ipairs(g) do
    if p:match("^%a+$") then
      local s = drill.text.stem(p)
      head = head or s
      if canon[s] == nil then canon[s] = head end
    end
  end
end
-- a stem and the stems it is swapped with
local swap_of = {}
for _, pair in ipairs(lexicon.swaps) do
  for side = 1, 2 do
    for _, f in ipairs(pair[side]) do
      if f:match("^%a+$") then
        local s = drill.text.stem(f)
        swap_of[s] = swap_of[s] or {}
        for _, o in ipairs(pair[3 - side]) do
          if o:match("^%a+$") then swap_of[s][drill.text.stem(o)] = true end
        end
      end
    end
  end
end

local stemmap = drill.evidence.stemmap(canon)

local text_tokens = drill.text.tokens
local function stems(text)
  local set, n = {}, 0
  for _, s in ipairs(text_tokens(text)) do
    s = canon[s] or s
    if not set[s] then
      set[s] = true
      n = n + 1
    end
  end
  return set, n
end

-- What a concept's statement says beyond the question's own words: its stems, how many,
-- and, for each, the stems it is swapped with (swap pairs go both ways, so the partners
-- of a wanted stem are the stems it is swapped for). A sentence of the answer says the
-- statement in other words when it holds most of them and none swapped for its partner
-- (ev:own, in the engine). said: the text to read instead of the statement (one of the
-- concept's everyday wordings, its `plain`). Made once for each concept and wording, handed to
-- the engine and let go: the engine keeps its own copy.
local last_prompt, last_prompt_stems -- the concepts of one question share its prompt
local function target(concept, prompt, said)
  if prompt ~= last_prompt then last_prompt, last_prompt_stems = prompt, stems(prompt) end
  local prompt_stems = last_prompt_stems
  local t = { want = {}, partners = {}, n = 0 }
  local want = t.want
  for st in pairs(stems(said or concept.statement or concept.feedback or "")) do
    if not prompt_stems[st] then want[#want + 1] = st end
  end
  table.sort(want)
  for i, st in ipairs(want) do
    if swap_of[st] then -- a stem swapped with none has no entry
      local list = {}
      for o in pairs(swap_of[st]) do list[#list + 1] = o end
      table.sort(list)
      t.partners[i] = list
    end
  end
  t.n = #want
  return t
end

-- ------------------------------------------------------- disowned statements

-- A wrong statement the answer names only to reject it: framed as a mistake
-- people make ("a common misreading is that ...", "people often assume ...")
-- or disowned right after ("..., which the theorem doesn't say"). Such a
-- statement is not held against the answer; one that a "but in fact" turns
-- back to is.
local FRAME_BEFORE = {
  "common mis%a+", "common mistake", "common error", "common pitfall", "common trap", "misconception",
  "misread", "myth", "mistake is", "mistake to", "wrong to", "not true that", "a trap", "contrary to",
  "don't confuse", "do not confuse", "people %a* ?think", "people %a* ?believe", "people %a* ?assume",
  "people %a* ?say", "people %a* ?claim", "naive%a* ?%a* think", "tempting to", "mix %a+ up",
  "common confusion", "usual confusion", "classic confusion", "frequent confusion", "misunderstand",
  "mix%-up", "classic mistake", "classic error", "usual error", "typical error", "frequent mistake",
  "it's not that", "it is not that", "it isn't that", "not the case that", "fallacy", "folklore",
  "you'll hear", "you will hear", "often hear", "often heard", "often said", "often claimed",
}
-- others said to hold it: "juniors often assume ..." (not the speaker's own "we often say")
for _, who in ipairs({ "folks", "juniors", "candidates", "beginners", "newcomers", "students", "many",
  "some", "others", "everyone", "most", "practitioners", "interviewees" }) do
  for _, verb in ipairs({ "think", "say", "assume", "believe", "claim" }) do
    FRAME_BEFORE[#FRAME_BEFORE + 1] = "%f[%a]" .. who .. " %a* ?" .. verb
  end
end
local FRAME_AFTER = {
  "^[^.;]-doesn't say", "^[^.;]-does not say", "^[^.;]-is wrong", "^[^.;]-is false", "^[^.;]-is a myth",
  "^[^.;]-isn't true", "^[^.;]-is not true", "^[^.;]-is incorrect", "^[^.;]-is a mistake",
  "^[^.;]-is a misreading", "^[^.;]-is a misconception", "^[^.;]-doesn't hold", "^[^.;]-does not hold",
  "^[^.;]-is backwards", "^[^.;]-'s backwards", "^[^.;]-it backwards", "^[^.;]-is the wrong way round",
  "^[^.;]-'s the wrong way round", "^[^.;]-is the wrong way around", "^[^.;]-'s the wrong way around",
  -- an alternative weighed and turned down: "dividing by d_k itself would overcorrect"
  "^[^.;]-would be wrong", "^[^.;]-would be a mistake", "^[^.;]-would be incorrect",
  "^[^.;]-would be backwards", "^[^.;]-would over%-?correct", "^[^.;]-would under%-?correct",
  "^[^.;]-would overshoot", "^[^.;]-would go too far",
  "^[^.;]-is not the case", "^[^.;]-isn't the case", "^[^.;]-gets? it backwards", "^[^.;]-ha[sv]e? it backwards",
  "^[^.;]-the other way round", "^[^.;]-the other way around", "^[^.;]-the reverse is true",
  "^[^.;]-the opposite is true", "^[^.;]-is a fallacy", "^[^.;]-is a %a* ?confusion",
  "^[^.;]-is a %a* ?misunderstanding",
}
-- or rejected as the next sentence opens: "... is a false negative. It isn't: ...", "That's backwards."
-- These, then nothing but punctuation or one of REFUTE_ENDS:
local REFUTE_SHORT = { "it isn't", "it is not", "it's not", "that isn't", "that is not", "that's not",
  "this isn't", "this is not", "not so", "not true", "not quite", "nope", "no", "wrong", "false" }
local REFUTE_ENDS = { "^ true%f[%A]", "^ so%f[%A]", "^ the case%f[%A]", "^ right%f[%A]", "^ correct%f[%A]" }
-- these, then anything but a letter:
local REFUTE = { "that's wrong", "that is wrong", "that's backwards", "that is backwards", "it's backwards",
  "it is backwards", "that's false", "that is false", "that's a myth", "that is a myth", "that's incorrect",
  "that is incorrect", "that's a misconception", "that is a misconception", "that's a mistake",
  "that is a mistake", "that's the wrong way round", "that's the wrong way around",
  "that's the other way round", "that's the other way around", "it's the other way round",
  "it's the other way around", "it is the other way round", "it is the other way around" }
local TURN = { " but ", "in fact", "actually", "rather", "instead", "however", "the truth is", "whereas",
  "backwards", "wrong way", "other way", "not true", "isn't true", "is wrong", "'s wrong", "is false",
  "'s false", "in reality" }
-- the longest word each frame cannot be without, looked for first (a plain search): most
-- sentences hold none, and the pattern is not tried
local function keyed(list)
  for i, f in ipairs(list) do
    local plain = f:gsub("%b[]", " "):gsub("%%.", " "):gsub(".[?*-]", " ")
    local word = ""
    for w in plain:gmatch("[%a']+") do
      if #w > #word then word = w end
    end
    list[i] = { pattern = f, word = word }
  end
end
keyed(FRAME_BEFORE)
keyed(FRAME_AFTER)

-- Does the ! ? ; line break or full stop at i end a sentence? A full stop does when a space
-- follows and it ends no abbreviation ("i.e. ", "i.i.d. "); a point inside a number ("0.9")
-- ends nothing.
local ABBREVIATIONS = { ["i.e"] = true, ["e.g"] = true, ["i.i.d"] = true, ["etc"] = true, ["vs"] = true,
  ["cf"] = true, ["approx"] = true, ["resp"] = true }
local function ends_sentence(lower, i)
  if lower:byte(i) ~= 46 then return true end -- not a full stop
  if not lower:find("^%s", i + 1) then return false end
  local j = i - 1 -- the letters and points before it: "i.i.d", "e.g"
  while j >= 1 and lower:find("^[%a.]", j) do j = j - 1 end
  return not ABBREVIATIONS[lower:sub(j + 1, i - 1)]
end

-- Where the sentence holding position at begins.
local function sentence_start(lower, at)
  local start, from = 1, 1
  while true do
    local i = lower:find("[!?;\n.]", from)
    if not i or i >= at then return start end
    if ends_sentence(lower, i) then start = i + 1 end
    from = i + 1
  end
end

-- Where the sentence holding position at ends (its stop), nil when it runs to the end.
local function sentence_end(lower, at)
  local from = at
  while true do
    local i = lower:find("[!?;\n.]", from)
    if not i or ends_sentence(lower, i) then return i end
    from = i + 1
  end
end

-- Does the sentence after the one ending at `stop` open by rejecting it?
local function refuted_next(lower, stop)
  if not stop or lower:byte(stop) == 59 then return false end -- a ';' goes on
  local next = lower:sub(stop + 1, stop + 60):gsub("^[%s\"'*(]+", ""):gsub("^but ", ""):gsub("^and ", "")
  for _, r in ipairs(REFUTE_SHORT) do
    if next:sub(1, #r) == r then
      local rest = next:sub(#r + 1)
      if rest == "" or rest:find("^%s*[^%w%s']") then return true end
      for _, f in ipairs(REFUTE_ENDS) do
        if rest:find(f) then return true end
      end
    end
  end
  for _, r in ipairs(REFUTE) do
    if next:sub(1, #r) == r and not next:find("^%a", #r + 1) then return true end
  end
  return false
end

local function disowned(lower, at, len)
  if not (lower and at) then return false end
  -- the sentence around the match (lower: the answer in lower case)
  local s = sentence_start(lower, at)
  local e = at + len
  if refuted_next(lower, sentence_end(lower, e)) then return true end
  local after = lower:sub(e, math.min(#lower, e + 80)):match("^[^.!?\n]*") or ""
  local before = lower:sub(s, at - 1)
  for _, f in ipairs(FRAME_BEFORE) do
    local fs, fe
    if before:find(f.word, 1, true) then fs, fe = before:find(f.pattern) end
    -- a comparison with what people think is the speaker's own claim: "it matters less than
    -- (most) people think: ..."
    local lead = fs and before:sub(1, fs - 1)
    if lead and (lead:find("%f[%a]than %a* ?$") or lead:find("%f[%a]as %a* ?$")) then fs = nil end
    if fs then
      local between = before:sub(fe + 1)
      local turned = false
      for _, t in ipairs(TURN) do turned = turned or between:find(t, 1, true) ~= nil end
      if not turned then return true end
    end
  end
  for _, f in ipairs(FRAME_AFTER) do
    if after:find(f.word, 1, true) and after:find(f.pattern) then return true end
  end
  return false
end

-- ------------------------------------------------------------ said of no one

-- A rival's statement said of no one: "of everything flagged, what share is right, and of the
-- real positives, what share it finds", to a question on precision and recall, gives both
-- definitions without saying which is which, no more than an answer that counts them off
-- ("one ..., the other ..."). Where the question names both subjects, the words are another
-- concept's own statement, and the answer states this concept apart from them (a comma or more
-- between: not "they are false positives and false negatives", which maps neither), they are
-- that concept's, and contradict nothing.
-- What the answer answers: the question's prompt and its stage's (a scenario stage, a step).
local function prompt_of(q, ctx)
  return (q.prompt or "") .. " " .. (ctx and ctx.part and ctx.part.prompt or "")
end

local function prompt_names(c, j, prompt)
  c.prompt_names = c.prompt_names or {}
  local known = c.prompt_names[j]
  if known == nil then
    known = false
    local norm = drill.text.normalize(prompt or "")
    for _, p in ipairs(c.concepts[j].roles.subject) do
      local re = drill.re.compile(p, "i")
      if re and re:find(norm) then
        known = true
        break
      end
    end
    c.prompt_names[j] = known
  end
  return known
end

local function said_of_no_one(c, ev, i, k, at, prompt)
  local own = ev.concepts[i]
  if k.via ~= "contrast" or k.about or not (at and k.text and own.via and own.at and own.text) then
    return false
  end
  local e = at + #k.text
  local from, to = math.min(own.at + #own.text, e), math.max(own.at, at)
  if to <= from or not ev.text:sub(from, to - 1):find("[,;:.!?]") or not prompt_names(c, i, prompt) then
    return false
  end
  for j = 1, #c.concepts do
    local o = ev.concepts[j]
    if j ~= i and o and o.via and o.at and o.text and o.at < e and at < o.at + #o.text
      and prompt_names(c, j, prompt) then
      return true
    end
  end
  return false
end

-- ------------------------------------------------------------------ verdict

local function core_set(rubric)
  local core, any = {}, false
  for i, c in ipairs(rubric.concepts) do
    if c.core then
      core[i] = true
      any = true
    end
  end
  if any then return core, true end
  for i, c in ipairs(rubric.concepts) do
    if c.required then
      core[i] = true
      any = true
    end
  end
  if not any then
    for i in ipairs(rubric.concepts) do core[i] = true end
  end
  return core, false
end

-- The pattern behind alternative alt of a role of concept i, as the rubric gave it.
local function source(c, i, role, alt)
  return alt and c.ev:source(i, role, alt) or nil
end

local function model_text(q, ctx)
  return ctx and ctx.model or questions.model_text(q)
end

-- grade(question, answer, ctx) -> result
-- ctx.rubric (default q.rubric): the rubric to grade against (a stage's or a step's);
-- ctx.model: its model answer text; ctx.level: "full" (default) or "core";
-- ctx.own_words: false to credit only what patterns and claims state (lint.lua checks rubrics so).
-- result = {grader, score 0..1, pass, level,
--           hits = {{name, weight, core, via, alternative, pattern, text, about, typo, own_words}},
--           misses = {{name, weight, core, required, feedback, negated, reversed, contradicted, rival}},
--           contradictions = {{name, text, said, about, feedback}},
--           misconceptions = {{name, penalty, feedback, text}}, feedback = {lines}}
function M.grade(q, answer, ctx)
  local rubric = ctx and ctx.rubric or q.rubric
  if not (rubric and rubric.concepts) then
    error(("question %q has no rubric concepts for the keyword grader"):format(q.id or "?"), 0)
  end
  local level = ctx and ctx.level or "full"
  local c = rubrics.compile(q, rubric)
  rubric = c.rubric -- the plain copy: faster to read than the view the grader is given
  local ev = c.ev:run(answer or "")
  local text = ev.text
  local r = { grader = M.name, level = level, hits = {}, misses = {}, contradictions = {}, misconceptions = {},
    feedback = {} }
  if not c.core then c.core, c.marked = core_set(rubric) end
  local core, marked = c.core, c.marked

  -- typos: the answer read again with long words corrected, for what it did not state
  local fixed, fixes
  local function corrected()
    if fixed == nil then
      -- a word the banks use is a word in its own right, never a typo of a rubric word
      -- ("squaring" is not "smearing")
      local t, f = vocabulary(rubric, model_text(q, ctx)):correct(text, drill.bank.vocab())
      fixed, fixes = t and c.ev:run(t) or false, f
    end
    return fixed
  end
  local low
  local function lower()
    low = low or text:lower()
    return low
  end
  -- own words: a sentence that says the concept's statement beyond the question's words
  -- or, where the rubric gives them, one of its everyday wordings (its `plain`), kept in the
  -- engine after the concepts' own
  local function own(i, concept)
    c.own = c.own or {}
    if not c.own[i] then
      -- the targets of the statement and of each everyday wording, given the engine once
      c.own_prompt = c.own_prompt or prompt_of(q, ctx)
      local wordings = plains(concept)
      for k = 0, #wordings do
        local t = target(concept, c.own_prompt, wordings[k])
        if t.n >= OWN_MIN then c.ev:own_target(k * #rubric.concepts + i, t.want, t.partners) end
      end
      c.own[i] = true
    end
    return c.ev:own(i, text, stemmap, OWN_MIN, OWN_SHARE, true)
  end

  local got = { core = 0, rest = 0 }
  local total = { core = 0, rest = 0 }
  local core_missed, core_contradicted, required_missed = false, false, false
  local penalty = 0
  for i, concept in ipairs(rubric.concepts) do
    local w = concept.weight or 1
    local part = core[i] and "core" or "rest"
    total[part] = total[part] + w
    local e = ev.concepts[i] or MISSING
    local hit
    -- a contradiction the answer names only to reject it ("a common mistake is to think ...")
    -- costs nothing, and what the answer states of the concept elsewhere counts
    local disowned_contra = false
    if e.state == "contradicted" then
      local k = e.contradiction
      local at = k.at or (k.text and text:find(k.text, 1, true))
      disowned_contra = disowned(lower(), at, k.text and #k.text or 0)
        or said_of_no_one(c, ev, i, k, at, prompt_of(q, ctx))
    end
    if e.state == "stated" or (disowned_contra and e.via) then
      hit = { via = e.via, alternative = e.alt, text = e.text, about = e.about,
        pattern = source(c, i, e.via == "claim" and "says" or "pattern", e.alt) }
    elseif e.state == "missing" and text ~= "" then
      local f = corrected()
      local fe = f and f.concepts[i] or nil
      if fe and fe.state == "stated" then
        local typo
        local lm = fe.text:lower()
        for _, x in ipairs(fixes) do
          if lm:find(x.to, 1, true) or x.to:find(lm, 1, true) then typo = x end
        end
        if typo then
          hit = { via = fe.via, alternative = fe.alt, text = fe.text, about = fe.about, typo = typo,
            pattern = source(c, i, fe.via == "claim" and "says" or "pattern", fe.alt) }
        end
      end
      if not hit and not e.rival and not (ctx and ctx.own_words == false) then
        local sent = own(i, concept)
        if sent then hit = { via = "own-words", text = sent, own_words = true } end
      end
    end
    if hit then
      hit.name, hit.weight, hit.core = concept.name, w, core[i] or false
      got[part] = got[part] + w
      r.hits[#r.hits + 1] = hit
    else
      if core[i] then core_missed = true end
      if concept.required then required_missed = true end
      local contradicted = e.state == "contradicted" and not disowned_contra
      if contradicted then
        if core[i] or concept.required then core_contradicted = true end
        penalty = penalty + CONTRADICTION_PENALTY
        local k = e.contradiction
        r.contradictions[#r.contradictions + 1] = { name = concept.name, text = k.text, said = k.said,
          about = k.about, via = k.via, feedback = concept.statement or concept.feedback,
          pattern = source(c, i, k.via == "contrast" and "contrast" or "reversed", k.alt) }
      end
      r.misses[#r.misses + 1] = { name = concept.name, weight = w, core = core[i] or false,
        required = concept.required or false, feedback = concept.feedback, negated = e.negated,
        contradicted = contradicted or nil, reversed = (contradicted and e.contradiction.via == "reversed") or nil,
        rival = e.rival and e.rival.about or nil }
    end
  end
  for i, m in ipairs(rubric.misconceptions or {}) do
    local e = ev.misconceptions[i]
    if e and e.state == "stated" and not disowned(lower(), e.at, e.text and #e.text or 0) then
      penalty = penalty + (m.penalty or MISCONCEPTION_PENALTY)
      r.misconceptions[#r.misconceptions + 1] = { name = m.name, penalty = m.penalty or MISCONCEPTION_PENALTY,
        feedback = m.feedback, text = e.said or e.text }
    end
  end
  -- the field's common misconceptions, whatever the question: one stated fails the answer
  local field_wrong = false
  if text ~= "" then
    local shared = rubrics.shared()
    -- as the rubric read it, when it read this answer last; only the entries it found
    local found = shared.ev:run(answer, c.ev, true).misconceptions
    for _, e in ipairs(found) do
      if e.state == "stated" and not disowned(lower(), e.at, e.text and #e.text or 0) then
        local m = shared.misconceptions[e.index]
        field_wrong = true
        penalty = penalty + MISCONCEPTION_PENALTY
        r.misconceptions[#r.misconceptions + 1] = { name = m.name, penalty = MISCONCEPTION_PENALTY, feedback = m.feedback,
          text = e.said or e.text, shared = true }
      end
    end
  end

  local p = rubric.pass or 0.6
  local share = function(part) return total[part] > 0 and got[part] / total[part] or 1 end
  local score
  if level == "core" then
    score = share("core")
  elseif marked and total.rest > 0 then
    score = p * share("core") + (1 - p) * share("rest")
  else
    score = (got.core + got.rest) / math.max(total.core + total.rest, 1e-9)
  end
  r.score = math.max(0, math.min(1, score - penalty))
  -- Full level: at least half the core weight stated (the score already weighs the core at
  -- the pass mark); a thorough answer is not failed for one core concept read in words the
  -- rubric does not know, nor, where the rubric marks its core, for a required one when it
  -- reaches the pass mark saying nothing wrong, in a rubric with depth beyond its core (in a
  -- short one the required concept is the answer). The core level wants every core concept.
  local core_short = total.core > 0 and got.core / total.core < 0.5
  local thorough = marked and level ~= "core" and total.rest >= 2 and r.score >= p
    and #r.misconceptions == 0 and #r.contradictions == 0
  r.required_missed = (required_missed and not thorough) or (marked and core_short)
    or (level == "core" and core_missed)
  -- a core concept said wrong, or one of the field's misconceptions, fails the answer whatever else;
  -- at the core level, any misconception does
  r.veto = (core_contradicted or field_wrong or (level == "core" and #r.misconceptions > 0)) or nil
  r.pass = r.score >= p and not r.required_missed and not r.veto
  r.core_missed = core_missed

  if text == "" then r.feedback[#r.feedback + 1] = "No answer given." end
  for _, k in ipairs(r.contradictions) do
    r.feedback[#r.feedback + 1] = ("You said \"%s\"; that is wrong. %s"):format(k.said, k.feedback)
  end
  for _, m in ipairs(r.misses) do
    if not m.contradicted and (level ~= "core" or m.core) then
      local how = m.rival and (" (said of \"%s\", not of the right subject)"):format(m.rival)
        or m.negated and " (stated only as a negation)" or ""
      r.feedback[#r.feedback + 1] = ("Missing%s: %s%s. %s"):format((m.core or m.required) and " (core)" or "", m.name,
        how, m.feedback)
    end
  end
  for _, m in ipairs(r.misconceptions) do
    r.feedback[#r.feedback + 1] = ("Misconception: %s (\"%s\"). %s"):format(m.name, m.text, m.feedback)
  end
  for _, h in ipairs(r.hits) do
    if h.typo then
      r.feedback[#r.feedback + 1] = ("Read \"%s\" as \"%s\"."):format(h.typo.from, h.typo.to)
    elseif h.own_words then
      r.feedback[#r.feedback + 1] = ("In your own words: %s (\"%s\")."):format(h.name, h.text:gsub("^%s+", ""))
    end
  end
  return r
end

return M
