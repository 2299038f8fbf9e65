-- One answer file checked for check.lua: the record docs/check.md describes. check.lua loads
-- this when it first checks a file, so a run that finds every file kept by an earlier one
-- (drill.results) reads none of it.
local grade = require("lib.grade")
local answers = require("lib.answers")

local function names(list)
  local out = drill.json.array()
  for _, x in ipairs(list or {}) do out[#out + 1] = x.name end
  return out
end

-- A score to four places: 0.225, not 0.22499999999999998.
local function round(x) return math.floor(x * 10000 + 0.5) / 10000 end

-- What the graders found, for a reader: the concepts stated (and how, when not by the rubric's
-- own words), those said the wrong way round (what was said, and what is right), and the
-- misconceptions stated.
local function evidence(r)
  local ev = { met = drill.json.array(), contradicted = drill.json.array(), misconceptions = drill.json.array() }
  for _, h in ipairs(r.hits) do
    if type(h.name) == "string" then
      ev.met[#ev.met + 1] = { name = h.name, how = h.typo and "typo" or h.own_words and "own words" or nil,
        said = type(h.text) == "string" and h.text:gsub("^%s+", "") or nil }
    end
  end
  for _, k in ipairs(r.contradictions) do
    ev.contradicted[#ev.contradicted + 1] = { name = tostring(k.name), said = tostring(k.said or ""),
      correct = tostring(k.feedback or "") }
  end
  for _, m in ipairs(r.misconceptions) do
    ev.misconceptions[#ev.misconceptions + 1] = { name = tostring(m.name), said = tostring(m.text or ""),
      correct = tostring(m.feedback or "") }
  end
  return ev
end

-- The statuses an answer's record is kept with between runs: never an error.
local KEPT = { pass = true, fail = true, unanswered = true }

-- new(ctx) -> check_file. ctx: level and min_score (check.lua's options), with_text (the
-- records carry the question and the answer), kept (results are kept between runs), refused
-- ({[path] = true}: not to be read), read_back (a kept answer's record as grading made it) and
-- part_of (function(id) -> the part, 1 or more, that grades the answers to question id).
return function(ctx)
  -- One file, checked: the record of docs/check.md, and whether it may be kept (it depends on
  -- nothing but the file's text: no answer's grading failed). how.only = k grades only
  -- the k-th answer; how.given = {[k] = answer record} takes answers graded
  -- one by one instead of grading them (check.lua's recheck); how.part = n grades only the
  -- answers of part n (ctx.part_of), and each other answer is `false` in the record: the
  -- record is whole once the parts are put together, each answer from the part that has it
  -- (the file's errors are the same in every part).
  local function check_file(path, how)
    how = how or {}
    local rec = { path = path, member = path:match("([^/]*)$"):gsub("%.[^.]*$", ""), status = "ok",
      format = path:match("%.json$") and "json" or "markdown", errors = drill.json.array(), answers = drill.json.array() }
    local function file_error(line, message, column)
      rec.errors[#rec.errors + 1] = { line = line, column = column, message = message }
    end
    if ctx.refused[path] then
      rec.status = "error"
      file_error(nil, "not read: it leads outside the paths named on the command line (a symbolic link?)")
      return rec, false
    end
    local text, err = drill.fs.read(path)
    if not text then
      rec.status = "error"
      file_error(nil, (err:gsub("^" .. path:gsub("%p", "%%%0") .. ": ", "")))
      return rec, false
    end
    local good, bad = drill.text.valid(text)
    if not good then
      rec.status = "error"
      file_error(answers.line_of(text, bad - 1), ("invalid UTF-8 at byte offset %d"):format(bad - 1))
      return rec, true
    end
    if not text:match("%S") then
      rec.status = "error"
      file_error(nil, "empty file: no answers")
      return rec, true
    end
    local keep_file = not how.given and not how.only
    local entries, errors = (rec.format == "json" and answers.json or answers.markdown)(text, path)
    for _, e in ipairs(errors) do file_error(e.line, e.message, e.column) end
    if rec.format == "markdown" and #entries == 0 then
      file_error(nil, "no '## question-id' headings: nothing to check")
    end
    local first_line = {}
    for _, e in ipairs(entries) do
      local k = #rec.answers + 1
      -- the record an earlier run kept for this answer; not when answers are graded one by one
      -- (recheck below), which keeps nothing either
      local keep = ctx.kept and not how.given and not how.only and #e.text <= 65536
      local key = keep and "a\0" .. e.id .. "\0" .. e.text
      local elsewhere = how.part and not first_line[e.id] and drill.bank.has(e.id)
        and ctx.part_of(e.id) ~= how.part
      local a = keep and not elsewhere and not first_line[e.id] and drill.results.get(key)
      a = a and ctx.read_back(drill.json.decode(a))
      if elsewhere then
        first_line[e.id] = e.line
        rec.answers[k] = false
      elseif a then
        first_line[e.id], a.line = e.line, e.line
        if ctx.with_text then a.question, a.answer = drill.bank.get(e.id).prompt, e.text end
        rec.answers[k] = a
      elseif not drill.bank.has(e.id) then
        local near = drill.bank.suggest(e.id)
        file_error(e.line, ("unknown question id %q%s"):format(e.id, near and (" (did you mean %q?)"):format(near) or ""))
      elseif first_line[e.id] then
        file_error(e.line, ("question %q is answered twice (first at line %d)"):format(e.id, first_line[e.id]))
      else
        first_line[e.id] = e.line
        local q = drill.bank.get(e.id)
        a = { id = e.id, line = e.line, lesson = q.lesson, topic = q.topic, feedback = drill.json.array(),
          missing = drill.json.array(), misconceptions = drill.json.array() }
        a.pass_mark = ctx.min_score or (q.rubric and q.rubric.pass) or 0.6
        if how.given then
          local g = how.given[k]
          if type(g) == "table" and g.status then
            a = g
          else
            a.status, a.pass, a.error = "error", false, tostring(g)
          end
        elseif how.only and how.only ~= k then
          a.status, a.pass = "unanswered", false
        elseif e.text == "" then
          a.status, a.pass = "unanswered", false
        elseif #e.text > 65536 then
          a.status, a.pass, a.error = "error", false, "the answer is over 64 KiB"
        else
          local r, gerr = grade.answer(q, e.text, { pass = ctx.min_score, coach = false, level = ctx.level })
          if not r then
            a.status, a.pass, a.error = "error", false, gerr
          else
            a.score, a.pass = round(r.score), r.pass
            a.status = r.pass and "pass" or "fail"
            for _, line in ipairs(r.feedback) do a.feedback[#a.feedback + 1] = line end
            a.missing, a.misconceptions = names(r.misses), names(r.misconceptions)
            if #r.contradictions > 0 then a.contradictions = names(r.contradictions) end
            a.evidence = evidence(r)
          end
        end
        if keep and KEPT[a.status] then
          a.line = nil
          drill.results.put(key, drill.json.encode(a))
          a.line = e.line
        end
        keep_file = keep_file and a.status ~= "error"
        if ctx.with_text then a.question, a.answer = q.prompt, e.text end
        rec.answers[k] = a
      end
    end
    if #rec.errors > 0 then rec.status = "error" end
    -- in the order of the file (errors of a whole file, with no line, first)
    local order = {}
    for i, e in ipairs(rec.errors) do order[e] = i end
    table.sort(rec.errors, function(x, y)
      local lx, ly = x.line or 0, y.line or 0
      if lx ~= ly then return lx < ly end
      return order[x] < order[y]
    end)
    return rec, keep_file
  end

  return check_file
end
