-- What every drill mode shares: the prompt and its commands (:hint, :skip,
-- :reveal, :again, :edit, :quit, :help), where the user is (question 3/15,
-- the elapsed time), feedback on a graded answer, recording to the store,
-- and the closing summary by lesson and topic. docs/modes/ describes what
-- the user sees; docs/plugins.md the functions.
local ui = require("lib.ui")
local pick = require("lib.questions")

local M = {}
local Session = {}
Session.__index = Session

local style = ui.style

M.COMMANDS = {
  { ":hint", "a hint (again for the next one)" },
  { ":skip", "leave this one unanswered and go on" },
  { ":reveal", "show the model answer (counts as not answered)" },
  { ":again", "show the question again and start the answer over" },
  { ":edit", "write the answer in $EDITOR" },
  { ":quit", "stop here, with the summary so far (Ctrl-C does the same)" },
  { ":help", "this list" },
}

-- Minutes and seconds: "2:05".
function M.clock(seconds)
  seconds = math.max(0, math.floor(seconds + 0.5))
  return ("%d:%02d"):format(seconds // 60, seconds % 60)
end

-- new{mode = "deepdive", title = "Deep dive", store = true} -> session
-- store = false: nothing is recorded (a mode may record itself).
function M.new(o)
  local s = setmetatable({ mode = o.mode, title = o.title or o.mode, started = drill.clock.now(), results = {},
    store = o.store ~= false, store_warned = false }, Session)
  return s
end

function Session:elapsed()
  return drill.clock.now() - self.started
end

-- The opening lines: the title, what the round is, and how to answer.
function Session:banner(detail, how)
  ui.say(style("bold", self.title), detail and (" · " .. detail) or "",
    drill.options.seed and (" · seed " .. drill.options.seed) or "")
  if how then ui.say(style("dim", ui.wrap(how))) end
  ui.say(style("dim", "An empty line submits the answer; :help lists the commands; Ctrl-C stops."))
  if self.mode ~= "review" and self.mode ~= "cram" then
    local due = require("lib.schedule").due_today(drill.clock.wall())
    if due > 0 then
      ui.say(style("yellow", ("%d question%s due for review today: drill review.lua"):format(due,
        due == 1 and " is" or "s are")))
    end
  end
end

-- Where the user is: "[3/15] lesson · topic · 60 s · 2:31".
function Session:progress(label, detail)
  ui.say("")
  ui.say(style("cyan", label), detail and ("  " .. style("dim", detail)) or "",
    style("dim", "  · " .. M.clock(self:elapsed())))
end

local function is_command(text)
  return text:match("^%s*(:%a+)%s*$")
end

-- ask(o) -> {action = "answer", text, seconds, cut, hints} | {action = "skip" | "reveal" | "quit" | "eof", ...}
-- o.hint(k): the k-th hint, or nil when there are no more; o.reveal(): the model answer's text;
-- o.again(): shows the question again; o.prompt / o.more: the prompts ("> ", "| ");
-- o.commands: a mode's own, {{":name", "help", fn}, ...}; fn() returns nil to go on reading,
-- or an action table to return. o.allow_empty: an empty line returns {action = "empty"}.
-- An empty answer is never submitted; quit.interrupted is true after Ctrl-C.
function Session:ask(o)
  o = o or {}
  local t0 = drill.clock.now()
  local hints = 0
  local extra = {}
  for _, c in ipairs(o.commands or {}) do extra[c[1]] = c end
  while true do
    local text, why = drill.term.read(o.prompt or "> ", o.more or "| ")
    local seconds = drill.clock.now() - t0
    if not text then
      if why == "interrupt" then
        ui.say(style("dim", "(stopped)"))
        return { action = "quit", interrupted = true, seconds = seconds, hints = hints }
      end
      ui.say(style("dim", "(end of input)"))
      return { action = "eof", seconds = seconds, hints = hints }
    end
    local cmd = is_command(text)
    if cmd then cmd = cmd:lower() end
    if not text:match("%S") and o.allow_empty then
      return { action = "empty", seconds = seconds, hints = hints }
    elseif not text:match("%S") then
      ui.say(style("dim", "  (nothing to submit: type the answer, then an empty line; :help lists the commands)"))
    elseif extra[cmd] then
      local act = extra[cmd][3]()
      if act then
        act.seconds, act.hints = seconds, hints
        return act
      end
    elseif cmd == ":help" or cmd == ":h" then
      for _, c in ipairs(M.COMMANDS) do ui.say(style("dim", ("  %-8s %s"):format(c[1], c[2]))) end
      for _, c in ipairs(o.commands or {}) do ui.say(style("dim", ("  %-8s %s"):format(c[1], c[2]))) end
    elseif cmd == ":hint" then
      local h = o.hint and o.hint(hints + 1)
      if h then
        hints = hints + 1
        local label = ("Hint %d:"):format(hints)
        local shown = ui.wrap(label .. " " .. h, nil, "  ")
        ui.say((shown:gsub(label, style("yellow", label), 1)))
      else
        ui.say(style("dim", hints > 0 and "  (no more hints: :reveal shows the answer)" or "  (no hint for this one)"))
      end
    elseif cmd == ":skip" or cmd == ":next" then
      ui.say(style("dim", "  (skipped)"))
      return { action = "skip", seconds = seconds, hints = hints }
    elseif cmd == ":reveal" or cmd == ":answer" then
      local model = o.reveal and o.reveal()
      if model and model ~= "" then
        ui.say(style("dim", "  Model answer:"))
        ui.say(ui.wrap(model, nil, "    "))
      end
      return { action = "reveal", seconds = seconds, hints = hints }
    elseif cmd == ":again" or cmd == ":repeat" then
      if o.again then o.again() end
      t0 = drill.clock.now()
    elseif cmd == ":quit" or cmd == ":q" or cmd == ":exit" then
      return { action = "quit", seconds = seconds, hints = hints }
    elseif cmd == ":edit" or cmd == ":e" then
      local edited, err = drill.term.edit("")
      if not edited then
        ui.say(style("red", "  " .. err))
      elseif not edited:match("%S") then
        ui.say(style("dim", "  (the editor left nothing to submit)"))
      else
        ui.say(ui.wrap(edited, nil, "  "))
        self.last_text = edited
        return { action = "answer", text = edited, seconds = drill.clock.now() - t0, hints = hints }
      end
    elseif cmd then
      ui.say(style("yellow", ("  Unknown command %s: :help lists them. (An answer is more than one word.)"):format(cmd)))
    else
      self.last_text = text
      return { action = "answer", text = text, seconds = seconds, hints = hints, cut = why == true }
    end
  end
end

-- question(label, detail, q [, o]) -> what ask returns. Shows where the user is and the
-- prompt, then reads the answer: hints from the rubric and the model answer, :reveal shows the
-- model answer's summary, :again shows it all again (after o.before, such as a scenario's
-- situation). o.text, o.rubric, o.answer: a stage's or a step's instead of q's; o.reveal,
-- o.commands, o.allow_empty: as for ask.
function Session:question(label, detail, q, o)
  o = o or {}
  local function show()
    self:progress(label, detail)
    ui.say(style("bold", ui.wrap(o.text or q.prompt or "")))
  end
  show()
  local hints = M.hints(o.rubric or q.rubric, o.answer or q.answer)
  return self:ask({
    hint = function(k) return hints[k] end,
    reveal = o.reveal or function() return M.model_summary(q) end,
    again = function()
      if o.before then o.before() end
      show()
    end,
    commands = o.commands,
    allow_empty = o.allow_empty,
  })
end

-- Hints, gentlest first: the model answer's intuition, then the rubric's core
-- concepts by name, then the rest. `answer` is the model answer (a table or text).
function M.hints(rubric, answer)
  local out = {}
  if type(answer) == "table" and answer.intuition then out[1] = answer.intuition end
  local concepts = rubric and rubric.concepts or {}
  for pass = 1, 2 do
    for _, c in ipairs(concepts) do
      local core = c.core or c.required
      if (pass == 1) == (core and true or false) and c.feedback then
        out[#out + 1] = ("Think about %s."):format(c.name)
      end
    end
  end
  return out
end

-- Shows a graded result: the verdict and score, what was missed (core concepts
-- only at the core level), misconceptions and contradictions. o.timing: a string.
function Session:feedback(r, o)
  o = o or {}
  if not r then
    ui.say(style("red", "  grading failed: "), o.error or "?")
    self.grading_failed = (self.grading_failed or 0) + 1
    return
  end
  local mark = r.pass and style("green", "✓ pass") or style("red", "✗ fail")
  ui.say("  ", mark, "  ", style("bold", ui.percent(r.score)), o.timing and (" · " .. o.timing) or "")
  local core_only = r.level == "core"
  for _, h in ipairs(r.hits) do
    if not core_only or h.core then ui.say(style("green", "  + "), h.name) end
  end
  local shown = {}
  for _, k in ipairs(r.contradictions or {}) do
    shown[k.name] = true
    ui.say(style("red", "  ✗ "), k.name, style("dim", (" (you said \"%s\")"):format(k.said or k.text or "")))
    if k.feedback then ui.say(style("dim", ui.wrap(k.feedback, nil, "      "))) end
  end
  for _, m in ipairs(r.misses) do
    if not shown[m.name] and (not core_only or m.core or m.required) then
      ui.say(style("yellow", "  - "), m.name, (m.core or m.required) and style("dim", " (core)") or "")
      if m.feedback then ui.say(style("dim", ui.wrap(m.feedback, nil, "      "))) end
    end
  end
  for _, m in ipairs(r.misconceptions) do
    ui.say(style("red", "  ! "), m.name)
    if m.feedback then ui.say(ui.wrap(m.feedback, nil, "      ")) end
  end
end

-- A fingerprint of what the question says (prompt and model answer), for the log: editing a
-- question keeps its history (the id is the question) and the new hash marks the change.
function M.content_hash(q)
  return drill.text.hash((q.prompt or "") .. "\0" .. pick.model_text(q))
end

-- An answer as the store keeps it: text, with any NUL byte (from a binary
-- file piped in) as "?"; nil when there is none.
function M.storable(text)
  if type(text) ~= "string" then return nil end
  return (text:gsub("%z", "?"))
end

-- Records an attempt in the progress store, for the review log: the rating
-- the grade earns (lib.fsrs.rating_from, with the time against `limit`), a
-- hash of the question's content and the answer's text (default: the last
-- answer read). A store that fails is reported once. Returns the attempt's id.
function Session:record(q, r, seconds, text, limit)
  if not (self.store and r) then return nil end
  local fsrs = require("lib.fsrs")
  r.pass_mark = r.pass_mark or (q.rubric and q.rubric.pass) or 0.6
  local ok, err = drill.store.record({ question = q.id, mode = self.mode, score = r.score, pass = r.pass,
    seconds = seconds, rating = fsrs.rating_from(r, seconds, limit or q.time_limit),
    hash = M.content_hash(q), answer = M.storable(text or self.last_text) })
  if not ok and not self.store_warned then
    drill.term.ewrite("drill: progress not saved: ", tostring(err), "\n")
    self.store_warned = true
  end
  return ok and err or nil
end

-- add{q = question, r = result or nil, seconds, status = "answered"|"skipped"|"revealed", limit}
function Session:add(x)
  x.status = x.status or (x.r and "answered" or "skipped")
  self.results[#self.results + 1] = x
  return x
end

-- The table of results grouped by `field` ("lesson" or "topic"), in order of first appearance.
local function groups(results, field)
  local by, order = {}, {}
  for _, x in ipairs(results) do
    local key = x.q[field] or "?"
    local g = by[key]
    if not g then
      g = { name = key, asked = 0, passed = 0, sum = 0, graded = 0 }
      by[key] = g
      order[#order + 1] = g
    end
    g.asked = g.asked + 1
    if x.status == "answered" and x.seconds then
      g.answered = (g.answered or 0) + 1
      g.seconds = (g.seconds or 0) + x.seconds
    end
    -- a skipped or revealed question counts as a zero
    local score = x.r and x.r.score or 0
    g.graded = g.graded + 1
    g.sum = g.sum + score
    if x.r and x.r.pass then g.passed = g.passed + 1 end
  end
  for _, g in ipairs(order) do g.mean = g.graded > 0 and g.sum / g.graded or 0 end
  return order
end
M.groups = groups

local function table_of(title, gs)
  local rows = { { title, "asked", "passed", "mean", "time/answer" } }
  for _, g in ipairs(gs) do
    rows[#rows + 1] = { g.name, tostring(g.asked), tostring(g.passed), ui.percent(g.mean),
      g.answered and M.clock(g.seconds / g.answered) or "-" }
  end
  return ui.columns(rows)
end

-- The weakest `n` topics: lowest mean first, only those not mastered.
function M.weakest(results, n)
  local gs = groups(results, "topic")
  table.sort(gs, function(a, b)
    if a.mean ~= b.mean then return a.mean < b.mean end
    return a.name < b.name
  end)
  local out = {}
  for _, g in ipairs(gs) do
    if #out < (n or 3) and (g.passed < g.asked) then out[#out + 1] = g end
  end
  return out
end

-- The closing summary: passed, mean, time; by lesson and by topic; time per
-- answer; the three weakest topics to study next. Returns the counts.
-- The mode's exit code: 0, or 70 when a grader failed on some answer (a plugin error, as
-- docs/cli.md says), so a broken grader is not a green run.
function Session:exit_code()
  return (self.grading_failed or 0) > 0 and 70 or 0
end

-- Says how many answers a grader failed on, when any did (the summary does; a mode with a report
-- of its own calls it).
function Session:grading_failures()
  local n = self.grading_failed or 0
  if n == 0 then return end
  ui.say("")
  ui.say(style("red", ("%d %s could not be graded: a grader failed (see above)."):format(n,
    n == 1 and "answer" or "answers")))
end

function Session:summary(o)
  o = o or {}
  local results = self.results
  self:grading_failures()
  ui.say("")
  if #results == 0 then
    ui.say("No questions answered.")
    return { asked = 0, passed = 0 }
  end
  local passed, sum, answered, secs = 0, 0, 0, 0
  for _, x in ipairs(results) do
    if x.r then
      sum = sum + x.r.score
      if x.r.pass then passed = passed + 1 end
    end
    if x.status == "answered" then
      answered = answered + 1
      secs = secs + (x.seconds or 0)
    end
  end
  local elapsed = self:elapsed()
  ui.say(style("bold", "Summary"), (" · %d/%d passed · mean %s · %s"):format(passed, #results,
    ui.percent(sum / #results), M.clock(elapsed)))
  if o.before then o.before() end
  local lessons = groups(results, "lesson")
  if #lessons > 1 then
    ui.say("")
    ui.say(table_of("lesson", lessons))
  end
  ui.say("")
  ui.say(table_of("topic", groups(results, "topic")))
  if answered > 0 then
    local over = 0
    for _, x in ipairs(results) do
      if x.limit and x.seconds and x.status == "answered" and x.seconds > x.limit then over = over + 1 end
    end
    ui.say("")
    ui.say(("Time per answer: %s on average%s."):format(M.clock(secs / answered),
      over > 0 and (", %d over the time budget"):format(over) or ""))
  end
  local weak = M.weakest(results, 3)
  if #weak > 0 then
    local names = {}
    for _, g in ipairs(weak) do names[#names + 1] = ("%s (%s)"):format(g.name, ui.percent(g.mean)) end
    ui.say(style("bold", "Study next: "), table.concat(names, ", "))
  end
  return { asked = #results, passed = passed }
end

-- The model answer's summary, for feedback, or the whole text when it has none.
function M.model_summary(q)
  return pick.summary(q) or pick.model_text(q)
end

return M
