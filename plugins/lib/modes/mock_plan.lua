-- The mock interview's plan, clock and report: which formats a role level is asked and in
-- what proportions, the rapid-fire part, the interview clock shown at every prompt, and the
-- closing report in an interviewer's terms (a hire signal per format and per area, an overall
-- recommendation for the level, and what to work on). docs/modes/mock.md describes it.
local ui = require("lib.ui")
local pick = require("lib.questions")
local session = require("lib.session")

local M = {}
local style = ui.style

local function capital(text)
  return (text:gsub("^%l", string.upper))
end

M.LEVELS = { "junior", "mid", "senior", "research" }

-- The four formats: the part's name, the area an interviewer writes it up under, the engine
-- that runs one item (rapid fire is run here), and what to practise when it is weak.
M.FORMATS = {
  rapid = { name = "Rapid fire", area = "fundamentals", unit = "question",
    practise = "lead with one crisp sentence that states the core, then stop",
    command = "rapidfire.lua" },
  deep = { name = "Deep dive", area = "depth", unit = "topic chain", engine = "lib.modes.deepdive",
    practise = "go one level below the definition: the mechanism, then why it holds",
    command = "deepdive.lua" },
  scenario = { name = "Scenario", area = "system design", unit = "walkthrough", engine = "lib.modes.scenario",
    practise = "walk a problem end to end: clarify, data, baseline, metric, trade-offs, deployment",
    command = "scenario.lua" },
  derivation = { name = "Derivation", area = "math", unit = "derivation", engine = "lib.modes.whiteboard",
    practise = "work derivations step by step on paper until each step comes without a hint",
    command = "whiteboard.lua" },
}
M.ORDER = { "rapid", "deep", "scenario", "derivation" }

-- What each level is asked, in the order the parts come. `weights` weigh the formats in the
-- overall recommendation; `key` is the format the level is hired on (see M.recommend).
-- `stages` cuts a walkthrough to its first stages; `optional` is the minutes a part needs
-- left on the clock to be asked at all; `flavour` chooses a design or a failure-mode scenario.
M.PLANS = {
  junior = { minutes = 45, key = "rapid", weights = { rapid = 0.6, deep = 0.25, scenario = 0.15 },
    parts = {
      { kind = "rapid", count = 6 },
      { kind = "deep", count = 1 },
      { kind = "scenario", count = 1, stages = 3, title = "Scenario (short)" },
    } },
  mid = { minutes = 45, key = "deep", weights = { rapid = 0.3, deep = 0.3, scenario = 0.2, derivation = 0.2 },
    parts = {
      { kind = "rapid", count = 4 },
      { kind = "deep", count = 1 },
      { kind = "scenario", count = 1 },
      { kind = "derivation", count = 1 },
    } },
  senior = { minutes = 60, key = "scenario", weights = { rapid = 0.2, deep = 0.3, scenario = 0.4, derivation = 0.1 },
    parts = {
      { kind = "rapid", count = 3 },
      { kind = "deep", count = 1 },
      { kind = "scenario", count = 1, flavour = "design", title = "Scenario: design" },
      { kind = "scenario", count = 1, flavour = "failure", title = "Scenario: failure modes" },
      { kind = "derivation", count = 1, optional = 10, title = "Derivation (if time allows)" },
    } },
  research = { minutes = 60, key = "derivation",
    weights = { rapid = 0.2, deep = 0.25, scenario = 0.15, derivation = 0.4 },
    parts = {
      { kind = "rapid", count = 3 },
      { kind = "deep", count = 1 },
      { kind = "derivation", count = 2, title = "Derivations" },
      { kind = "scenario", count = 1 },
    } },
}

-- --short: one item per part, walkthroughs and derivations cut to this many stages or steps,
-- optional parts left out. For a quick try and for tests.
M.SHORT_STAGES = 2

-- Scenarios about something going wrong in a running system, by their tags.
local FAILURE_TAGS = { debugging = true, monitoring = true, mlops = true }

local function is_failure(q)
  for _, t in ipairs(q.tags or {}) do
    if FAILURE_TAGS[t] then return true end
  end
  return false
end

-- The plan for a level as a fresh list of parts (copies, so a run can fill them in).
function M.plan(level, short)
  local out = {}
  for _, p in ipairs(M.PLANS[level].parts) do
    if not (short and p.optional) then
      local part = {}
      for k, v in pairs(p) do part[k] = v end
      part.title = part.title or M.FORMATS[p.kind].name
      if short then
        part.count = 1
        if part.kind == "scenario" or part.kind == "derivation" then
          part.stages = math.min(part.stages or M.SHORT_STAGES, M.SHORT_STAGES)
        end
      end
      out[#out + 1] = part
    end
  end
  return out
end

function M.engine(kind)
  local f = M.FORMATS[kind]
  return f.engine and require(f.engine) or nil
end

-- A question with its stages or steps cut to the first `n` (a shallow copy; the id stays,
-- so progress is recorded against the question).
local function cut(q, n)
  local key = q.stages and "stages" or (q.steps and "steps")
  if not n or not key or #q[key] <= n then return q end
  local c = {}
  for k, v in pairs(q) do c[k] = v end
  c[key] = table.move(q[key], 1, n, 1, {})
  return c
end

-- Draws `count` items with the engine's pick at the level, then from any level when the level
-- has too few, leaving out ids already used and keeping to a flavour when one is asked.
local function draw(engine, all, level, count, used, keep)
  local out = {}
  for _, lv in ipairs({ level, false }) do
    for _, q in ipairs(engine.pick(all, { level = lv or nil, count = math.huge })) do
      if #out >= count then break end
      if not used[q.id] and (not keep or keep(q)) then
        used[q.id] = true
        out[#out + 1] = q
      end
    end
  end
  return out
end

-- Short questions for the rapid-fire part: rapid-fire questions at the level first, then
-- conceptual ones, then any level; one per topic, none on a topic the other parts cover.
local function draw_rapid(all, level, count, used, topics)
  local out = {}
  local short = pick.short_answer(all)
  local tiers = {
    pick.filter(short, { level = level, format = "rapid-fire" }),
    pick.filter(short, { level = level, format = "conceptual" }),
    pick.filter(short, { level = level }),
    short,
  }
  for _, tier in ipairs(tiers) do
    for _, q in ipairs(pick.shuffle(tier)) do
      if #out >= count then return out end
      if not used[q.id] and not topics[q.topic] then
        used[q.id], topics[q.topic] = true, true
        out[#out + 1] = q
      end
    end
  end
  return out
end

-- choose(all, level, parts): fills each part's `items`. The deep dive, scenarios and
-- derivations are drawn first (in plan order), then rapid fire around their topics. Parts
-- the banks have nothing for are dropped; returns the parts kept.
function M.choose(all, level, parts)
  local used, topics = {}, {}
  for _, p in ipairs(parts) do
    if p.kind ~= "rapid" then
      local keep
      if p.flavour == "failure" then keep = is_failure end
      if p.flavour == "design" then keep = function(q) return not is_failure(q) end end
      p.items = draw(M.engine(p.kind), all, level, p.count, used, keep)
      if #p.items == 0 and keep then p.items = draw(M.engine(p.kind), all, level, p.count, used) end
      for i, q in ipairs(p.items) do
        topics[q.topic or ""] = true
        p.items[i] = cut(q, p.stages)
      end
    end
  end
  for _, p in ipairs(parts) do
    if p.kind == "rapid" then p.items = draw_rapid(all, level, p.count, used, topics) end
  end
  local kept = {}
  for _, p in ipairs(parts) do
    if #p.items > 0 then kept[#kept + 1] = p end
  end
  return kept
end

-- One part's line in the plan: "4 questions", "1 walkthrough (3 stages)".
function M.describe(p)
  local f = M.FORMATS[p.kind]
  local n = #(p.items or {})
  local unit = f.unit
  if unit == "question" or n ~= 1 then unit = unit .. (n == 1 and "" or "s") end
  local text = ("%d %s"):format(n, unit)
  if p.stages and n > 0 then
    text = text .. (" (first %d %s)"):format(p.stages, p.kind == "derivation" and "steps" or "stages")
  end
  return text
end

---------------------------------------------------------------------------
-- The interview clock

M.TIMEUP = {}

-- attach(s, minutes, parts) -> clock. Every prompt of every engine then shows where the
-- interview is ("Part 2/4 · 12:30 of 45:00"). When the time is up, the next stage or
-- follow-up of an item already begun is not asked: the progress line that would show it raises
-- M.TIMEUP instead, which M.run_item catches. It never fires while an answer is being typed
-- (the :again command redraws the question from inside the prompt).
function M.attach(s, minutes, parts)
  local clock = { total = minutes * 60, part = 0, parts = #parts, in_ask = false, mark = 0 }
  function clock.left() return clock.total - s:elapsed() end
  function clock.over() return clock.left() <= 0 end
  function clock.text()
    local t = ("%s of %s"):format(session.clock(s:elapsed()), session.clock(clock.total))
    return clock.over() and style("yellow", t .. ", over time") or t
  end
  local ask = s.ask
  s.ask = function(self, o)
    clock.in_ask = true
    local got = ask(self, o)
    clock.in_ask = false
    return got
  end
  s.progress = function(self, label, detail)
    if clock.over() and not clock.in_ask and #self.results > clock.mark then error(M.TIMEUP, 0) end
    ui.say("")
    ui.say(style("cyan", label), detail and ("  " .. style("dim", detail)) or "",
      style("dim", ("  · part %d/%d · "):format(clock.part, clock.parts)), style("dim", clock.text()))
  end
  return clock
end

-- The header that opens a part (or each item of a part of walkthroughs or derivations).
function M.header(clock, p, i)
  local title = p.title
  if p.kind ~= "rapid" and #p.items > 1 then title = ("%s %d of %d"):format(title, i, #p.items) end
  ui.say("")
  ui.say(style("bold", ("Part %d of %d · %s"):format(clock.part, clock.parts, title)),
    style("dim", (" · %s elapsed of %s"):format(session.clock(clock.total - clock.left()),
      session.clock(clock.total))))
end

-- run_item(s, clock, p, i) -> item: the i-th item of part p on session s, through its engine
-- (rapid fire: M.rapid), without the engines' closing review or board, which would hold the
-- interview up. Every result the item adds to the session is tagged with its format (`kind`).
-- item.stopped is "quit", "eof" or "time".
function M.run_item(s, clock, p, i)
  local q = p.items[i]
  local n = #p.items
  local o = { index = i, total = n, of = n, review = false, board = false }
  clock.mark = #s.results
  local ok, item
  if p.kind == "rapid" then
    ok, item = pcall(M.rapid, s, q, o)
  else
    ok, item = pcall(M.engine(p.kind).run, s, q, o)
  end
  for k = clock.mark + 1, #s.results do
    s.results[k].kind = p.kind
  end
  if not ok then
    if item ~= M.TIMEUP then error(item, 0) end
    item = { q = q, stopped = "time" }
  end
  return item
end

---------------------------------------------------------------------------
-- The rapid-fire part: one short question graded at the rubric's core, as rapidfire.lua does.

function M.rapid(s, q, o)
  return require("lib.modes.rapidfire").run(s, q, { label = ("[question %d/%d]"):format(o.index, o.total) })
end

---------------------------------------------------------------------------
-- Signals and the report

-- A mean score (a skipped or revealed prompt counts 0) gives a signal; "hire" and above also
-- need at least half the answers to pass, since a long answer can collect points and still
-- get the core wrong.
M.SIGNALS = {
  { min = 0.85, name = "strong hire", colour = "green" },
  { min = 0.70, name = "hire", colour = "green" },
  { min = 0.55, name = "lean hire", colour = "yellow" },
  { min = 0.40, name = "lean no hire", colour = "yellow" },
  { min = 0, name = "no hire", colour = "red" },
}

-- signal(mean, passed, asked) -> index into M.SIGNALS (1 is the strongest)
function M.signal(mean, passed, asked)
  -- decided on the percentage the report shows, so "70%" is never below the "hire" line
  mean = math.floor(mean * 100 + 0.5) / 100
  local i = #M.SIGNALS
  for k, sg in ipairs(M.SIGNALS) do
    if mean >= sg.min then
      i = k
      break
    end
  end
  if i < 3 and passed * 2 < asked then i = 3 end
  return i
end

function M.signal_text(i)
  local sg = M.SIGNALS[i]
  return style(sg.colour, sg.name)
end

-- Results grouped by a key function, in order of first appearance:
-- {name, asked, passed, mean, results}.
local function group(results, key)
  local by, order = {}, {}
  for _, x in ipairs(results) do
    local k = key(x)
    local g = by[k]
    if not g then
      g = { name = k, asked = 0, passed = 0, sum = 0, results = {} }
      by[k], order[#order + 1] = g, g
    end
    g.asked = g.asked + 1
    g.sum = g.sum + (x.r and x.r.score or 0)
    if x.r and x.r.pass then g.passed = g.passed + 1 end
    g.results[#g.results + 1] = x
  end
  for _, g in ipairs(order) do
    g.mean = g.sum / g.asked
    g.signal = M.signal(g.mean, g.passed, g.asked)
  end
  return order, by
end
M.group = group

local function lesson_titles()
  local t = {}
  for _, f in ipairs(drill.bank.files()) do t[f.bank] = f.title end
  return t
end

-- recommend(level, formats) -> signal index, weighted mean. The formats assessed are weighed by
-- the level's weights (renormalised over what was assessed); the result can be no more than one
-- step above the signal of the level's key format, when that format was assessed.
function M.recommend(level, by_kind)
  local plan = M.PLANS[level]
  local sum, wsum, passed, asked = 0, 0, 0, 0
  for _, kind in ipairs(M.ORDER) do
    local g = by_kind[kind]
    local w = plan.weights[kind] or 0
    if g and w > 0 then
      sum, wsum = sum + w * g.mean, wsum + w
      passed, asked = passed + g.passed, asked + g.asked
    end
  end
  if wsum == 0 then return nil end
  local mean = sum / wsum
  local i = M.signal(mean, passed, asked)
  local key, capped = by_kind[plan.key], nil
  if key and i < key.signal - 1 then i, capped = key.signal - 1, key.signal end
  return i, mean, capped
end

-- What a group's results missed: the first core concept contradicted or missed, else the first
-- concept missed, and how many prompts were skipped or revealed; nil when nothing is known.
local function missed(g)
  local core, any, skipped
  for _, x in ipairs(g.results) do
    local r = x.r
    if r then
      local k = (r.contradictions or {})[1]
      core = core or (k and k.name)
      for _, m in ipairs(r.misses or {}) do
        if m.core or m.required then core = core or m.name end
        any = any or m.name
      end
    elseif x.status == "skipped" or x.status == "revealed" then
      skipped = (skipped or 0) + 1
    end
  end
  local parts = {}
  if skipped then parts[#parts + 1] = ("%d skipped"):format(skipped) end
  if core or any then parts[#parts + 1] = ("you missed \"%s\""):format(core or any) end
  return #parts > 0 and table.concat(parts, "; ") or nil
end

-- Two or three things to work on: the weakest format below "hire", the weakest topics with a
-- concept missed there, skipping and pace. Returns lines.
function M.work_on(level, formats, results)
  local out = {}
  local weak = {}
  for _, g in ipairs(formats) do
    if g.signal > 2 then weak[#weak + 1] = g end
  end
  local weights = M.PLANS[level].weights
  table.sort(weak, function(a, b)
    if a.mean ~= b.mean then return a.mean < b.mean end
    return (weights[a.name] or 0) > (weights[b.name] or 0)
  end)
  if weak[1] then
    local f = M.FORMATS[weak[1].name]
    out[#out + 1] = ("%s (%s, %s): %s. Practise with: drill %s --level %s"):format(
      capital(f.area), f.name:lower(), ui.percent(weak[1].mean), f.practise, f.command, level)
  end
  local topics = group(results, function(x) return x.q.topic or "?" end)
  table.sort(topics, function(a, b)
    if a.mean ~= b.mean then return a.mean < b.mean end
    return a.name < b.name
  end)
  for _, g in ipairs(topics) do
    if #out >= 3 then break end
    if g.signal > 2 then
      out[#out + 1] = ("%s (%s): %s"):format(g.name, ui.percent(g.mean),
        missed(g) or "read the model answer and try it again")
    end
  end
  local skipped, answered, over = 0, 0, 0
  for _, x in ipairs(results) do
    if x.status == "skipped" or x.status == "revealed" then skipped = skipped + 1 end
    if x.status == "answered" then
      answered = answered + 1
      if x.limit and x.seconds and x.seconds > x.limit then over = over + 1 end
    end
  end
  if #out < 3 and skipped >= 2 then
    out[#out + 1] = ("attempt every question: %d were skipped or revealed, and a partial answer scores more than"
      .. " none"):format(skipped)
  end
  if #out < 3 and over >= 2 and over * 2 >= answered then
    out[#out + 1] = ("pace: %d answers ran over their time budget; say the core first, then add depth"):format(over)
  end
  return out
end

local function row(name, g)
  return { name, tostring(g.asked), tostring(g.passed), ui.percent(g.mean), M.signal_text(g.signal) }
end

-- report(s, r): the interviewer's write-up. r = {level, clock, parts, reached = the part the
-- interview ended in, stopped = "quit"|"eof"|"time"|nil}.
function M.report(s, r)
  local results = s.results
  local clock = r.clock
  ui.say("")
  local passed, sum = 0, 0
  for _, x in ipairs(results) do
    if x.r then
      sum = sum + x.r.score
      if x.r.pass then passed = passed + 1 end
    end
  end
  ui.say(style("bold", "Interview report"), (" · %s level · %s"):format(r.level, clock.text()),
    #results > 0 and (" · %d/%d passed · mean %s"):format(passed, #results, ui.percent(sum / #results)) or "")
  local left = {}
  -- the parts not reached; an optional one is never owed
  for k = (r.stopped and r.reached or #r.parts) + 1, #r.parts do
    if not r.parts[k].optional then left[#left + 1] = r.parts[k].title end
  end
  local unreached = #left > 0 and (" (not reached: %s)"):format(table.concat(left, ", ")) or ""
  if r.stopped == "time" then
    ui.say(style("dim", ui.wrap(("Time ran out in part %d of %d%s."):format(r.reached, #r.parts, unreached))))
  elseif r.stopped then
    ui.say(style("dim", ui.wrap(("The interview was stopped in part %d of %d; the signals cover what was"
      .. " answered%s."):format(r.reached, #r.parts, unreached))))
  end
  for _, note in ipairs(r.notes or {}) do ui.say(style("dim", note)) end
  if #results == 0 then
    ui.say("No questions answered: nothing to assess yet.")
    return
  end

  local formats, by_kind = group(results, function(x) return x.kind or "rapid" end)
  table.sort(formats, function(a, b)
    local ia, ib = 0, 0
    for k, kind in ipairs(M.ORDER) do
      if kind == a.name then ia = k end
      if kind == b.name then ib = k end
    end
    return ia < ib
  end)
  ui.say("")
  local rows = { { "format", "asked", "passed", "mean", "signal" } }
  for _, g in ipairs(formats) do
    local f = M.FORMATS[g.name]
    rows[#rows + 1] = row(("%s (%s)"):format(capital(f.area), f.name:lower()), g)
  end
  ui.say(ui.columns(rows))

  ui.say("")
  local titles = lesson_titles()
  rows = { { "area", "asked", "passed", "mean", "signal" } }
  for _, lg in ipairs((group(results, function(x) return x.q.lesson or "?" end))) do
    rows[#rows + 1] = row(titles[lg.name] or lg.name, lg)
    for _, tg in ipairs((group(lg.results, function(x) return x.q.topic or "?" end))) do
      rows[#rows + 1] = row("  " .. tg.name, tg)
    end
  end
  ui.say(ui.columns(rows))

  local i, mean, capped = M.recommend(r.level, by_kind)
  -- an interview that did not get through its plan has too little signal for a hire
  local short_of = i and #left > 0 and i < 3
  if short_of then i = 3 end
  ui.say("")
  if i then
    local plan = M.PLANS[r.level]
    ui.say(style("bold", "Recommendation for " .. r.level .. ": "), M.signal_text(i))
    local area = M.FORMATS[plan.key].area
    local why = { ("weighted score %s"):format(ui.percent(mean)), area .. " weighs most at this level" }
    if capped then
      why[#why + 1] = ("held to one step above %s's signal (%s)"):format(area, M.SIGNALS[capped].name)
    end
    if #left > 0 then
      why[#why + 1] = ("on %d of %d parts%s"):format(#r.parts - #left, #r.parts,
        short_of and ", too few for more than lean hire" or "")
    end
    ui.say(style("dim", ui.wrap(table.concat(why, "; "), nil, "  ")))
  end
  local work = M.work_on(r.level, formats, results)
  if r.stopped == "time" and #left > 0 and #work < 3 then
    work[#work + 1] = ("time: the clock ran out before %s; say the core first and keep each answer to what"
      .. " was asked"):format(table.concat(left, ", "))
  end
  if #work == 0 and #left > 0 then
    work[1] = ("finish the interview: %s not reached; the same --seed asks the same questions again"):format(
      table.concat(left, ", "))
  elseif #work == 0 then
    local nxt = ({ junior = "mid", mid = "senior", senior = "research" })[r.level]
    work[1] = nxt and ("nothing below hire here: try the next level, drill mock.lua --level " .. nxt)
      or "nothing below hire here: run it again with another --seed for other questions"
  end
  ui.say(style("bold", "Work on:"))
  for k, line in ipairs(work) do
    ui.say((ui.wrap(("%d. %s"):format(k, line), nil, "     "):gsub("^   ", "", 1)))
  end
end

return M
