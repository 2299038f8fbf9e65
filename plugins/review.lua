-- Spaced review: today's due questions first, then a few new ones, scheduled by FSRS-6.
drill.need(1)
local cli = require("lib.cli")
local ui = require("lib.ui")
local pick = require("lib.questions")
local grade = require("lib.grade")
local session = require("lib.session")
local schedule = require("lib.schedule")
local fsrs = require("lib.fsrs")

local DAY = 86400

local opts = cli.parse({ ... }, {
  { name = "new", value = "N", kind = "integer", min = 0, default = 10,
    help = "new questions to add today, after the due ones (default 10)" },
  { name = "limit", value = "N", kind = "integer", min = 1, default = 100,
    help = "at most N questions in this session (default 100)" },
  { name = "until", value = "DATE", kind = "string",
    help = "plan for an interview on DATE (YYYY-MM-DD): every question seen, reviewed close to it" },
  { name = "cram", kind = "flag", help = "practise the weakest questions without touching the schedule" },
  { name = "count", value = "N", kind = "integer", min = 1, default = 15, help = "questions to cram (default 15)" },
  { name = "lesson", value = "NAME", kind = "string", help = "only this lesson" },
  { name = "simulate", value = "RATINGS", kind = "string",
    help = "print the interval after each rating of a new card (1 Again .. 4 Easy, e.g. 3,3,3,1)" },
  { name = "status", kind = "flag", help = "print one line: what is due today" },
}, {
  usage = "[--new N] [--limit N] [--until YYYY-MM-DD] [--cram [--count N]] [--lesson NAME] "
    .. "[--simulate RATINGS] [--status]",
  text = "Asks the questions due today, most overdue first, then up to --new questions never seen.\n"
    .. "Each answer is graded at its rubric's core and rated from the grade (a fail is Again; a pass\n"
    .. "is Hard, Good or Easy by score and time); FSRS-6 sets the next review. :override after an\n"
    .. "answer says you were right after all (rated Good), and is logged beside the grade.",
})

-- --simulate: the intervals a new card gets, rating by rating
if opts.simulate then
  local ratings = {}
  for r in opts.simulate:gmatch("[^,%s]+") do
    local g = math.tointeger(tonumber(r))
    if not g or g < 1 or g > 4 then
      cli.usage_error(("--simulate takes ratings 1 to 4 separated by commas, not '%s'"):format(opts.simulate))
    end
    ratings[#ratings + 1] = g
  end
  if #ratings == 0 then cli.usage_error("--simulate needs at least one rating") end
  local names = { "Again", "Hard", "Good", "Easy" }
  local days, steps = fsrs.simulate(ratings)
  for i, g in ipairs(ratings) do
    local wait = steps[i].log.scheduled_seconds
    local extra = ""
    if days[i] == 0 then extra = (" (%d min)"):format(math.floor(wait / 60 + 0.5)) end
    ui.say(("%d %-5s %d day%s%s"):format(g, names[g], days[i], days[i] == 1 and "" or "s", extra))
  end
  return 0
end

local now = drill.clock.wall()
local until_t
if opts["until"] then
  local y, m, d = opts["until"]:match("^(%d%d%d%d)-(%d%d)-(%d%d)$")
  local t = y and os.time({ year = tonumber(y), month = tonumber(m), day = tonumber(d), hour = 0 })
  if not t or os.date("%Y-%m-%d", t) ~= opts["until"] then
    cli.usage_error(("--until takes a date as YYYY-MM-DD, not '%s'"):format(opts["until"]))
  end
  if t < schedule.day_start(now) then
    cli.usage_error(("--until %s is in the past"):format(opts["until"]))
  end
  until_t = t
end

local all = drill.bank.questions()
local pool = pick.short_answer(all)
if opts.lesson then
  pool = pick.filter(pool, { lesson = opts.lesson })
  if #pool == 0 then
    cli.usage_error("no questions in lesson '" .. opts.lesson .. "'\nLessons: "
      .. table.concat(pick.values(all, "lesson"), ", "))
  end
end

local history, herr = drill.store.history()
if not history then
  if drill.store.enabled() then drill.term.ewrite("drill: progress not read: ", tostring(herr), "\n") end
  history = {}
end
local cards = schedule.cards(history, now)

-- What is due: the questions with a card due by the end of today. With --until, a card due
-- after the interview is due on its eve instead, so that every question is fresh on the day.
local function effective_due(c)
  if until_t and c.due > until_t then return math.max(until_t - DAY, c.last or now) end
  return c.due
end

local in_pool = {}
for _, q in ipairs(pool) do in_pool[q.id] = true end
local due, unseen = {}, {}
for id, c in pairs(cards) do
  local q = drill.bank.get(id)
  -- walkthroughs and derivations are practised in their own modes
  local short = q and q.format ~= "scenario" and q.format ~= "derivation"
  if short and (in_pool[id] or not opts.lesson) and effective_due(c) < schedule.day_start(now) + DAY then
    due[#due + 1] = { q = q, card = c, due = effective_due(c) }
  end
end
table.sort(due, function(a, b)
  if a.due ~= b.due then return a.due < b.due end
  return a.q.id < b.q.id
end)
for _, q in ipairs(pool) do
  if not cards[q.id] then unseen[#unseen + 1] = q end
end

-- New questions today: --new, or with --until enough to see every one before the date.
local new_today = opts.new
if until_t then
  local days_left = math.max(1, math.floor((until_t - schedule.day_start(now)) / DAY))
  new_today = math.max(new_today, math.ceil(#unseen / days_left))
end

if opts.status then
  local line = ("%d question%s due today, %d new to learn"):format(#due, #due == 1 and "" or "s", #unseen)
  if until_t then
    line = line .. (" · interview in %d day%s"):format(math.ceil((until_t - now) / DAY),
      math.ceil((until_t - now) / DAY) == 1 and "" or "s")
  end
  ui.say(line .. ((#due > 0 or #unseen > 0) and ": drill review.lua" or "."))
  return 0
end

-- The session's questions: due first, then new ones; or, cramming, the weakest.
local list = {}
if opts.cram then
  local weak = {}
  for _, q in ipairs(pool) do
    local c = cards[q.id]
    weak[#weak + 1] = { q = q, r = c and schedule.retrievability(c, now) or 0, fails = c and c.fails or 0 }
  end
  table.sort(weak, function(a, b)
    if a.r ~= b.r then return a.r < b.r end
    if a.fails ~= b.fails then return a.fails > b.fails end
    return a.q.id < b.q.id
  end)
  for i = 1, math.min(opts.count, #weak) do list[#list + 1] = { q = weak[i].q, card = cards[weak[i].q.id] } end
else
  for _, d in ipairs(due) do
    if #list < opts.limit then list[#list + 1] = { q = d.q, card = d.card, kind = "due" } end
  end
  for i = 1, math.min(new_today, #unseen) do
    if #list < opts.limit then list[#list + 1] = { q = unseen[i], kind = "new" } end
  end
end

local s = session.new({ mode = opts.cram and "cram" or "review", title = opts.cram and "Cram" or "Review",
  store = false })
local ndue, nnew = 0, 0
for _, x in ipairs(list) do
  if x.kind == "due" then ndue = ndue + 1 elseif x.kind == "new" then nnew = nnew + 1 end
end
if #list == 0 then
  ui.say("Nothing due today. Come back tomorrow, or cram: drill review.lua --cram")
  return 0
end
s:banner(opts.cram and ("%d weakest questions · the schedule is not touched"):format(#list)
  or ("%d due · %d new%s"):format(ndue, nnew, until_t and (" · interview on " .. opts["until"]) or ""),
  "Answer each in a few sentences; it is graded at its core and rated for the schedule. "
    .. ":override after an answer if you were right after all.")

local names = { "Again", "Hard", "Good", "Easy" }
local last -- the previous answer: {q, id, card, rating}, for :override
local stopped
local function when_text(days)
  if days < 1 then return ("in %d min"):format(math.max(1, math.floor(days * 1440 + 0.5))) end
  local n = math.floor(days + 0.5)
  return ("in %d day%s"):format(n, n == 1 and "" or "s")
end

local override_cmd = { ":override", "I was right: rate the previous answer Good", function()
  if not last then
    ui.say(ui.style("dim", "  (no answer to override yet)"))
    return nil
  end
  if last.rating ~= fsrs.AGAIN and last.rating ~= fsrs.HARD then
    ui.say(ui.style("dim", "  (the previous answer already passed)"))
    return nil
  end
  local ok, err = true, nil
  if last.id and not opts.cram then ok, err = drill.store.override(last.id, fsrs.GOOD) end
  if ok then
    local days = schedule.next_days(last.card, fsrs.GOOD, last.at)
    ui.say(ui.style("green", "  Overridden: "), ("%s rated Good; next review %s."):format(last.q.id, when_text(days)))
    last.rating = fsrs.GOOD
  else
    ui.say(ui.style("red", "  override not saved: "), tostring(err))
  end
  return nil
end }

for i, x in ipairs(list) do
  local q = x.q
  local limit = q.time_limit or 90
  local tag = x.kind == "new" and "new" or x.card and ("due · %d review%s"):format(x.card.reps,
    x.card.reps == 1 and "" or "s") or "cram"
  local got = s:question(("[%d/%d]"):format(i, #list), ("%s · %s · %s"):format(q.lesson, q.topic, tag), q,
    { commands = { override_cmd } })
  if got.action == "quit" or got.action == "eof" then
    stopped = true
    break
  end
  local r, err, rating
  if got.action == "answer" then
    r, err = grade.answer(q, got.text, { level = "core", coach = false })
    if r then
      r.pass_mark = q.rubric and q.rubric.pass or 0.6
      rating = fsrs.rating_from(r, got.seconds, limit)
    end
    s:feedback(r, { error = err, timing = ("%d s"):format(math.floor(got.seconds + 0.5)) })
    local summary = pick.summary(q)
    if summary then
      ui.say(ui.style("dim", "  Model answer:"))
      ui.say(ui.wrap(summary, nil, "    "))
    end
    s:add({ q = q, r = r, seconds = got.seconds, limit = limit, status = r and "answered" or "error" })
  else
    -- skipped or revealed: not remembered, so Again
    rating = fsrs.AGAIN
    s:add({ q = q, seconds = got.seconds, limit = limit, status = got.action == "reveal" and "revealed" or "skipped" })
  end
  if rating then
    local at = drill.clock.wall()
    local id
    local ok, rerr = drill.store.record({ question = q.id, mode = s.mode, score = r and r.score or 0,
      pass = r and r.pass or false, seconds = got.seconds, rating = rating, hash = session.content_hash(q),
      answer = session.storable(got.text), scheduled = not opts.cram, at = at })
    if ok then id = rerr elseif not s.store_warned then
      drill.term.ewrite("drill: progress not saved: ", tostring(rerr), "\n")
      s.store_warned = true
    end
    if opts.cram then
      ui.say(ui.style("dim", ("  Rated %s (cramming: the schedule is not touched)."):format(names[rating])))
    else
      local days = schedule.next_days(x.card, rating, at)
      ui.say(ui.style("cyan", ("  %s"):format(names[rating])), (" · next review %s"):format(when_text(days)))
    end
    last = { q = q, id = id, card = x.card, rating = rating, at = at }
  end
end

-- the last answer failed: a last chance to say it was right
if last and not stopped and (last.rating == fsrs.AGAIN or last.rating == fsrs.HARD) then
  s:ask({ prompt = "(Enter to finish, or :override if you were right) ", allow_empty = true,
    commands = { override_cmd } })
end

s:summary()
if not opts.cram then
  -- what comes next, from the log as it is now
  local fresh = drill.store.history()
  local later = fresh and schedule.forecast(schedule.cards(fresh, drill.clock.wall()), drill.clock.wall(), 7) or nil
  if later then
    local parts = {}
    for d = 2, 7 do parts[#parts + 1] = tostring(later[d]) end
    ui.say(("Due in the next days: %s (tomorrow first)."):format(table.concat(parts, " ")))
  end
end
return s:exit_code()
