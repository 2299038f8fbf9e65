-- An example report format for check.lua: one CSV row per answer, for a spreadsheet.
--
--   DRILL_PATH=plugins/examples drill check.lua --format csv answers/ > grades.csv
--
-- `--format NAME` that is not built in loads reports/NAME.lua from DRILL_PATH (or the script's
-- own directory). The module returns function(write, opts); that function returns a table of
-- three functions, which check.lua calls in order:
--   start(meta)      once, before any file: meta = {paths, jobs, shard, min_score}
--   file(record)     once per answer file, in path order: the record of docs/check.md
--   finish(summary)  once at the end: the counts and the exit code check.lua will return
-- write(s) adds text to the report (standard output, or the --output file). opts holds
-- min_score and paths. Each call runs as a guest: read-only records, the sandbox's budget, and
-- an error or a broken limit ends the run with exit 70 naming the format. The exit code is
-- check.lua's own, whatever the report writes.
--
-- The columns are member,question,lesson,status,score (RFC 4180: a field holding a comma, a
-- double quote or a line end is quoted, its quotes doubled; each row ends with CRLF). status
-- is pass, fail, unanswered or error; score is empty when there is none. A file with errors of
-- its own (an unknown question id, malformed JSON) also gets a row with an empty question and
-- the status error, before the rows of the answers it had.

-- One field as RFC 4180 writes it.
local function field(v)
  if v == nil or v == drill.json.null then return "" end
  local s = tostring(v)
  if s:find('[,"\r\n]') then s = '"' .. s:gsub('"', '""') .. '"' end
  return s
end

local function row(...)
  local out = {}
  for i = 1, select("#", ...) do out[i] = field((select(i, ...))) end
  return table.concat(out, ",") .. "\r\n"
end

return function(write)
  return {
    start = function() write(row("member", "question", "lesson", "status", "score")) end,
    file = function(rec)
      if rec.status == "error" then
        write(row(rec.member, nil, nil, "error", nil))
      end
      for _, a in ipairs(rec.answers) do
        local score = type(a.score) == "number" and ("%.2f"):format(a.score) or nil
        write(row(rec.member, a.id, a.lesson, a.status, score))
      end
    end,
    -- finish(summary) is left out: a CSV file has no footer (any of the three may be missing)
  }
end
