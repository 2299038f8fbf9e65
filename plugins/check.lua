-- Grades committed answer files for CI: text, JSON, TAP, JUnit, GitHub or HTML.
--
-- Batch check: grades every answer in answer files and reports in the formats
-- CI systems read. The contract is docs/check.md.
drill.need(1)
local cli = require("lib.cli")

local FORMATS = { "text", "json", "tap", "junit", "github", "html" }
local opts, paths = cli.parse({ ... }, {
  { name = "format", value = "F", kind = "string", default = "text",
    help = "text (default), json, tap, junit, github, html, or NAME for reports/NAME.lua on DRILL_PATH" },
  { name = "output", value = "FILE", kind = "string", help = "write the report to FILE instead of standard output" },
  { name = "min-score", value = "X", kind = "number", help = "pass mark for every answer, 0-1 (default: each question's)" },
  { name = "level", value = "L", kind = "string", default = "full", choices = { "full", "core" },
    help = "full (default): the whole rubric; core: its core concepts only, as a rapid-fire round grades" },
  { name = "jobs", value = "N", kind = "integer", min = 1, help = "worker processes (default: one per processor)" },
  { name = "shard", value = "K/N", kind = "string", help = "check only the K-th of N shares of the files" },
  { name = "no-cache", kind = "flag",
    help = "grade every answer afresh: neither read nor keep results of earlier runs (DRILL_CACHE)" },
}, {
  usage = "[--format F] [--output FILE] [--min-score X] [--level full|core] [--jobs N] [--shard K/N] [--no-cache] PATH...",
  text = "Grades every answer of the answer files (Markdown '## question-id' sections or JSON\n"
    .. '{"answers": {...}}) in PATH (files, or directories walked for *.md, *.markdown, *.json).\n'
    .. "Exit 0 when every answer passes, 1 when some fail, 65 when a file has errors.",
})
if #paths == 0 then cli.usage_error("give at least one answer file or directory") end
local builtin_format = false
for _, f in ipairs(FORMATS) do builtin_format = builtin_format or f == opts.format end
if not builtin_format and not opts.format:match("^[%w_][%w_%-]*$") then
  cli.usage_error(("--format must be one of %s, or the name of a report module, not '%s'"):format(
    table.concat(FORMATS, ", "), opts.format))
end
local min_score = opts["min-score"]
if min_score and (min_score < 0 or min_score > 1) then cli.usage_error("--min-score must be between 0 and 1") end
local shard_k, shard_n
if opts.shard then
  shard_k, shard_n = opts.shard:match("^(%d+)/(%d+)$")
  shard_k, shard_n = tonumber(shard_k), tonumber(shard_n)
  if not shard_k or shard_n < 1 or shard_k < 1 or shard_k > shard_n then
    cli.usage_error(("--shard takes K/N with 1 <= K <= N, not '%s'"):format(opts.shard))
  end
end

-- The files: every PATH, directories walked, sorted so any --jobs gives the same order. A
-- directory's README (README.md, readme.markdown, ...) says what the folder is for: it is
-- not an answer file unless named on the command line.
local function is_answer_file(name)
  if name:lower():match("^readme%.") then return false end
  return name:match("%.md$") or name:match("%.markdown$") or name:match("%.json$")
end
local files, seen = {}, {}
-- A symbolic link in a directory that leads outside the paths named on the command line is
-- not followed (docs/sandbox.md): an answer file (or a directory, by its name) reached that
-- way is reported, not read.
local refused = {}
local function walk(path)
  for _, name in ipairs(assert(drill.fs.list(path))) do
    if name:sub(1, 1) ~= "." then
      local sub = path:gsub("/$", "") .. "/" .. name
      local ok, kind = pcall(drill.fs.kind, sub)
      if not ok then
        if (is_answer_file(name) or not name:find(".", 1, true)) and not seen[sub] then
          seen[sub], refused[sub] = true, true
          files[#files + 1] = sub
        end
      elseif kind == "directory" then
        walk(sub)
      elseif kind == "file" and is_answer_file(name) and not seen[sub] then
        seen[sub] = true
        files[#files + 1] = sub
      end
    end
  end
end
for _, p in ipairs(paths) do
  local kind = drill.fs.kind(p)
  if not kind then drill.exit(66, ("drill: check.lua: %s: No such file or directory"):format(p)) end
  if kind == "directory" then
    walk(p)
  elseif not seen[p] then
    seen[p] = true
    files[#files + 1] = p
  end
end
table.sort(files)
if shard_n then
  local mine = {}
  for i, f in ipairs(files) do
    if (i - 1) % shard_n == shard_k - 1 then mine[#mine + 1] = f end
  end
  files = mine
end

-- A score to four places: 0.225, not 0.22499999999999998.
local function round(x) return math.floor(x * 10000 + 0.5) / 10000 end

-- The question and the answer travel in the records only for the reports that show them.
local with_text = opts.format == "html" or not builtin_format

-- An answer's record is kept in the cache directory, and read back by a later run, while the
-- answer, the banks, drill itself and these options are the same (drill.results): a file
-- checked again grades only the answers that changed. Errors are never kept.
-- A whole file's record is kept too, under what stat says of the file, so a file checked
-- again unchanged is not even read; not for the reports that show the texts.
local kept = not opts["no-cache"] and drill.results.open(("check.lua 1 level=%s min-score=%s"):format(
  opts.level, min_score and ("%.17g"):format(min_score) or "-"))
local kept_files = kept and not with_text
-- A kept answer's record as grading made it: JSON gives a whole score back as an integer.
local function read_back(a)
  if math.type(a.score) == "integer" then a.score = a.score + 0.0 end
  return a
end

-- With more than one worker, each file is checked in parts, one a worker, each grading the
-- answers to its share of the questions (drill.parallel's lanes keep a part with its worker): a
-- worker then compiles and holds the rubrics of its share only, not of every question, and one
-- file is graded by every worker. The parts are put together here. A question's share is set
-- by its place in the banks, so the shares are near even.
local parts = 1
local place = {}
local function part_of(id)
  local n = place[id]
  if not n then -- an inline followup: by its id
    n = 0
    for k = 1, #id do n = n + id:byte(k) end
  end
  return n % parts + 1
end

-- One file, checked (lib/check/file.lua): loaded when a file is first checked, so a run that
-- finds every file kept by an earlier one reads none of it.
local check_one
local function check_file(path, how)
  check_one = check_one or require("lib.check.file")({ level = opts.level, min_score = min_score,
    with_text = with_text, kept = kept, refused = refused, read_back = read_back, part_of = part_of })
  return check_one(path, how)
end

-- The report, streamed file by file. A write that fails ends the run at once with its exit code
-- (73 cannot create, 74 write error): a report is never lost, or left half-written, silently.
local out, writer
if opts.output then
  local err, code
  out, err, code = drill.fs.output(opts.output)
  if not out then drill.exit(code or 73, "drill: " .. err) end
  writer = function(s)
    local ok, werr, wcode = out:write(s)
    if not ok then drill.exit(wcode or 74, "drill: " .. werr) end
  end
else
  -- drill.term.write itself ends the run with 74 when standard output fails
  writer = function(s) drill.term.write(s) end
end
local color -- nil: the terminal decides; a report written to a file never gets colour
if opts.output then color = false end
local report_opts = {
  min_score = min_score, paths = paths, color = color,
  append_summary = function(text)
    local ok, err, code = drill.fs.append_step_summary(text)
    if ok == nil then drill.exit(code or 74, "drill: " .. err) end
    return ok
  end,
}
local reporter
if builtin_format then
  reporter = require("lib.report." .. opts.format)(writer, report_opts)
else
  reporter = require("lib.report.plugin")(opts.format, writer, report_opts, FORMATS)
end
local jobs = math.min(opts.jobs or drill.cpus(), 64)
reporter.start({ paths = paths, jobs = jobs, shard = opts.shard, min_score = min_score })

local summary = { files = 0, answers = 0, passed = 0, failed = 0, unanswered = 0, errors = 0, file_errors = 0,
  min_score = min_score or drill.json.null }
local total = 0
-- A file whose check got stuck inside one C call (a grader the watchdog
-- stopped) is checked again one answer per work item, so only the answer
-- that got stuck is an error and the rest of the file is graded.
local function recheck(path)
  local n = #check_file(path, { only = 0 }).answers
  local given = {}
  drill.parallel(1, n, function(k)
    return check_file(path, { only = k }).answers[k]
  end, function(k, result, err)
    given[k] = result or ("checking failed: " .. tostring(err):match("^[^\n]*"))
  end)
  return check_file(path, { given = given })
end

-- What a record adds to the summary (answers `false` are another part's: counted there).
local function tally(rec)
  local t = { answers = #rec.answers, passed = 0, failed = 0, unanswered = 0, errors = 0,
    file_errors = #rec.errors, total = 0 }
  for _, a in ipairs(rec.answers) do
    if a then
      if a.status == "pass" then t.passed = t.passed + 1
      elseif a.status == "fail" then t.failed = t.failed + 1
      elseif a.status == "unanswered" then t.unanswered = t.unanswered + 1
      else t.errors = t.errors + 1 end
      if type(a.score) == "number" then t.total = t.total + a.score end
    end
  end
  return t
end

-- When the workers keep every processor busy, a report that can encode a record on its own
-- (reporter.encode) has the workers do it: this process then only writes text.
local encode = jobs >= drill.cpus() and reporter.encode or nil

-- Results are kept for a run of at most this many bytes of answer files: each answer is kept
-- with its text and its record, and each file's record too, about four times the text, and the
-- results file holds 8 MiB. A larger run keeps none: it would only push out what it keeps itself,
-- at a cost in time and memory.
local KEEP_AT_MOST = 1024 * 1024
local stamps, bytes = {}, 0
for i, path in ipairs(files) do
  local name, size
  if kept and not refused[path] then name, size = drill.results.file(path) end
  stamps[i], bytes = name, bytes + (size or 0)
end
if bytes > KEEP_AT_MOST then kept, kept_files = false, false end

-- A file kept whole is kept as its text in the report, where the report can encode a record on
-- its own, under the format and what else the text depends on (reporter.context: colours, the
-- width); else as its record, which any report reads.
local file_encode = kept_files and reporter.encode or nil
if file_encode then encode = file_encode end
local file_kind = file_encode and ("%s\0%s"):format(opts.format, reporter.context or "") or "record"
local function file_key(name) return "f\0" .. file_kind .. "\0" .. name end

-- The files kept whole by an earlier run are reported from what was kept (read again when
-- reported, so only one is held at a time); the others are checked by the workers. Reports
-- come in the order of the files either way.
local hits, to_check = {}, {}
for i in ipairs(files) do
  local key = kept_files and stamps[i] and file_key(stamps[i])
  hits[i] = key and drill.results.get(key) and key or nil
  if not hits[i] then to_check[#to_check + 1] = i end
end

local reported = 0
local function report(i, result, err)
  local rec, t, text
  if result and result.text then
    t, text = result.tally, result.text
  elseif result then
    rec = result
  elseif tostring(err):find("stuck inside one call", 1, true) then
    rec = recheck(files[i])
  else
    rec = { path = files[i], member = files[i]:match("([^/]*)$"):gsub("%.[^.]*$", ""), status = "error",
      format = files[i]:match("%.json$") and "json" or "markdown", answers = drill.json.array(),
      errors = drill.json.array({ { message = "checking failed: " .. tostring(err):match("^[^\n]*") } }) }
  end
  t = t or tally(rec)
  summary.files = summary.files + 1
  for _, k in ipairs({ "answers", "passed", "failed", "unanswered", "errors", "file_errors" }) do
    summary[k] = summary[k] + t[k]
  end
  total = total + t.total
  reporter.file(rec, text)
  reported = i
end
local function report_hits(upto)
  for i = reported + 1, upto do
    if hits[i] then
      local rec = drill.json.decode(drill.results.get(hits[i]))
      if not file_encode then
        for _, a in ipairs(rec.answers) do read_back(a) end
      end
      report(i, rec)
    end
  end
end

if jobs > 1 and #to_check > 0 then
  parts = math.min(jobs, 16)
  for n, q in ipairs(drill.bank.index()) do place[q.id] = n end
end

-- A file checked in parts, put together: the record and whether it may be kept.
local function whole(got)
  local rec, keep = got[1].rec, got[1].keep
  for k = 1, #rec.answers do
    for n = 2, #got do
      if rec.answers[k] then break end
      rec.answers[k] = got[n].rec.answers[k]
    end
  end
  for n = 2, #got do keep = keep and got[n].keep end
  return rec, keep
end

-- A part's answers encoded by the worker that grades them, where the report can encode an answer
-- and put a file together from its answers' texts (reporter.encode_answer, encode_file) and
-- encode is wanted of the workers: this process then only joins texts.
local encode_answer = encode and reporter.encode_file and reporter.encode_answer

-- A part checked and encoded: the file's record without its answers, the text of each answer
-- of the part (false for the others), and the tally of those answers.
local function encoded_part(rec, keep)
  local texts, t = {}, tally(rec)
  for k, a in ipairs(rec.answers) do texts[k] = a and encode_answer(a) end
  rec.answers = nil
  return { head = rec, texts = texts, tally = t, keep = keep }
end

-- Encoded parts put together: {tally, text} and whether it may be kept.
local function whole_text(got)
  local first = got[1]
  local texts, t, keep = first.texts, first.tally, first.keep
  for n = 2, #got do
    local g = got[n]
    for k, text in ipairs(g.texts) do
      if text then texts[k] = text end
    end
    for _, key in ipairs({ "passed", "failed", "unanswered", "errors", "total" }) do t[key] = t[key] + g.tally[key] end
    keep = keep and g.keep
  end
  return { tally = t, text = reporter.encode_file(first.head, texts) }, keep
end

local got = {}
drill.parallel(jobs, #to_check * parts, function(j)
  local path = files[to_check[(j - 1) // parts + 1]]
  if parts > 1 then
    local rec, keep = check_file(path, { part = (j - 1) % parts + 1 })
    if encode_answer then return encoded_part(rec, keep) end
    return { rec = rec, keep = keep }
  end
  -- what the file is before it is read: a change while it is read is a change after this
  local name = kept_files and drill.results.file(path)
  local rec, keep = check_file(path)
  local sent = encode and { tally = tally(rec), text = encode(rec) } or rec
  if name and keep then drill.results.put(file_key(name), drill.json.encode(sent)) end
  return sent
end, function(j, result, err)
  local i = to_check[(j - 1) // parts + 1]
  if parts > 1 then
    got[#got + 1] = result or { err = err }
    if #got < parts then return end
    local rec, keep, failed
    for _, g in ipairs(got) do failed = failed or g.err end
    if not failed then
      if got[1].texts then rec, keep = whole_text(got) else rec, keep = whole(got) end
    end
    got, result, err = {}, rec, failed
    -- what the file was before any part read it (stamps): a change since is a change after
    if rec and keep and kept_files and stamps[i] then
      result = (file_encode and not rec.text) and { tally = tally(rec), text = file_encode(rec) } or rec
      drill.results.put(file_key(stamps[i]), drill.json.encode(result))
    end
  end
  report_hits(i - 1)
  report(i, result, err)
end, parts)
report_hits(#files)

local graded = summary.passed + summary.failed
summary.mean_score = graded > 0 and round(total / graded) or drill.json.null
if summary.file_errors > 0 or summary.errors > 0 then
  summary.exit = 65
elseif summary.failed > 0 or summary.unanswered > 0 then
  summary.exit = 1
else
  summary.exit = 0
end
local exit = summary.exit
reporter.finish(summary)
if out then
  local ok, werr, code = out:commit()
  if not ok then drill.exit(code or 74, "drill: " .. werr) end
else
  drill.term.flush()
end
return exit
