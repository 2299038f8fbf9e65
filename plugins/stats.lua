-- Progress statistics: totals, lessons and topics, answers over time, what falls due, the leeches.
--
-- Read from the review log (drill.store.history) and the schedule (lib.schedule); text for people,
-- JSON for tools, and a self-contained HTML page. docs/modes/stats.md defines every number.
drill.need(2)
local cli = require("lib.cli")
local charts = require("lib.charts")
local schedule = require("lib.schedule")

local opts = cli.parse({ ... }, {
  { name = "format", value = "F", kind = "string", choices = { "text", "json" },
    help = "text (the default) or json" },
  { name = "by", value = "WHAT", kind = "string", default = "lesson", choices = { "lesson", "topic", "both" },
    help = "the table: per lesson (default), per topic, or both" },
  { name = "lesson", value = "NAME", kind = "string", help = "only this lesson" },
  { name = "days", value = "N", kind = "integer", min = 1, default = 30,
    help = "days of history in the charts over time (default 30, at most 366)" },
  { name = "html", value = "FILE", kind = "string", help = "also write a self-contained HTML page to FILE" },
  { name = "ascii", kind = "flag", help = "draw with plain ASCII (#) instead of Unicode blocks" },
  { name = "as-of", value = "DATE", kind = "string",
    help = "the statistics as they stood at DATE (YYYY-MM-DD[THH:MM[:SS]], local time, or @UNIX)" },
}, {
  usage = "[--format text|json] [--by lesson|topic|both] [--lesson NAME] [--days N] [--html FILE] [--ascii]"
    .. " [--as-of DATE]",
  text = "Shows your progress from the review log: answers, questions seen, the streak of days\n"
    .. "practised, mastery and retention per lesson or topic, answers per day, what falls due in\n"
    .. "the next 14 days and the questions you fail again and again.",
})
if opts.days > 366 then cli.usage_error("--days takes at most 366") end

local SCRIPT = "stats.lua"
local REMOVED = "(removed)"
local FORECAST_DAYS = 14
local LEECH_FAILS, LEECH_LAPSES = 4, 4
local EMPTY = "No answers recorded yet: try drill rapidfire.lua"
local null, array = drill.json.null, drill.json.array

-- ---------------------------------------------------------------- days

-- Days are counted in local time, as civil day numbers (days since 1970-01-01), so a day is
-- always one step whatever the clock changes in it.
local function civil(y, m, d)
  y = m <= 2 and y - 1 or y
  local era = (y >= 0 and y or y - 399) // 400
  local yoe = y - era * 400
  local doy = (153 * (m > 2 and m - 3 or m + 9) + 2) // 5 + d - 1
  return era * 146097 + yoe * 365 + yoe // 4 - yoe // 100 + doy - 719468
end

local function ymd(dn)
  local z = dn + 719468
  local era = (z >= 0 and z or z - 146096) // 146097
  local doe = z - era * 146097
  local yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
  local doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
  local mp = (5 * doy + 2) // 153
  local d = doy - (153 * mp + 2) // 5 + 1
  local m = mp < 10 and mp + 3 or mp - 9
  return yoe + era * 400 + (m <= 2 and 1 or 0), m, d
end

local function day_of(t)
  local d = os.date("*t", math.floor(t))
  return civil(d.year, d.month, d.day)
end

local function noon(dn)
  local y, m, d = ymd(dn)
  return os.time({ year = y, month = m, day = d, hour = 12 })
end

local function weekday(dn) return os.date("%a", noon(dn)) end

local function iso(dn) return ("%04d-%02d-%02d"):format(ymd(dn)) end

-- "Tue 14 Nov", "14 Nov" (short = true), or "Tue 14 Nov 2023" (year = true)
local function label(dn, short, year)
  local y, _, d = ymd(dn)
  local t = noon(dn)
  local s = ("%d %s"):format(d, os.date("%b", t))
  if not short then s = os.date("%a ", t) .. s end
  if year then s = s .. " " .. y end
  return s
end

local function parse_as_of(s)
  local unix = s:match("^@(%d+)$")
  if unix then return tonumber(unix) end
  local y, m, d, rest = s:match("^(%d%d%d%d)-(%d%d)-(%d%d)(.*)$")
  if not y then return nil end
  local t = { year = tonumber(y), month = tonumber(m), day = tonumber(d), hour = 23, min = 59, sec = 59 }
  if rest ~= "" then
    local h, mi, se = rest:match("^[T ](%d%d):(%d%d)(.*)$")
    if not h or not (se == "" or se:match("^:%d%d$")) then return nil end
    t.hour, t.min, t.sec = tonumber(h), tonumber(mi), se == "" and 0 or tonumber(se:sub(2))
  end
  local want = { t.year, t.month, t.day, t.hour, t.min }
  local ok, at = pcall(os.time, t)
  if not ok or not at then return nil end
  -- os.time carries 30 February over into March: a date that does not exist comes back changed
  local back = os.date("*t", at)
  if back.year ~= want[1] or back.month ~= want[2] or back.day ~= want[3] or back.hour ~= want[4]
      or back.min ~= want[5] then
    return nil
  end
  return at
end

local now = os.time()
if opts["as-of"] then
  now = parse_as_of(opts["as-of"])
  if not now then
    cli.usage_error(("--as-of takes YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS] or @UNIX, not '%s'"):format(opts["as-of"]))
  end
end
local today = day_of(now)

-- ---------------------------------------------------------------- the banks

-- Every question a mode can ask and record: the top-level ones and their inline follow-ups.
local info, lessons_order, lesson_known, titles, topic_rank = {}, {}, {}, {}, {}
local ntopics = 0
local function index(q)
  if info[q.id] then return end
  info[q.id] = q
  local lesson = q.lesson or "(none)"
  if not lesson_known[lesson] then
    lesson_known[lesson] = true
    lessons_order[#lessons_order + 1] = lesson
  end
  local key = lesson .. "\0" .. (q.topic or "(none)")
  if not topic_rank[key] then
    ntopics = ntopics + 1
    topic_rank[key] = ntopics
  end
end
for _, q in ipairs(drill.bank.questions()) do
  index(q)
  for _, f in ipairs(q.followups or {}) do
    local fq = type(f) == "table" and f.id and drill.bank.get(f.id)
    if fq then index(fq) end
  end
end
for _, f in ipairs(drill.bank.files()) do titles[f.bank] = f.title end

local function lesson_of(id)
  local q = info[id]
  return q and (q.lesson or "(none)") or REMOVED
end
local function topic_of(id)
  local q = info[id]
  return q and (q.topic or "(none)") or REMOVED
end

if opts.lesson and not lesson_known[opts.lesson] and opts.lesson ~= REMOVED then
  cli.usage_error(("no lesson '%s' in the banks\nLessons: %s"):format(opts.lesson, table.concat(lessons_order, ", ")))
end
local function in_scope(id) return not opts.lesson or lesson_of(id) == opts.lesson end

-- ---------------------------------------------------------------- the log

local log = {}
local history, herr = drill.store.history()
if not history and drill.store.enabled() then
  drill.exit(74, ("drill: %s: cannot read the progress store: %s"):format(SCRIPT, tostring(herr)))
end
for _, a in ipairs(history or {}) do
  if a.at <= now then log[#log + 1] = a end
end
-- oldest first, as the store gives it; sorted again because an imported log may be in any order
table.sort(log, function(a, b)
  if a.at ~= b.at then return a.at < b.at end
  return a.id < b.id
end)

-- Whether an answer counts as passed: by the rating the schedule replays (the learner's override,
-- else the grade's rating; for a row from before ratings were kept, the grade's pass), Hard or better.
local function passed(a)
  return schedule.rating(a) >= 2
end

-- ---------------------------------------------------------------- the numbers

local function new_group(lesson, topic)
  return { lesson = lesson, topic = topic, answers = 0, passed = 0, score = 0, seconds = 0, questions = 0, seen = 0,
    mastered = 0, reviews = 0, recalled = 0, recall_sum = 0, cards = 0 }
end

local totals = new_group()
local lessons, topics, topic_order = {}, {}, {}
local function lesson_group(l)
  if not lessons[l] then lessons[l] = new_group(l) end
  return lessons[l]
end
local function topic_group(l, t)
  local key = l .. "\0" .. t
  if not topics[key] then
    topics[key] = new_group(l, t)
    topic_order[#topic_order + 1] = key
  end
  return topics[key]
end

-- the questions in the banks, per lesson and topic
for _, l in ipairs(lessons_order) do
  if not opts.lesson or opts.lesson == l then lesson_group(l) end
end
local bank_topics = {}
for id in pairs(info) do
  if in_scope(id) then
    totals.questions = totals.questions + 1
    local l = lesson_of(id)
    lesson_group(l).questions = lessons[l].questions + 1
    local key = l .. "\0" .. topic_of(id)
    bank_topics[key] = (bank_topics[key] or 0) + 1
  end
end

local per_q, q_order, days = {}, {}, {}
for _, a in ipairs(log) do
  if in_scope(a.question) then
    local id = a.question
    local st = per_q[id]
    if not st then
      st = { answers = 0, fails = 0 }
      per_q[id] = st
      q_order[#q_order + 1] = id
    end
    local ok, dn = passed(a), day_of(a.at)
    st.answers = st.answers + 1
    if not ok then st.fails = st.fails + 1 end
    -- a review: the first scheduled answer of a day to a question answered (scheduled) on an earlier day
    local review = false
    if a.scheduled ~= false then
      review = st.last_day ~= nil and st.last_day < dn
      st.last_day, st.last_pass = dn, ok
    end
    local l, t = lesson_of(id), topic_of(id)
    for _, g in ipairs({ totals, lesson_group(l), topic_group(l, t) }) do
      g.answers = g.answers + 1
      g.score = g.score + a.score
      g.seconds = g.seconds + (a.seconds or 0)
      if ok then g.passed = g.passed + 1 end
      if review then
        g.reviews = g.reviews + 1
        if ok then g.recalled = g.recalled + 1 end
      end
    end
    local day = days[dn]
    if not day then
      day = { answers = 0, score = 0 }
      days[dn] = day
    end
    day.answers = day.answers + 1
    day.score = day.score + a.score
  end
end

-- questions seen and mastered (the last scheduled answer passed)
totals.removed = 0
for _, id in ipairs(q_order) do
  local st, l = per_q[id], lesson_of(id)
  local groups = { lesson_group(l), topic_group(l, topic_of(id)) }
  if info[id] then
    groups[#groups + 1] = totals
  else
    totals.removed = totals.removed + 1
    for _, g in ipairs(groups) do g.questions = g.questions + 1 end
  end
  for _, g in ipairs(groups) do
    g.seen = g.seen + 1
    if st.last_pass then g.mastered = g.mastered + 1 end
  end
end
for key, n in pairs(bank_topics) do
  if topics[key] then topics[key].questions = n end
end

-- the streak: consecutive days practised up to today (or up to yesterday, when today has no answer yet)
local practised, longest, run, last = 0, 0, 0, nil
local sorted_days = {}
for dn in pairs(days) do sorted_days[#sorted_days + 1] = dn end
table.sort(sorted_days)
for _, dn in ipairs(sorted_days) do
  practised = practised + 1
  run = (last and dn == last + 1) and run + 1 or 1
  longest = math.max(longest, run)
  last = dn
end
local streak = 0
local from = days[today] and today or today - 1
while days[from - streak] do streak = streak + 1 end

-- the schedule: cards, due forecast, retrievability
local cards, lapses_of = {}, {}
local forecast
do
  local all = schedule.cards(log, now)
  -- a question no longer in the banks is never asked again: it keeps its lapses, but is not due
  for id, c in pairs(all) do
    lapses_of[id] = c.lapses
    if in_scope(id) and info[id] then cards[id] = c end
  end
  forecast = schedule.forecast(cards, now, FORECAST_DAYS)
  for id, c in pairs(cards) do
    local r = schedule.retrievability(c, now)
    local l = lesson_of(id)
    for _, g in ipairs({ totals, lesson_group(l), topic_group(l, topic_of(id)) }) do
      g.cards = g.cards + 1
      g.recall_sum = g.recall_sum + r
    end
  end
end
local states = { learning = 0, review = 0, relearning = 0 }
for _, c in pairs(cards) do states[c.state] = (states[c.state] or 0) + 1 end

-- leeches
local leeches = {}
for _, id in ipairs(q_order) do
  local st = per_q[id]
  local lapses = lapses_of[id] or 0
  if st.fails >= LEECH_FAILS or lapses >= LEECH_LAPSES then
    local q = info[id]
    leeches[#leeches + 1] = { id = id, lesson = lesson_of(id), topic = topic_of(id),
      prompt = q and (q.prompt or "") or "(no longer in the banks)", answers = st.answers, fails = st.fails,
      lapses = lapses }
  end
end
table.sort(leeches, function(a, b)
  if a.fails ~= b.fails then return a.fails > b.fails end
  if a.lapses ~= b.lapses then return a.lapses > b.lapses end
  return a.id < b.id
end)

-- answers per day and mean score per week (7-day spans ending today) over the window
local per_day, per_week = {}, {}
for i = 1, opts.days do
  local dn = today - opts.days + i
  local d = days[dn]
  per_day[i] = { day = dn, answers = d and d.answers or 0, mean = d and d.score / d.answers or nil }
end
local weeks = (opts.days + 6) // 7
for w = 1, weeks do
  local to = today - 7 * (weeks - w)
  local n, s = 0, 0
  for dn = to - 6, to do
    if days[dn] then n, s = n + days[dn].answers, s + days[dn].score end
  end
  per_week[w] = { from = to - 6, to = to, answers = n, mean = n > 0 and s / n or nil }
end

local function ratio(a, b) return b > 0 and a / b or nil end
local function finish(g)
  g.mean = ratio(g.score, g.answers)
  g.mastery = ratio(g.mastered, g.questions)
  g.retention = ratio(g.recalled, g.reviews)
  g.recall = ratio(g.recall_sum, g.cards)
  return g
end
finish(totals)
local lesson_list, topic_list = {}, {}
for _, l in ipairs(lessons_order) do
  if lessons[l] then lesson_list[#lesson_list + 1] = finish(lessons[l]) end
end
if lessons[REMOVED] then lesson_list[#lesson_list + 1] = finish(lessons[REMOVED]) end
-- topics in the order of their lessons, then of the banks (those of removed questions last)
local lesson_rank = {}
for i, g in ipairs(lesson_list) do lesson_rank[g.lesson] = i end
for i, key in ipairs(topic_order) do
  topics[key].rank = topic_rank[key] or ntopics + i
  topic_list[#topic_list + 1] = finish(topics[key])
end
table.sort(topic_list, function(a, b)
  if a.lesson ~= b.lesson then return lesson_rank[a.lesson] < lesson_rank[b.lesson] end
  return a.rank < b.rank
end)
local due_today = forecast[1]
local due_total = 0
for _, n in ipairs(forecast) do due_total = due_total + n end

-- ---------------------------------------------------------------- formatting helpers

local NONE = "—"
local function pct(x)
  if not x then return NONE end
  return ("%d%%"):format(math.floor(x * 100 + 0.5))
end
local function plural(n, word, words)
  return ("%d %s"):format(n, n == 1 and word or (words or word .. "s"))
end
local function duration(s)
  s = math.floor(s + 0.5)
  if s < 60 then return s .. " s" end
  local m = s // 60
  if m < 60 then return m .. " min" end
  return ("%d h %d min"):format(m // 60, m % 60)
end
local function len(s) return drill.text.length(s) end
-- `s` cut to n characters, with an ellipsis when cut
local function shorten(s, n, ascii)
  s = tostring(s):gsub("%s+", " ")
  if len(s) <= n then return s end
  local mark = ascii and "..." or "…"
  local keep = math.max(0, n - len(mark))
  local cut = utf8.offset(s, keep + 1)
  return (cut and s:sub(1, cut - 1) or s):gsub("%s+$", "") .. mark
end
local function pad(s, n) return s .. (" "):rep(math.max(0, n - len(s))) end
local function lpad(s, n) return (" "):rep(math.max(0, n - len(s))) .. s end

-- ---------------------------------------------------------------- JSON

local function group_json(g, with_topic)
  local o = { lesson = g.lesson, answers = g.answers, passed = g.passed, mean_score = g.mean or null,
    questions = g.questions, seen = g.seen, mastered = g.mastered, mastery = g.mastery or null, reviews = g.reviews,
    recalled = g.recalled, retention = g.retention or null, time_seconds = math.floor(g.seconds + 0.5),
    recall_now = g.recall or null }
  if with_topic then o.topic = g.topic else o.title = titles[g.lesson] or null end
  return o
end

local function json_report()
  local t = group_json(totals)
  t.lesson, t.title = nil, nil
  t.removed = totals.removed
  t.days_practised, t.streak, t.longest_streak = practised, streak, longest
  t.due_today = due_today or null
  t.cards = { learning = states.learning, review = states.review, relearning = states.relearning }
  local o = { as_of = now, date = iso(today), lesson = opts.lesson or null, days = opts.days, totals = t,
    lessons = array(), topics = array(), per_day = array(), per_week = array(), leeches = array(),
    forecast = array() }
  for _, g in ipairs(lesson_list) do o.lessons[#o.lessons + 1] = group_json(g) end
  for _, g in ipairs(topic_list) do o.topics[#o.topics + 1] = group_json(g, true) end
  for _, d in ipairs(per_day) do
    o.per_day[#o.per_day + 1] = { date = iso(d.day), answers = d.answers, mean_score = d.mean or null }
  end
  for _, w in ipairs(per_week) do
    o.per_week[#o.per_week + 1] = { from = iso(w.from), to = iso(w.to), answers = w.answers,
      mean_score = w.mean or null }
  end
  for i, n in ipairs(forecast) do o.forecast[i] = { date = iso(today + i - 1), due = n } end
  for _, l in ipairs(leeches) do o.leeches[#o.leeches + 1] = l end
  return drill.json.encode(o, { indent = 2 }) .. "\n"
end

-- ---------------------------------------------------------------- text

local function text_report(ascii)
  if ascii then NONE = "-" end
  local W = math.max(60, drill.term.width() or 80)
  local style = drill.term.style
  local lines = {}
  local function say(s) lines[#lines + 1] = (s or ""):gsub("%s+$", "") end
  -- items joined with " · ", wrapped at the width
  local function flow(items, indent, how)
    local sep = ascii and " - " or " · "
    local line = indent
    local function put(l) say(how and style(how, l) or l) end
    for _, it in ipairs(items) do
      if line ~= indent and len(line) + len(sep) + len(it) > W then
        put(line)
        line = indent .. it
      else
        line = line .. (line ~= indent and sep or "") .. it
      end
    end
    put(line)
  end
  local function colour(v)
    if not v then return "dim" end
    return v >= 0.8 and "green" or v >= 0.5 and "yellow" or "red"
  end

  say(style("bold", "Progress") .. (ascii and " - " or " · ") .. "as of " .. label(today, false, true)
    .. (opts.lesson and ((ascii and " - " or " · ") .. "lesson " .. opts.lesson) or ""))
  local seen = ("%d of %s seen"):format(totals.seen, plural(totals.questions, "question"))
  if totals.removed > 0 then seen = seen .. (" (+%d removed)"):format(totals.removed) end
  flow({ plural(totals.answers, "answer"), seen, ("streak %s (longest %d)"):format(plural(streak, "day"), longest),
    plural(practised, "day") .. " practised", duration(totals.seconds) .. " spent" }, "  ")
  local second = { "mastery " .. pct(totals.mastery),
    totals.reviews > 0 and ("retention %s of %s"):format(pct(totals.retention), plural(totals.reviews, "review"))
    or ("retention %s (no reviews yet)"):format(NONE), "mean score " .. pct(totals.mean) }
  if due_today then second[#second + 1] = ("%d due today"):format(due_today) end
  flow(second, "  ")

  -- the table: per lesson, per topic, or lessons with their topics beneath
  local rows = {}
  local function add(g, name, indent) rows[#rows + 1] = { g = g, name = name, indent = indent or "" } end
  if opts.by == "topic" then
    local count = {}
    for _, g in ipairs(topic_list) do count[g.topic] = (count[g.topic] or 0) + 1 end
    for _, g in ipairs(topic_list) do
      add(g, count[g.topic] > 1 and not opts.lesson and (g.topic .. " (" .. g.lesson .. ")") or g.topic)
    end
  else
    for _, g in ipairs(lesson_list) do
      add(g, g.lesson)
      if opts.by == "both" and g.lesson ~= REMOVED then
        for _, t in ipairs(topic_list) do
          if t.lesson == g.lesson then add(t, t.topic, "  ") end
        end
      end
    end
  end
  local max_answers, name_w, seen_w = 1, 4, 4
  for _, r in ipairs(rows) do
    max_answers = math.max(max_answers, r.g.answers)
    name_w = math.max(name_w, len(r.indent) + len(r.name))
    r.seen = ("%d/%d"):format(r.g.seen, r.g.questions)
    seen_w = math.max(seen_w, len(r.seen))
  end
  local count_w = math.max(3, #tostring(max_answers))
  name_w = math.min(name_w, 28)
  -- four columns of "value bar", the bars as wide as the width allows (4 to 10 cells)
  local fixed = 2 + name_w + 2 + seen_w + 4 * 2 + (count_w + 1) + 3 * 5
  local bar_w = math.min(10, (W - fixed) // 4)
  if bar_w < 4 then
    name_w = math.max(12, name_w - (4 - bar_w) * 4)
    bar_w = 4
  end
  local cell_w = 4 + 1 + bar_w
  local function cell(v, colour_of)
    if not v then return pad(lpad(NONE, 4), cell_w) end
    return lpad(pct(v), 4) .. " " .. style(colour_of, charts.bar(v, bar_w, ascii))
  end
  say()
  local head = opts.by == "topic" and "By topic" or opts.by == "both" and "By lesson and topic" or "By lesson"
  say(style("bold", pad(head, 2 + name_w)) .. "  " .. lpad("seen", seen_w) .. "  "
    .. pad("answers", count_w + 1 + bar_w) .. "  " .. pad("mastery", cell_w) .. "  " .. pad("retention", cell_w)
    .. "  mean score")
  for _, r in ipairs(rows) do
    local g = r.g
    local n = lpad(tostring(g.answers), count_w) .. " "
      .. style("cyan", charts.bar(g.answers / max_answers, bar_w, ascii))
    local name = r.indent .. shorten(r.name, name_w - len(r.indent), ascii)
    say("  " .. pad(name, name_w) .. "  " .. lpad(r.seen, seen_w) .. "  " .. n .. "  "
      .. cell(g.mastery, colour(g.mastery)) .. "  " .. cell(g.retention, colour(g.retention)) .. "  "
      .. cell(g.mean, colour(g.mean)))
  end
  if #rows == 0 then say("  (no lessons)") end
  flow({ "mastery: the share of questions whose last scheduled answer passed",
    "retention: the share of reviews recalled" }, "  ", "dim")

  -- answers over time
  say()
  local spark_w = W - 4
  local counts, most, most_day, active, sum = {}, 0, nil, 0, 0
  for i, d in ipairs(per_day) do
    if d.answers > 0 then
      counts[i] = d.answers
      active, sum = active + 1, sum + d.answers
      if d.answers > most then most, most_day = d.answers, d.day end
    end
  end
  local sep = ascii and " - " or " · "
  say(style("bold", "Answers per day") .. sep .. ("%s to %s: %s on %s"):format(label(today - opts.days + 1, true),
    label(today, true), plural(sum, "answer"), plural(active, "day"))
    .. (most > 0 and ("%smost %d on %s"):format(sep, most, label(most_day, true)) or ""))
  local line = charts.spark(counts, opts.days, most, ascii)
  for i = 1, opts.days, spark_w do
    say("  " .. line:sub(utf8.offset(line, i), (utf8.offset(line, math.min(i + spark_w, opts.days + 1)) or 0) - 1))
  end
  if opts.days <= spark_w and opts.days >= 16 then
    local a, b = label(today - opts.days + 1, true), label(today, true)
    say("  " .. a .. (" "):rep(opts.days - len(a) - len(b)) .. b)
  end
  local means, shown = {}, {}
  for i, w in ipairs(per_week) do
    means[i] = w.mean
    shown[i] = pct(w.mean)
  end
  local trend = #per_week <= 8 and table.concat(shown, " ")
    or (shown[1] .. (ascii and " -> " or " → ") .. shown[#shown])
  say(style("bold", "Mean score per week") .. sep .. ("%s of 7 days ending today: %s"):format(plural(#per_week,
    "week"), trend))
  say("  " .. charts.spark(means, #per_week, 1, ascii))

  -- the due forecast
  say()
  local fmax, fw = 1, 1
  for _, n in ipairs(forecast) do fmax, fw = math.max(fmax, n), math.max(fw, #tostring(n)) end
  say(style("bold", ("Due in the next %d days"):format(#forecast)) .. sep
    .. ("%d in all, %d today (overdue included)"):format(due_total, forecast[1] or 0))
  local fbar = math.max(10, math.min(40, W - 2 - 10 - 2 - fw - 1))
  for i, n in ipairs(forecast) do
    local bar = n > 0 and style("blue", charts.bar(n / fmax, fbar, ascii)) or ""
    say("  " .. pad(label(today + i - 1), 10) .. "  " .. lpad(tostring(n), fw) .. " " .. bar)
  end
  if next(cards) then
    say(style("dim", ("  cards: %d learning, %d in review, %d relearning%s"):format(states.learning, states.review,
      states.relearning, totals.recall and (sep .. "expected recall now " .. pct(totals.recall)) or "")))
  end

  -- leeches
  say()
  say(style("bold", "Leeches") .. sep
    .. ("failed %d times or more, or lapsed %d times"):format(LEECH_FAILS, LEECH_LAPSES))
  if #leeches == 0 then
    say("  none")
  else
    local id_w = 0
    for i = 1, math.min(#leeches, 10) do id_w = math.max(id_w, len(leeches[i].id)) end
    id_w = math.min(id_w, 32)
    for i = 1, math.min(#leeches, 10) do
      local l = leeches[i]
      local what = ("failed %d of %d%s"):format(l.fails, l.answers, l.lapses > 0 and (", " .. plural(l.lapses, "lapse"))
        or "")
      local left = "  " .. pad(shorten(l.id, id_w, ascii), id_w) .. "  " .. what .. "  "
      local room = W - len(left)
      if room >= 20 then
        say(left .. shorten(l.prompt, room, ascii))
      else
        say(left)
        say("    " .. shorten(l.prompt, W - 4, ascii))
      end
    end
    if #leeches > 10 then
      say(("  %s and %d more (--format json lists them all)"):format(ascii and "..." or "…", #leeches - 10))
    end
  end
  return table.concat(lines, "\n") .. "\n"
end

-- ---------------------------------------------------------------- HTML

local STYLE = [[
:root{--fg:#1d2733;--muted:#5b6673;--bg:#f6f7f9;--card:#fff;--line:#dde1e6;--c1:#2563eb;--c2:#0f8a5f;--c3:#c2410c}
@media (prefers-color-scheme:dark){:root{--fg:#e6e9ee;--muted:#a3acb8;--bg:#161a20;--card:#1f252d;--line:#38414c;
--c1:#6ea0ff;--c2:#3ccf95;--c3:#f59e5b}}
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:var(--fg);background:var(--bg)}
main{max-width:1100px;margin:0 auto;padding:16px 24px 40px}
h1{margin:8px 0 0}h2{font-size:19px;margin:28px 0 8px}h3{font-size:16px;margin:18px 0 6px}
.sub,.note,footer{color:var(--muted)}caption{text-align:left;padding:4px 0}
.totals{display:flex;flex-wrap:wrap;gap:8px;padding:0;margin:12px 0;list-style:none}
.totals li{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:6px 12px;min-width:110px}
.totals b{display:block;font-size:22px}
svg.chart{display:block;max-width:100%;height:auto;background:var(--card);border:1px solid var(--line);
border-radius:6px;margin:6px 0}
.chart text{font-size:12px;fill:var(--fg)}.chart .tick{fill:var(--muted)}.chart .value{font-size:11px}
.chart .none{fill:var(--muted);font-style:italic}
.chart .grid{stroke:var(--line)}.chart .axis{stroke:var(--muted)}
.chart rect.s1,.chart circle.s1{fill:var(--c1)}.chart rect.s2,.chart circle.s2{fill:var(--c2)}
.chart rect.s3,.chart circle.s3{fill:var(--c3)}
.chart path.fill{stroke:none;opacity:.18}.chart path.fill.s1{fill:var(--c1)}.chart path.fill.s3{fill:var(--c3)}
.chart path.line{fill:none;stroke-width:2}.chart path.line.s1{stroke:var(--c1)}.chart path.line.s3{stroke:var(--c3)}
table{border-collapse:collapse;background:var(--card);margin:6px 0;min-width:50%}
th,td{border-bottom:1px solid var(--line);padding:4px 10px;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
tr.topic td:first-child{padding-left:26px}
details{margin:4px 0 10px}summary{cursor:pointer;color:var(--muted)}
code{font-size:13px}
]]

local function html_report(version)
  NONE = "—"
  local esc = charts.esc
  local out = {}
  local function w(s) out[#out + 1] = s end
  local title = "drill progress" .. (opts.lesson and (" · " .. opts.lesson) or "") .. " · " .. iso(today)
  w('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
    .. '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>' .. esc(title) .. "</title>\n"
    .. "<style>\n" .. STYLE .. "</style>\n</head>\n<body>\n<main>\n")
  w("<h1>Progress</h1>\n")
  w(('<p class="sub">as of %s%s</p>\n'):format(esc(label(today, false, true)),
    opts.lesson and (" · lesson <code>" .. esc(opts.lesson) .. "</code>") or ""))
  if totals.answers == 0 then
    w("<p>" .. esc(EMPTY) .. "</p>\n")
  else
    local function lesson_name(l) return titles[l] or l end
    w('<section aria-labelledby="h-totals">\n<h2 id="h-totals">Totals</h2>\n<ul class="totals">\n')
    local items = {
      { totals.answers, "answers" },
      { ("%d / %d"):format(totals.seen, totals.questions), "questions seen" },
      { plural(streak, "day"), ("streak (longest %d)"):format(longest) },
      { practised, "days practised" },
      { duration(totals.seconds), "time spent" },
      { pct(totals.mastery), "mastery" },
      { pct(totals.retention), ("retention (%s)"):format(plural(totals.reviews, "review")) },
      { pct(totals.mean), "mean score" },
    }
    if due_today then items[#items + 1] = { due_today, "due today" } end
    for _, it in ipairs(items) do w(("<li><b>%s</b>%s</li>\n"):format(esc(it[1]), esc(it[2]))) end
    w("</ul>\n</section>\n")

    -- lessons: a chart of the three shares, then the table with every number
    w('<section aria-labelledby="h-lessons">\n<h2 id="h-lessons">By lesson</h2>\n')
    local rows = {}
    for _, g in ipairs(lesson_list) do
      local name = lesson_name(g.lesson)
      rows[#rows + 1] = { label = shorten(name, 30), values = { g.mastery, g.retention, g.mean }, tips = {
        ("%s: mastery %s, %d of %d questions"):format(name, pct(g.mastery), g.mastered, g.questions),
        g.retention and ("%s: retention %s, %d of %s recalled"):format(name, pct(g.retention), g.recalled,
          plural(g.reviews, "review")) or (name .. ": no reviews yet"),
        g.mean and ("%s: mean score %s over %s"):format(name, pct(g.mean), plural(g.answers, "answer"))
          or (name .. ": no answers yet"),
      } }
    end
    w(charts.grouped_bars({ id = "lessons-chart", title = "Mastery, retention and mean score per lesson",
      desc = ("Horizontal bars from 0 to 100%% for %s; the table below has the same numbers."):format(plural(#rows,
        "lesson")),
      series = { { name = "mastery" }, { name = "retention", none = "no reviews yet" },
        { name = "mean score", none = "no answers yet" } }, rows = rows }))
    w('\n<table id="lessons-table">\n<caption class="note">Mastery: the share of the questions whose last scheduled '
      .. "answer passed. Retention: the share of reviews recalled.</caption>\n"
      .. '<thead><tr><th scope="col">lesson</th><th scope="col" class="n">questions seen</th>'
      .. '<th scope="col" class="n">answers</th><th scope="col" class="n">mastery</th>'
      .. '<th scope="col" class="n">retention</th><th scope="col" class="n">mean score</th>'
      .. '<th scope="col" class="n">time</th></tr></thead>\n<tbody>\n')
    local function tr(g, name, class)
      w(('<tr%s><th scope="row">%s</th><td class="n">%d / %d</td><td class="n">%d</td><td class="n">%s</td>'
        .. '<td class="n">%s</td><td class="n">%s</td><td class="n">%s</td></tr>\n'):format(
        class and (' class="' .. class .. '"') or "", esc(name), g.seen, g.questions, g.answers, pct(g.mastery),
        g.retention and ("%s of %d"):format(pct(g.retention), g.reviews) or "—", pct(g.mean), duration(g.seconds)))
    end
    for _, g in ipairs(lesson_list) do tr(g, lesson_name(g.lesson)) end
    w("</tbody>\n</table>\n")
    w(("<details>\n<summary>By topic (%s answered)</summary>\n<table id=\"topics-table\">\n"):format(plural(#topic_list,
      "topic")) .. '<thead><tr><th scope="col">lesson · topic</th><th scope="col" class="n">questions seen</th>'
      .. '<th scope="col" class="n">answers</th><th scope="col" class="n">mastery</th>'
      .. '<th scope="col" class="n">retention</th><th scope="col" class="n">mean score</th>'
      .. '<th scope="col" class="n">time</th></tr></thead>\n<tbody>\n')
    for _, g in ipairs(topic_list) do tr(g, g.lesson .. " · " .. g.topic) end
    w("</tbody>\n</table>\n</details>\n</section>\n")

    -- answers over time
    w('<section aria-labelledby="h-time">\n<h2 id="h-time">Answers per day</h2>\n')
    local points, labels, sum = {}, {}, 0
    for i, d in ipairs(per_day) do
      sum = sum + d.answers
      points[i] = { value = d.answers, tip = ("%s: %s%s"):format(label(d.day), plural(d.answers, "answer"),
        d.mean and (", mean score " .. pct(d.mean)) or "") }
      if (opts.days - i) % math.max(1, math.ceil(opts.days / 8)) == 0 then labels[i] = label(d.day, true) end
    end
    w(charts.area({ id = "days-chart", title = ("Answers per day, %s to %s"):format(label(per_day[1].day, true),
      label(today, true)), desc = ("%s over the last %s; the table below lists every day."):format(
      plural(sum, "answer"), plural(opts.days, "day")), points = points, labels = labels, class = "s1" }))
    w('\n<details>\n<summary>The numbers per day</summary>\n<table id="days-table">\n'
      .. '<thead><tr><th scope="col">day</th><th scope="col" class="n">answers</th>'
      .. '<th scope="col" class="n">mean score</th></tr></thead>\n<tbody>\n')
    for _, d in ipairs(per_day) do
      w(('<tr><th scope="row">%s</th><td class="n">%d</td><td class="n">%s</td></tr>\n'):format(esc(label(d.day, false,
        true)), d.answers, pct(d.mean)))
    end
    w("</tbody>\n</table>\n</details>\n")
    w('<h3 id="h-weeks">Mean score per week</h3>\n')
    local wpoints, wlabels = {}, {}
    for i, wk in ipairs(per_week) do
      wpoints[i] = { value = wk.mean, tip = ("%s to %s: %s%s"):format(label(wk.from, true), label(wk.to, true),
        plural(wk.answers, "answer"), wk.mean and (", mean score " .. pct(wk.mean)) or "") }
      wlabels[i] = "to " .. label(wk.to, true)
    end
    w(charts.area({ id = "weeks-chart", title = "Mean score per week", desc = ("Mean score of each of the last %s "
      .. "(7 days ending today), 0 to 100%%; weeks without answers are gaps."):format(plural(#per_week, "week")),
      points = wpoints, labels = wlabels, percent = true, class = "s3" }))
    w('\n<details>\n<summary>The numbers per week</summary>\n<table id="weeks-table">\n'
      .. '<thead><tr><th scope="col">week</th><th scope="col" class="n">answers</th>'
      .. '<th scope="col" class="n">mean score</th></tr></thead>\n<tbody>\n')
    for _, wk in ipairs(per_week) do
      w(('<tr><th scope="row">%s to %s</th><td class="n">%d</td><td class="n">%s</td></tr>\n'):format(
        esc(label(wk.from, true)), esc(label(wk.to, true)), wk.answers, pct(wk.mean)))
    end
    w("</tbody>\n</table>\n</details>\n</section>\n")

    -- the due forecast
    w(('<section aria-labelledby="h-due">\n<h2 id="h-due">Due in the next %d days</h2>\n'):format(FORECAST_DAYS))
    local cols = {}
    for i, n in ipairs(forecast) do
      local dn = today + i - 1
      cols[i] = { value = n, label = i == 1 and "today" or weekday(dn), sub = label(dn, true),
        tip = ("%s: %s due%s"):format(label(dn), plural(n, "question"), i == 1 and " (overdue included)" or "") }
    end
    w(('<p class="note">%d due in all; today counts the overdue too. '
      .. "Cards: %d learning, %d in review, %d relearning%s.</p>\n"):format(due_total, states.learning, states.review,
        states.relearning, totals.recall and ("; expected recall now " .. pct(totals.recall)) or ""))
    w(charts.columns({ id = "due-chart", title = ("Questions due per day, the next %d days"):format(#forecast),
      desc = ("%d due in all, %d today (overdue included); the table below lists every day."):format(due_total,
        forecast[1] or 0), items = cols, class = "s1" }))
    w('\n<details>\n<summary>The numbers per day</summary>\n<table id="due-table">\n'
      .. '<thead><tr><th scope="col">day</th><th scope="col" class="n">due</th></tr></thead>\n<tbody>\n')
    for i, n in ipairs(forecast) do
      w(('<tr><th scope="row">%s</th><td class="n">%d</td></tr>\n'):format(esc(label(today + i - 1)), n))
    end
    w("</tbody>\n</table>\n</details>\n")
    w("</section>\n")

    -- leeches
    w('<section aria-labelledby="h-leeches">\n<h2 id="h-leeches">Leeches</h2>\n')
    w(('<p class="note">Questions failed %d times or more, or with %d lapses or more: worth studying anew rather than '
      .. "drilling again.</p>\n"):format(LEECH_FAILS, LEECH_LAPSES))
    if #leeches == 0 then
      w("<p>None.</p>\n")
    else
      w('<table id="leeches-table">\n<thead><tr><th scope="col">question</th><th scope="col">lesson · topic</th>'
        .. '<th scope="col">prompt</th><th scope="col" class="n">failed</th><th scope="col" class="n">lapses</th>'
        .. "</tr></thead>\n<tbody>\n")
      for _, l in ipairs(leeches) do
        w(('<tr><th scope="row"><code>%s</code></th><td>%s · %s</td><td>%s</td><td class="n">%d of %d</td>'
          .. '<td class="n">%d</td></tr>\n'):format(esc(l.id), esc(l.lesson), esc(l.topic),
          esc(shorten(l.prompt, 200)), l.fails, l.answers, l.lapses))
      end
      w("</tbody>\n</table>\n")
    end
    w("</section>\n")
  end
  w(("<footer>\n<p>drill %s · stats.lua · days in local time</p>\n</footer>\n</main>\n</body>\n</html>\n"):format(
    esc(version)))
  return table.concat(out)
end

-- ---------------------------------------------------------------- output

local format = opts.format or (opts.html and "none" or "text")
if opts.html then
  -- a temporary file beside FILE, renamed over it once whole: never a half-written page
  local out, err, code = drill.fs.output(opts.html)
  if not out then drill.exit(code or 73, "drill: " .. tostring(err)) end
  local ok
  ok, err, code = out:write(html_report(drill.version or ""))
  if ok then ok, err, code = out:commit() end
  if not ok then drill.exit(code or 74, "drill: " .. tostring(err)) end
end
if format == "json" then
  drill.term.write(json_report())
elseif totals.answers == 0 then
  if opts.lesson then
    drill.term.write(("No answers recorded yet for lesson %s: try drill rapidfire.lua --lesson %s\n"):format(
      opts.lesson, opts.lesson))
  else
    drill.term.write(EMPTY, "\n")
  end
elseif format == "text" then
  drill.term.write(text_report(opts.ascii))
end
if opts.html and format == "none" then
  drill.term.write(("Progress page written to %s\n"):format(opts.html))
end
drill.term.flush()
return 0
