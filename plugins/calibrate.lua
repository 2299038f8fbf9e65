-- How well the graders agree with human grades, per grader and per tier.
--
-- Reads a CSV of human-graded answers (question_id, answer, human_score), grades every
-- answer with each grader, and reports correlation, rank correlation, the
-- error left after the best monotone recalibration, and pass/fail agreement,
-- overall and per question, then the answers where grader and human differ most.
drill.need(1)
local cli = require("lib.cli")
local ui = require("lib.ui")
local grade = require("lib.grade")
local stats = require("lib.stats")

local SCRIPT = "calibrate.lua"
local COLUMNS = { "question_id", "answer", "human_score" }
local DEFAULT_GRADERS = { "keyword", "similarity", "combined" }
local MIN_PER_QUESTION = 3
local MAX_ERRORS = 20

local opts, rest = cli.parse({ ... }, {
  { name = "grader", value = "NAME", kind = "string", many = true,
    help = "a grader to calibrate (repeatable; default: keyword, similarity, combined)" },
  { name = "scale", value = "MIN:MAX", kind = "string",
    help = "the range of the human scores (default: the lowest and highest in the file)" },
  { name = "pass", value = "X", kind = "number",
    help = "the human pass mark, 0-1 (default: each question's rubric pass mark, else 0.6)" },
  { name = "level", value = "L", kind = "string", default = "full", choices = { "full", "core" },
    help = "grade at the full (default) or the core level of each rubric" },
  { name = "top", value = "N", kind = "integer", min = 0, default = 10,
    help = "disagreements to list (default 10)" },
  { name = "format", value = "FMT", kind = "string", default = "text", choices = { "text", "json" },
    help = "text (default) or json" },
}, {
  usage = "[--grader NAME]... [--scale MIN:MAX] [--pass X] [--level full|core] [--top N] [--format text|json] FILE.csv",
  text = "Grades human-graded answers with each grader and reports how well the grader agrees with the\n"
    .. "humans: Pearson r, Spearman rho, RMSE after a monotone (isotonic) fit of the human score on the\n"
    .. "grader's, and pass/fail accuracy, overall and per question, then the largest disagreements.\n"
    .. "FILE.csv has a header with the columns question_id, answer and human_score (in any order; other\n"
    .. "columns are ignored). An optional column 'tier' (strong, terse, partial, wrong, evasive, ...) groups\n"
    .. "the rows: each tier gets its human and grader pass rates and their verdict agreement.\n"
    .. "The grader 'combined' is the default grading of each question.",
})

if #rest == 0 then cli.usage_error("give the CSV file of human-graded answers") end
if #rest > 1 then cli.usage_error(("one CSV file expected, got %d"):format(#rest)) end
local path = rest[1]

local scale_min, scale_max
if opts.scale then
  local a, b = opts.scale:match("^%s*([^:]-)%s*:%s*([^:]-)%s*$")
  scale_min, scale_max = tonumber(a), tonumber(b)
  if not (scale_min and scale_max) or scale_min >= scale_max or scale_max - scale_min == math.huge then
    cli.usage_error(("--scale takes MIN:MAX with MIN below MAX, not '%s'"):format(opts.scale))
  end
end
if opts.pass and not (opts.pass >= 0 and opts.pass <= 1) then
  cli.usage_error(("--pass takes a mark between 0 and 1, not '%s'"):format(tostring(opts.pass)))
end

-- ------------------------------------------------------------------ reading

local function fail(code, msg) drill.exit(code, ("drill: %s: %s"):format(SCRIPT, msg)) end

-- Line breaks in s: CRLF, LF and a lone CR each count once.
local function breaks(s)
  local _, n = s:gsub("\r\n", "\n"):gsub("[\r\n]", "")
  return n
end

local function trim(s) return (s:gsub("^%s+", ""):gsub("%s+$", "")) end

-- RFC 4180 records: quoted fields may hold commas, doubled quotes and line
-- breaks; CRLF or LF ends a record; blank lines are skipped. Returns an array
-- of {fields = {...}, line = n} or nil and a "file:line: message".
local function parse_csv(text, name)
  local records, pos, line, len = {}, 1, 1, #text
  while pos <= len do
    local fields, quoted, first = {}, false, line
    while true do
      local value
      if text:byte(pos) == 34 then -- '"'
        quoted = true
        local open, parts, p = line, {}, pos + 1
        while true do
          local q = text:find('"', p, true)
          if not q then
            return nil, ("%s:%d: unterminated quoted field: the quote opened here never closes"):format(name, open)
          end
          local chunk = text:sub(p, q - 1)
          parts[#parts + 1] = chunk
          line = line + breaks(chunk)
          if text:byte(q + 1) == 34 then
            parts[#parts + 1] = '"'
            p = q + 2
          else
            p = q + 1
            break
          end
        end
        value = table.concat(parts):gsub("\r\n?", "\n")
        pos = p
        local c = text:sub(pos, pos)
        if c ~= "," and c ~= "\r" and c ~= "\n" and c ~= "" then
          return nil, ("%s:%d: unexpected text after a closing quote (write a quote inside a quoted field as \"\")")
            :format(name, line)
        end
      else
        local e = text:find("[,\r\n]", pos) or len + 1
        value = text:sub(pos, e - 1)
        pos = e
      end
      fields[#fields + 1] = value
      local c = text:byte(pos)
      if c == 44 then -- ','
        pos = pos + 1
      else
        if c == 13 then
          pos = pos + (text:byte(pos + 1) == 10 and 2 or 1)
          line = line + 1
        elseif c == 10 then
          pos = pos + 1
          line = line + 1
        end
        break
      end
    end
    if quoted or #fields > 1 or fields[1]:match("%S") then
      records[#records + 1] = { fields = fields, line = first }
    end
  end
  return records
end

local text, rerr, rcode = drill.fs.read(path)
if not text then fail(rcode or 66, rerr) end
do
  local ok, byte = drill.text.valid(text)
  if not ok then
    drill.exit(65, ("%s:%d: invalid UTF-8 at byte %d (save the file as UTF-8)"):format(path,
      1 + breaks(text:sub(1, byte - 1)), byte))
  end
end
if text:sub(1, 3) == "\239\187\191" then text = text:sub(4) end -- a byte-order mark, as spreadsheets write
if not text:find("%S") then
  drill.exit(65, ("%s:1: the file is empty; expected a header line %s and one row per graded answer"):format(path,
    table.concat(COLUMNS, ",")))
end
local records, perr = parse_csv(text, path)
if not records then drill.exit(65, perr) end

-- the header: where each column is
local header = records[1]
local col = {}
do
  local names = {}
  for i, f in ipairs(header.fields) do
    local n = trim(f):lower()
    names[i] = n
    for _, want in ipairs(COLUMNS) do
      if n == "tier" then col.tier = i end
      if n == want then
        if col[want] then
          drill.exit(65, ("%s:%d: column %q appears twice (fields %d and %d)"):format(path, header.line, want,
            col[want], i))
        end
        col[want] = i
      end
    end
  end
  for _, want in ipairs(COLUMNS) do
    if not col[want] then
      local near, best = nil, math.max(2, #want // 3) + 1
      for _, n in ipairs(names) do
        local d = drill.text.distance(n, want, best)
        if d < best and n ~= "" then near, best = n, d end
      end
      drill.exit(65, ("%s:%d: missing column %q%s; the header must name %s"):format(path, header.line, want,
        near and (" (%q in the header looks like a misspelling of it)"):format(near) or "", table.concat(COLUMNS, ", ")))
    end
  end
end
if #records < 2 then
  drill.exit(65, ("%s:%d: no rows after the header: nothing to calibrate"):format(path, header.line))
end

-- the rows
local errors = {}
local function row_error(line, msg)
  errors[#errors + 1] = ("%s:%d: %s"):format(path, line, msg)
end
local rows, questions, order = {}, {}, {}
for k = 2, #records do
  local rec = records[k]
  local f = rec.fields
  local need = math.max(col.question_id, col.answer, col.human_score)
  if #f < need then
    local missing
    for _, c in ipairs(COLUMNS) do
      if not missing and col[c] > #f then missing = c end
    end
    row_error(rec.line, ("the row has %d field%s, so no %s (field %d)"):format(#f, #f == 1 and "" or "s",
      missing, col[missing]))
  else
    local id, raw = trim(f[col.question_id]), trim(f[col.human_score])
    local score = tonumber(raw)
    local q = questions[id]
    if id == "" then
      row_error(rec.line, "empty question_id")
    elseif not q then
      q = drill.bank.get(id)
      if q then
        questions[id] = q
        order[#order + 1] = id
      else
        local near = drill.bank.suggest(id)
        row_error(rec.line, ("unknown question id %q%s"):format(id, near and (" (did you mean %q?)"):format(near) or ""))
      end
    end
    if raw == "" then
      row_error(rec.line, "empty human_score")
    elseif not score or score ~= score or math.abs(score) == math.huge then
      row_error(rec.line, ("human_score %q is not a number"):format(raw))
    elseif scale_min and (score < scale_min or score > scale_max) then
      row_error(rec.line, ("human_score %s is outside the scale %s"):format(raw, opts.scale))
    end
    if q and score and #errors == 0 then
      local tier = col.tier and trim(f[col.tier] or "") or ""
      rows[#rows + 1] = { line = rec.line, id = id, q = q, answer = f[col.answer], raw = score,
        tier = tier ~= "" and tier or nil }
    end
  end
end
if #errors > 0 then
  for i = 1, math.min(#errors, MAX_ERRORS) do drill.term.ewrite(errors[i], "\n") end
  local more = #errors > MAX_ERRORS and (" (%d not shown)"):format(#errors - MAX_ERRORS) or ""
  drill.exit(65, ("drill: %s: %d error%s in %s%s; nothing graded"):format(SCRIPT, #errors,
    #errors == 1 and "" or "s", path, more))
end

-- human scores on 0..1
if not scale_min then
  scale_min, scale_max = math.huge, -math.huge
  for _, r in ipairs(rows) do
    scale_min, scale_max = math.min(scale_min, r.raw), math.max(scale_max, r.raw)
  end
  if scale_min == scale_max then
    drill.exit(65, ("%s:%d: every human_score is %s, so their scale is unknown; give it with --scale MIN:MAX")
      :format(path, header.line, ("%g"):format(scale_min)))
  end
end
for _, r in ipairs(rows) do
  r.human = (r.raw - scale_min) / (scale_max - scale_min)
  r.mark = opts.pass or r.q.rubric and r.q.rubric.pass or 0.6
  r.human_pass = r.human >= r.mark - 1e-9
end

-- ------------------------------------------------------------------ grading

-- The gist of an error message: its first line, with a missing grader module said plainly.
local function first_line(s)
  s = tostring(s)
  local missing = s:match("^module 'graders%.([%w_%-]+)' not found")
  if missing then return ("no graders/%s.lua"):format(missing) end
  return (s:match("^[^\n]*"))
end

local requested = opts.grader or DEFAULT_GRADERS
local graders, skipped, seen = {}, {}, {}
for _, name in ipairs(requested) do
  if not seen[name] then
    seen[name] = true
    if name == "combined" then
      graders[#graders + 1] = { name = name }
    else
      local mod, err = grade.grader(name)
      if mod then
        graders[#graders + 1] = { name = name, mod = mod }
      else
        skipped[#skipped + 1] = { name = name, reason = "not available: " .. first_line(err) }
      end
    end
  end
end
if #graders == 0 then
  for _, s in ipairs(skipped) do drill.term.ewrite(("drill: %s: grader %s %s\n"):format(SCRIPT, s.name, s.reason)) end
  cli.usage_error("none of the graders is available")
end

-- A question as one grader alone grades it: a copy whose rubric names only that grader,
-- so grade.answer composes it (score clamped, pass mark, required concepts) as usual.
local solo = {}
local function solo_question(q, name)
  local key = q.id .. "\0" .. name
  if solo[key] then return solo[key] end
  local rubric = {}
  for k, v in pairs(q.rubric or {}) do rubric[k] = v end
  rubric.graders = { { name = name, weight = 1 } }
  local copy = {}
  for k, v in pairs(q) do copy[k] = v end
  copy.rubric = rubric
  solo[key] = copy
  return copy
end

-- Does the grader apply to the question? keyword needs rubric concepts; a grader
-- module may say for itself with applies(question).
local function applies(g, q)
  if g.name == "keyword" then return q.rubric ~= nil and q.rubric.concepts ~= nil end
  if g.mod and type(g.mod.applies) == "function" then
    local ok, yes = drill.guard(("asking %s about question %s"):format(g.name, q.id), g.mod.applies, q)
    return ok and yes and true or false
  end
  return true
end

for _, g in ipairs(graders) do
  g.results, g.na, g.errors = {}, {}, {}
  local na_seen = {}
  for _, r in ipairs(rows) do
    local res, err
    if g.name == "combined" then
      res, err = grade.answer(r.q, r.answer, { coach = false, level = opts.level })
    elseif applies(g, r.q) then
      res, err = grade.answer(solo_question(r.q, g.name), r.answer, { coach = false, level = opts.level })
    elseif not na_seen[r.id] then
      na_seen[r.id] = true
      g.na[#g.na + 1] = r.id
    end
    if res then
      g.results[#g.results + 1] = { row = r, score = res.score, pass = res.pass and true or false }
    elseif err then
      g.errors[#g.errors + 1] = { row = r, message = first_line(err) }
    end
  end
end

-- ------------------------------------------------------------------ statistics

local function summarise(list)
  local h, s, hp, sp = {}, {}, {}, {}
  for i, e in ipairs(list) do
    h[i], s[i], hp[i], sp[i] = e.row.human, e.score, e.row.human_pass, e.pass
  end
  return {
    n = #list,
    pearson = stats.pearson(s, h),
    spearman = stats.spearman(s, h),
    rmse = stats.isotonic_rmse(s, h),
    accuracy = stats.accuracy(sp, hp),
    mean_human = stats.mean(h),
    mean_grader = stats.mean(s),
  }
end

-- By tier: how often humans and the grader pass each kind of answer, and how often they agree.
local tiers = {}
for _, r in ipairs(rows) do
  if r.tier and not tiers[r.tier] then
    tiers[r.tier] = true
    tiers[#tiers + 1] = r.tier
  end
end
local function by_tier(list)
  local out = {}
  for _, e in ipairs(list) do
    local t = e.row.tier
    if t then
      local s = out[t] or { n = 0, human_pass = 0, pass = 0, agree = 0 }
      out[t] = s
      s.n = s.n + 1
      if e.row.human_pass then s.human_pass = s.human_pass + 1 end
      if e.pass then s.pass = s.pass + 1 end
      if e.pass == e.row.human_pass then s.agree = s.agree + 1 end
    end
  end
  return out
end

for _, g in ipairs(graders) do
  g.overall = summarise(g.results)
  g.tiers = by_tier(g.results)
  local by = {}
  for _, e in ipairs(g.results) do
    by[e.row.id] = by[e.row.id] or {}
    table.insert(by[e.row.id], e)
  end
  g.questions = {}
  for _, id in ipairs(order) do
    local list = by[id]
    if list then
      if #list >= MIN_PER_QUESTION then
        g.questions[id] = summarise(list)
      else
        g.questions[id] = { n = #list }
      end
    end
  end
end

-- disagreements: the first grader asked for, else combined
local focus = graders[1]
if not opts.grader then
  for _, g in ipairs(graders) do
    if g.name == "combined" then focus = g end
  end
end
local disagreements = {}
for _, e in ipairs(focus.results) do disagreements[#disagreements + 1] = e end
table.sort(disagreements, function(a, b)
  local da, db = math.abs(a.row.human - a.score), math.abs(b.row.human - b.score)
  if da ~= db then return da > db end
  return a.row.line < b.row.line
end)
for i = #disagreements, opts.top + 1, -1 do disagreements[i] = nil end

local function snippet(s, n)
  s = drill.text.normalize(s)
  if drill.text.length(s) <= n then return s end
  return s:sub(1, utf8.offset(s, n + 1) - 1) .. "…"
end

-- ------------------------------------------------------------------ output

local STAT_KEYS = { "pearson", "spearman", "rmse", "accuracy", "mean_human", "mean_grader" }

if opts.format == "json" then
  local null = drill.json.null
  local function block(s)
    local out = { n = s.n }
    for _, k in ipairs(STAT_KEYS) do
      if s[k] == nil then out[k] = null else out[k] = s[k] end
    end
    return out
  end
  local out = { rows = #rows, file = path, scale = { min = scale_min, max = scale_max },
    pass = opts.pass or null, graders = {}, disagreements = drill.json.array(), skipped = {} }
  for _, g in ipairs(graders) do
    local qs = {}
    for id, s in pairs(g.questions) do qs[id] = block(s) end
    local errs = drill.json.array()
    for _, e in ipairs(g.errors) do errs[#errs + 1] = { line = e.row.line, question = e.row.id, message = e.message } end
    local ts = {}
    for _, t in ipairs(tiers) do
      local x = g.tiers[t]
      if x then
        ts[t] = { n = x.n, human_pass_rate = x.human_pass / x.n, pass_rate = x.pass / x.n, agreement = x.agree / x.n }
      end
    end
    out.graders[g.name] = { overall = block(g.overall), questions = qs, tiers = next(ts) and ts or nil,
      not_applicable = drill.json.array(g.na), errors = errs }
  end
  for _, s in ipairs(skipped) do out.skipped[s.name] = s.reason end
  for i, e in ipairs(disagreements) do
    out.disagreements[i] = { grader = focus.name, question = e.row.id, line = e.row.line, human = e.row.human,
      human_score = e.row.raw, score = e.score, difference = e.row.human - e.score,
      human_pass = e.row.human_pass, pass = e.pass, answer = snippet(e.row.answer, 80) }
  end
  drill.term.write(drill.json.encode(out, { indent = 2 }), "\n")
  return 0
end

local style = ui.style
local function fmt(x, how)
  if x == nil then return "n/a" end
  if how == "%" then return ui.percent(x) end
  return ("%.2f"):format(x)
end

-- columns: numbers right-aligned (by padding them to their column's width), text left
local function table_text(rows_, numeric)
  local widths = {}
  for _, r in ipairs(rows_) do
    for i, c in ipairs(r) do widths[i] = math.max(widths[i] or 0, drill.text.length(c)) end
  end
  for k = 2, #rows_ do
    for i, c in ipairs(rows_[k]) do
      if numeric[i] then rows_[k][i] = (" "):rep(widths[i] - drill.text.length(c)) .. c end
    end
  end
  for i, c in ipairs(rows_[1]) do
    if numeric[i] then rows_[1][i] = (" "):rep(widths[i] - drill.text.length(c)) .. c end
  end
  local lines = {}
  for line in (ui.columns(rows_) .. "\n"):gmatch("(.-)\n") do lines[#lines + 1] = line end
  lines[1] = style("bold", lines[1])
  return table.concat(lines, "\n")
end

local function stat_cells(s)
  return { tostring(s.n), fmt(s.pearson), fmt(s.spearman), fmt(s.rmse), fmt(s.accuracy, "%"), fmt(s.mean_human),
    fmt(s.mean_grader) }
end
local NUMERIC = { false, true, true, true, true, true, true, true }

ui.say(style("bold", "Calibration"), (" · %s · %d row%s · %d question%s · human scale %g–%g · pass mark %s"):format(
  path, #rows, #rows == 1 and "" or "s", #order, #order == 1 and "" or "s", scale_min, scale_max,
  opts.pass and ("%g"):format(opts.pass) or "from each rubric"))
for _, s in ipairs(skipped) do ui.say(style("yellow", "note: "), ("grader %s skipped, %s"):format(s.name, s.reason)) end
for _, g in ipairs(graders) do
  if #g.na > 0 then
    ui.say(style("yellow", "note: "), ("%s does not apply to %s; %s left out"):format(g.name,
      table.concat(g.na, ", "), #g.na == 1 and "its rows are" or "their rows are"))
  end
  if #g.errors > 0 then
    ui.say(style("yellow", "note: "), ("%s failed on %d row%s (first: line %d: %s)"):format(g.name, #g.errors,
      #g.errors == 1 and "" or "s", g.errors[1].row.line, g.errors[1].message))
  end
end

ui.say("")
ui.say(style("bold", "Agreement with the human scores"),
  style("dim", " (rmse after a monotone fit; accuracy of pass/fail; means on 0-1)"))
local t = { { "grader", "n", "pearson", "spearman", "rmse", "accuracy", "mean human", "mean grader" } }
for _, g in ipairs(graders) do
  local c = stat_cells(g.overall)
  table.insert(c, 1, g.name)
  t[#t + 1] = c
end
ui.say(table_text(t, NUMERIC))

if #tiers > 0 then
  for _, g in ipairs(graders) do
    ui.say("")
    ui.say(style("bold", g.name .. " by tier"), style("dim", " (share of answers passed by the humans and by the grader)"))
    local tt = { { "tier", "n", "human pass", "grader pass", "agreement" } }
    for _, name in ipairs(tiers) do
      local x = g.tiers[name]
      if x then
        tt[#tt + 1] = { name, tostring(x.n), ui.percent(x.human_pass / x.n), ui.percent(x.pass / x.n),
          ui.percent(x.agree / x.n) }
      end
    end
    ui.say(table_text(tt, { false, true, true, true, true }))
  end
end

for _, g in ipairs(graders) do
  ui.say("")
  ui.say(style("bold", g.name .. " by question"),
    style("dim", (" (n/a below %d rows)"):format(MIN_PER_QUESTION)))
  local qt = { { "question", "n", "pearson", "spearman", "rmse", "accuracy", "mean human", "mean grader" } }
  for _, id in ipairs(order) do
    local s = g.questions[id]
    if s then
      local c = stat_cells(s)
      table.insert(c, 1, id)
      qt[#qt + 1] = c
    end
  end
  if #qt == 1 then ui.say(style("dim", "  no rows graded")) else ui.say(table_text(qt, NUMERIC)) end
end

if opts.top == 0 then return 0 end
ui.say("")
if #disagreements == 0 then
  ui.say(style("dim", ("No disagreements to list for %s."):format(focus.name)))
else
  ui.say(style("bold", ("Largest disagreements (%s)"):format(focus.name)),
    style("dim", " (human and grader scores on 0-1)"))
  local dt = { { "line", "question", "human", focus.name, "answer" } }
  for _, e in ipairs(disagreements) do
    dt[#dt + 1] = { tostring(e.row.line), e.row.id,
      fmt(e.row.human) .. (e.row.human_pass and " ✓" or " ✗"), fmt(e.score) .. (e.pass and " ✓" or " ✗"),
      snippet(e.row.answer, 80) }
  end
  ui.say(table_text(dt, { true, false, false, false, false }))
end
return 0
