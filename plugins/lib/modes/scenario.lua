-- Scenario walkthroughs: a situation, then its stages in order (clarifying
-- questions, data, model choice, evaluation, trade-offs, deployment), each
-- answered and graded against the stage's own rubric, then the user's answers
-- beside the model walkthrough. Used by plugins/scenario.lua and the mock interview.
local ui = require("lib.ui")
local pick = require("lib.questions")
local grade = require("lib.grade")

local M = {}

local style = ui.style

M.ASKED = "Good: you asked before designing."
M.SKIPPED = "You skipped the clarifying questions — interviewers notice."

-- A question is a walkthrough when it is a scenario with at least one stage.
function M.is_walkthrough(q)
  return q ~= nil and q.format == "scenario" and type(q.stages) == "table" and #q.stages > 0
end

function M.pool(all)
  local out = {}
  for _, q in ipairs(all) do
    if M.is_walkthrough(q) then out[#out + 1] = q end
  end
  return out
end

-- The levels a question is asked at, as a list.
-- The distinct values of `field` over the walkthroughs, sorted, for usage errors.
M.values = pick.values

-- find(all, id) -> q | nil, message: the walkthrough called `id`. The message
-- says whether the id is unknown (with the nearest id) or names another kind of question.
function M.find(all, id)
  local q = drill.bank.get(id)
  if M.is_walkthrough(q) then return q end
  if q then return nil, ("'%s' is not a scenario walkthrough (it has no stages)"):format(id) end
  local near = drill.bank.suggest(id)
  if not M.is_walkthrough(near and drill.bank.get(near)) then
    -- the edit distance gives up on a short fragment: "scn.churn", "fraud"
    near = nil
    local want = id:lower()
    for _, w in ipairs(M.pool(all)) do
      if w.id:lower():find(want, 1, true) then
        near = w.id
        break
      end
    end
  end
  return nil, ("unknown scenario '%s'%s"):format(id, near and (" (did you mean %s?)"):format(near) or "")
end

-- pick(all, o) -> list: o.scenario (an id: that one alone), else the walkthroughs
-- matching o.lesson, o.level and o.topic, shuffled with the --seed, o.count of them (default 1).
function M.pick(all, o)
  o = o or {}
  if o.scenario then
    local q = M.find(all, o.scenario)
    return { q }
  end
  local list = pick.shuffle(pick.filter(M.pool(all), { lesson = o.lesson, level = o.level, topic = o.topic }))
  local out = {}
  for i = 1, math.min(o.count or 1, #list) do out[i] = list[i] end
  return out
end

-- The clarifying stage is the one whose id or title says "clarif"; normally the first.
function M.is_clarifying(stage)
  local function says(s) return type(s) == "string" and s:lower():find("clarif", 1, true) ~= nil end
  return says(stage.id) or says(stage.title)
end

-- Does an answer ask questions? Kept simple on purpose, and documented in
-- docs/modes/scenario.md: it contains a question mark, or a sentence, line or
-- list item opens with a question word (what, how, who, is, are, do, can, which,
-- when ...), or it says it asks ("I ask", "I'd ask about", "find out", "want to know").
local asking = {
  drill.re.compile("[?？]"),
  drill.re.compile("(?:^|[.!;:]\\s+|\\n\\s*)(?:[-*•]\\s*|\\d+[.)]\\s*)?(?:what(?:'s)?|how(?:'s)?|who|whom|whose"
    .. "|why|where|when|which|is|are|was|were|do|does|did|can|could|will|would|should|shall|may|might|has|have"
    .. "|had)\\b", "i"),
  drill.re.compile("\\bask(?:s|ed|ing)?\\b|\\bfind(?:ing)? out\\b|\\bwant(?:s)? to know\\b", "i"),
}

function M.asks_questions(text)
  if type(text) ~= "string" then return false end
  text = text:gsub("\r", "")
  for _, re in ipairs(asking) do
    if re:test(text) then return true end
  end
  return false
end

-- The stage's model answer for display: the summary of a four-step answer, else the text.
function M.stage_model(stage)
  local a = stage.answer
  if type(a) == "table" then return a.summary or pick.answer_text(a) end
  return a or ""
end

local function label(o, i, n)
  local at = ("stage %d/%d"):format(i, n)
  if o.of and o.of > 1 then return ("[scenario %d/%d · %s]"):format(o.index or 1, o.of, at) end
  return ("[%s]"):format(at)
end

-- run(s, q, o) -> item: one walkthrough on session s. o.index, o.of: where this
-- scenario is in the round (for the progress label); o.review = false leaves out the closing review.
-- item = {q, stages = {{stage, r, text, status, seconds}}, clarified = bool,
--         clarifying = the clarifying stage or nil, score, pass, stopped = "quit"|"eof"|nil}
function M.run(s, q, o)
  o = o or {}
  local item = { q = q, stages = {}, clarified = false }
  local stages = q.stages
  local n = #stages
  for _, st in ipairs(stages) do
    if M.is_clarifying(st) then
      item.clarifying = st
      break
    end
  end

  local function situation()
    ui.say(style("bold", ui.wrap(q.prompt)))
  end
  s:progress(o.of and o.of > 1 and ("[scenario %d/%d]"):format(o.index or 1, o.of) or "[scenario]",
    ("%s · %s · %d stages"):format(q.id, q.topic or "?", n))
  situation()

  local total = 0
  for i, st in ipairs(stages) do
    local got = s:question(label(o, i, n), st.title or st.id, q, { text = st.prompt, rubric = st.rubric,
      answer = st.answer, reveal = function() return M.stage_model(st) end, before = situation })
    if got.action == "quit" or got.action == "eof" then
      item.stopped = got.action
      break
    end
    local entry = { stage = st, seconds = got.seconds }
    if got.action == "answer" then
      if got.cut then ui.say(style("yellow", "  (answer cut at the length limit)")) end
      local r, err = grade.answer(q, got.text, { part = st, level = "full", coach = false })
      s:feedback(r, { timing = ("%d s"):format(math.floor(got.seconds + 0.5)), error = err })
      entry.r, entry.text, entry.status = r, got.text, r and "answered" or "error"
    else
      entry.status = got.action == "reveal" and "revealed" or "skipped"
    end
    item.stages[#item.stages + 1] = entry
    s:add({ q = q, r = entry.r, seconds = got.seconds, status = entry.status, stage = st })
    total = total + (entry.r and entry.r.score or 0)
    if st == item.clarifying then
      item.clarified = entry.text ~= nil and M.asks_questions(entry.text)
      if item.clarified then
        ui.say(style("green", "  " .. M.ASKED))
      else
        ui.say(style("yellow", "  " .. M.SKIPPED))
        if entry.text then
          ui.say(style("dim", "  (Your answer asks nothing: put your questions to the interviewer, e.g. \"What does a"
            .. " missed case cost?\")"))
        end
      end
    end
  end

  -- the scenario as one attempt: the mean over all its stages (a stage not
  -- answered counts 0), passing at the question's own pass mark
  item.score = total / n
  item.pass = item.score >= (q.rubric and q.rubric.pass or 0.6)
  -- only a walkthrough taken to its end goes to the progress store: a half-done
  -- one would otherwise count as a full attempt
  if not item.stopped then
    local seconds = 0
    for _, e in ipairs(item.stages) do seconds = seconds + (e.seconds or 0) end
    s:record(q, { score = item.score, pass = item.pass }, seconds)
  end
  if o.review ~= false and #item.stages > 0 then M.review(item) end
  return item
end

local function verdict(e)
  if e.status == "answered" then
    return (e.r.pass and "✓ pass " or "✗ fail ") .. ui.percent(e.r.score)
  elseif e.status == "error" then
    return "grading failed"
  end
  return e.status
end

local function styled_verdict(e)
  local v = verdict(e)
  if e.status == "answered" then return style(e.r.pass and "green" or "red", v) end
  return style("yellow", v)
end

-- Two texts in columns of `w` characters, `gap` apart, each line prefixed by `indent`.
local function beside(left, right, w, indent, gap)
  local function lines(text)
    local out = {}
    for line in (ui.wrap(text, w) .. "\n"):gmatch("(.-)\n") do out[#out + 1] = line end
    return out
  end
  local a, b = lines(left), lines(right)
  local out = {}
  for i = 1, math.max(#a, #b) do
    local l, r = a[i] or "", b[i] or ""
    out[i] = (indent .. l .. (" "):rep(w - drill.text.length(l)) .. gap .. r):gsub("%s+$", "")
  end
  return table.concat(out, "\n")
end

-- The closing review: for each stage reached, its title, verdict and score, the
-- user's answer and the model's side by side (stacked when the screen is narrow).
function M.review(item)
  local width = drill.term.width() or 80
  local indent, gap = "  ", "   "
  local w = (width - #indent - #gap) // 2
  local n = #item.q.stages
  ui.say("")
  ui.say(style("bold", "Your walkthrough beside the model's"), style("dim", " · " .. item.q.id))
  for i, e in ipairs(item.stages) do
    local st = e.stage
    ui.say("")
    ui.say(style("cyan", ("%d/%d "):format(i, n)), style("bold", st.title or st.id), "  ", styled_verdict(e))
    -- the answer as typed, its lines joined for wrapping
    local mine = e.text and (e.text:gsub("%s+", " "):gsub("^ ", ""))
      or (e.status == "revealed" and "(skipped: model answer revealed)" or "(skipped)")
    local model = M.stage_model(st)
    if w >= 30 then
      ui.say(style("dim", indent .. "You:" .. (" "):rep(w - 4) .. gap .. "Model:"))
      ui.say(beside(mine, model, w, indent, gap))
    else
      ui.say(style("dim", indent .. "You:"))
      ui.say(ui.wrap(mine, nil, indent .. "  "))
      ui.say(style("dim", indent .. "Model:"))
      ui.say(ui.wrap(model, nil, indent .. "  "))
    end
  end
  if item.stopped and #item.stages < n then
    ui.say("")
    ui.say(style("dim", ("Stopped at stage %d/%d."):format(#item.stages + 1, n)))
  end
end

-- The weakest stage reached: the lowest score (a stage not answered counts 0), the first on a tie.
function M.weakest(item)
  local worst, low
  for _, e in ipairs(item.stages) do
    local score = e.r and e.r.score or 0
    if not low or score < low then worst, low = e, score end
  end
  return worst, low
end

-- report(items): per scenario, the stages passed of its total, the weakest
-- stage and whether the clarifying questions were asked.
function M.report(items)
  local rows = { { "scenario", "stages passed", "weakest stage", "clarifying questions" } }
  for _, item in ipairs(items) do
    if #item.stages > 0 then
      local passed = 0
      for _, e in ipairs(item.stages) do
        if e.r and e.r.pass then passed = passed + 1 end
      end
      local worst, low = M.weakest(item)
      local clar
      if not item.clarifying then
        clar = "no clarifying stage"
      elseif item.clarified then
        clar = "asked"
      else
        local reached = false
        for _, e in ipairs(item.stages) do reached = reached or e.stage == item.clarifying end
        clar = reached and "skipped" or "not reached"
      end
      local n = #item.q.stages
      rows[#rows + 1] = {
        item.q.id,
        ("%d/%d%s"):format(passed, n, #item.stages < n and (" (%d reached)"):format(#item.stages) or ""),
        low >= 1 and "none: every stage at 100%" or ("%s (%s)"):format(worst.stage.title or worst.stage.id,
          ui.percent(low)),
        clar,
      }
    end
  end
  if #rows == 1 then return end
  ui.say("")
  ui.say(style("bold", "Scenarios"))
  ui.say(ui.columns(rows))
end

return M
