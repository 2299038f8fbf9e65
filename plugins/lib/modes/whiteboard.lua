-- Whiteboard derivations step by step: the engine behind whiteboard.lua, reusable by the mock
-- interview. Each step of a derivation is graded at its rubric's core; a missed step gets a hint
-- and one more try, a second miss shows the step; the whole derivation is shown at the end.
local ui = require("lib.ui")
local pick = require("lib.questions")
local grade = require("lib.grade")
local session = require("lib.session")

local M = {}
local style = ui.style

-- How a step ended, as the board and the report name it.
M.MARKS = {
  ["first-try"] = "✓ first try",
  ["after-hint"] = "✓ after a hint",
  revealed = "revealed",
  skipped = "skipped",
  stopped = "stopped here",
  unreached = "not reached",
}

local COLOURS = { ["first-try"] = "green", ["after-hint"] = "green", revealed = "yellow", skipped = "yellow" }

-- The derivation questions among `all`: format "derivation" with at least one step.
function M.derivations(all)
  local out = {}
  for _, q in ipairs(all) do
    if q.format == "derivation" and type(q.steps) == "table" and #q.steps > 0 then out[#out + 1] = q end
  end
  return out
end

-- The role levels the derivations are asked at, sorted, for usage messages.
function M.levels(list)
  return pick.values(list, "level")
end

-- pick(all, o) -> list. o.derivation: that one id (an empty list when it is not a derivation);
-- else o.lesson, o.level, o.topic filter and o.count (default 1) derivations are drawn at random.
function M.pick(all, o)
  o = o or {}
  local pool = M.derivations(all)
  if o.derivation then
    for _, q in ipairs(pool) do
      if q.id == o.derivation then return { q } end
    end
    return {}
  end
  pool = pick.shuffle(pick.filter(pool, { lesson = o.lesson, level = o.level, topic = o.topic }))
  local out = {}
  for i = 1, math.min(o.count or 1, #pool) do out[i] = pool[i] end
  return out
end

-- The hint given on a miss: the first missed core concept's feedback, else what a contradiction
-- or misconception says, else nil.
local function miss_hint(r)
  if not r then return nil end
  for _, m in ipairs(r.misses or {}) do
    if (m.core or m.required) and m.feedback then return m.feedback end
  end
  for _, k in ipairs(r.contradictions or {}) do
    if k.feedback then return k.feedback end
  end
  for _, m in ipairs(r.misconceptions or {}) do
    if m.feedback then return m.feedback end
  end
  return nil
end

-- Hints for :hint: after a miss, the missed core concepts by name first; then the rubric's.
local function step_hints(st, r)
  local out, seen = {}, {}
  local function add(h)
    if h and not seen[h] then
      seen[h] = true
      out[#out + 1] = h
    end
  end
  for _, m in ipairs(r and r.misses or {}) do
    if m.core or m.required then add(("Think about %s."):format(m.name)) end
  end
  for _, h in ipairs(session.hints(st.rubric, st.answer)) do add(h) end
  return out
end

-- The result with the misses' feedback left out: on a miss the names say what is missing and
-- the hint line gives the feedback, so it is not printed twice.
local function names_only(r)
  if not r then return nil end
  local copy = {}
  for k, v in pairs(r) do copy[k] = v end
  copy.misses = {}
  for i, m in ipairs(r.misses or {}) do
    copy.misses[i] = { name = m.name, core = m.core, required = m.required }
  end
  return copy
end

-- "  Hint: text…" wrapped with the label in place, then the label coloured, so escape codes
-- do not count towards the width.
local function labelled(colour, label, text, indent)
  local wrapped = ui.wrap(label .. " " .. text, nil, indent)
  return indent .. style(colour, label) .. wrapped:sub(#indent + #label + 1)
end

local function seconds_text(x)
  return ("%d s"):format(math.floor(x + 0.5))
end

-- One step: asks, grades, hints and retries once. Returns the step's entry and, when the user
-- stopped, "quit" or "eof".
local function run_step(s, q, i, show_goal)
  local st, n = q.steps[i], #q.steps
  local entry = { step = st, index = i, tries = 0, hints = 0, seconds = 0 }
  local last, stopped
  local function show()
    s:progress(("[step %d/%d]"):format(i, n), q.id)
    ui.say(style("bold", ui.wrap(st.prompt)))
  end
  show()
  while true do
    local hints = step_hints(st, last)
    local got = s:ask({
      hint = function(k) return hints[k] end,
      reveal = function() return st.answer end,
      again = function()
        show_goal()
        show()
      end,
    })
    entry.seconds = entry.seconds + (got.seconds or 0)
    entry.hints = entry.hints + (got.hints or 0)
    if got.action == "quit" or got.action == "eof" then
      entry.status, stopped = "stopped", got.action
      break
    elseif got.action == "skip" or got.action == "reveal" then
      entry.status = got.action == "skip" and "skipped" or "revealed"
      break
    end
    if got.cut then ui.say(style("yellow", "  (answer cut at the length limit)")) end
    entry.tries = entry.tries + 1
    local r, err = grade.answer(q, got.text, { part = st, level = "core", coach = false })
    last = r or last
    local timing = seconds_text(got.seconds)
    if r and r.pass then
      s:feedback(r, { timing = timing })
      ui.say(style("dim", "  The step:"))
      ui.say(ui.wrap(st.answer, nil, "    "))
      entry.status = (entry.tries == 1 and entry.hints == 0) and "first-try" or "after-hint"
      break
    end
    s:feedback(names_only(r), { timing = timing, error = err })
    if entry.tries >= 2 then
      ui.say(style("dim", "  The step:"))
      ui.say(ui.wrap(st.answer, nil, "    "))
      entry.status = "revealed"
      break
    end
    local h = miss_hint(r) or hints[1]
    if h then
      entry.hints = entry.hints + 1
      ui.say(labelled("yellow", "Hint:", h, "  "))
    end
    ui.say(style("dim", "  Try the step once more (:reveal shows it, :skip goes on)."))
  end
  entry.r = last
  if last then s:record(q, last, entry.seconds) end
  -- a step ended by a graded answer counts as answered; a stopped step only if it was graded
  if entry.status ~= "stopped" or last then
    local status = entry.status
    if status == "first-try" or status == "after-hint" or (status == "revealed" and entry.tries >= 2)
        or status == "stopped" then
      status = "answered"
    end
    s:add({ q = q, r = last, seconds = entry.seconds, status = status })
  end
  return entry, stopped
end

-- board(item): the whole derivation, every step's model answer in order marked with how the
-- user did, then the question's model answer summary.
function M.board(item)
  local q = item.q
  ui.say("")
  ui.say(style("bold", "The derivation"), style("dim", " · " .. q.id))
  ui.say(ui.wrap(q.prompt, nil, "  "))
  for i, st in ipairs(q.steps) do
    local e = item.steps[i]
    local status = e and e.status or "unreached"
    local mark = M.MARKS[status] or status
    local head = labelled(COLOURS[status] or "dim", mark, "· " .. st.prompt, "     ")
    ui.say(("  %d. "):format(i), head:sub(6))
    ui.say(ui.wrap(st.answer, nil, "     "))
  end
  local summary = pick.summary(q)
  if summary then
    ui.say(labelled("bold", "Result:", summary, "  "))
  end
end

-- run(s, q, o) -> item: one derivation on session s. o.index and o.total number it
-- ("[derivation 2/3]"); o.board = false leaves out the closing board.
-- item = {q, steps = {{step, index, status, tries, hints, seconds, r}}, stopped = "quit"|"eof"|nil}
function M.run(s, q, o)
  o = o or {}
  local item = { q = q, steps = {} }
  local function show_goal()
    s:progress(("[derivation %d/%d]"):format(o.index or 1, o.total or 1),
      ("%s · %d steps"):format(q.topic or "?", #q.steps))
    ui.say(style("bold", ui.wrap(q.prompt)))
  end
  show_goal()
  for i = 1, #q.steps do
    local entry, stopped = run_step(s, q, i, show_goal)
    item.steps[i] = entry
    if stopped then
      item.stopped = stopped
      break
    end
  end
  local done = item.steps[1] and (item.steps[1].status ~= "stopped" or item.steps[1].tries > 0)
  if o.board ~= false and (not item.stopped or done) then M.board(item) end
  return item
end

-- The counts of one item's steps by status.
local function counts(item)
  local c = {}
  for _, e in ipairs(item.steps) do c[e.status] = (c[e.status] or 0) + 1 end
  return c
end

-- report(items): per derivation, the steps solved out of its steps, and how.
function M.report(items)
  if #items == 0 then return end
  local rows = { { "derivation", "solved", "how" } }
  local solved, total = 0, 0
  for _, item in ipairs(items) do
    local c = counts(item)
    local ok = (c["first-try"] or 0) + (c["after-hint"] or 0)
    local how = {}
    for _, k in ipairs({ "first-try", "after-hint", "revealed", "skipped", "stopped" }) do
      if c[k] then how[#how + 1] = ("%d %s"):format(c[k], (M.MARKS[k]:gsub("^✓ ", ""))) end
    end
    local left = #item.q.steps - #item.steps
    if left > 0 then how[#how + 1] = ("%d not reached"):format(left) end
    rows[#rows + 1] = { item.q.id, ("%d/%d steps"):format(ok, #item.q.steps), table.concat(how, ", ") }
    solved, total = solved + ok, total + #item.q.steps
  end
  ui.say("")
  ui.say(ui.columns(rows))
  if #items > 1 then ui.say(("Steps solved: %d/%d"):format(solved, total)) end
end

return M
