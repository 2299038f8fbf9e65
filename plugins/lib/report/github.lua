-- check.lua's report for GitHub Actions: workflow commands (::error / ::warning) for failed,
-- unanswered or broken answers and file errors, shown as annotations on the files. GitHub shows
-- only 10 of each kind per step, so they come at the end, most important first (the largest gap
-- below the pass mark, then errors, then unanswered), 10 of each; the rest are plain lines in a
-- folded group of the log, and the job summary (opts.append_summary: totals, then mean scores
-- per member × lesson) says how many were left out.
local common = require("lib.report.common")
local value, percent, plural = common.value, common.percent, common.plural

local FEEDBACK_LINES = 5

local function data(s)
  return (common.clean(s):gsub("[%%\r\n]", { ["%"] = "%25", ["\r"] = "%0D", ["\n"] = "%0A" }))
end

local function property(s)
  return (data(s):gsub("[:,]", { [":"] = "%3A", [","] = "%2C" }))
end

-- ::command file=...,line=...,title=...::message
local function command(name, props, message)
  local out = {}
  for _, kv in ipairs(props) do
    local v = value(kv[2])
    if v ~= nil then out[#out + 1] = kv[1] .. "=" .. property(v) end
  end
  return ("::%s %s::%s\n"):format(name, table.concat(out, ","), data(message))
end

-- Markdown text: punctuation that means something is escaped, lines joined.
local function md(s)
  return (tostring(s):gsub("[\r\n]+", " "):gsub("[\\`*_%[%]<>|#&~]", "\\%0"))
end

local function totals(s)
  local t = ("%s, %s: %d passed, %d failed, %d unanswered, %s"):format(plural(s.files, "file"),
    plural(s.answers, "answer"), s.passed, s.failed, s.unanswered, plural(s.errors, "error"))
  if s.file_errors > 0 then t = t .. ", " .. plural(s.file_errors, "file error") end
  return t .. " · mean " .. percent(s.mean_score)
end

local function cell_text(sum, counted, passed, total)
  if total == 0 then return "" end
  return ("%s (%d/%d)"):format(counted > 0 and percent(sum / counted) or "–", passed, total)
end

-- The job summary: totals, then a table of members (rows) × lessons (columns).
local function summary_markdown(s, grid)
  local members, lessons, cell = grid.sorted()
  local out = { "## drill check", "", "**" .. totals(s) .. "**", "" }
  if #members == 0 then return table.concat(out, "\n") .. "\n" end
  out[#out + 1] = "Mean score per member and lesson, an unanswered question counting 0 (passed/questions):"
  out[#out + 1] = ""
  local head, rule = { "member" }, { ":---" }
  for _, l in ipairs(lessons) do head[#head + 1], rule[#rule + 1] = md(l), "---:" end
  head[#head + 1], rule[#rule + 1] = "all", "---:"
  out[#out + 1] = "| " .. table.concat(head, " | ") .. " |"
  out[#out + 1] = "| " .. table.concat(rule, " | ") .. " |"
  local col = {}
  for _, l in ipairs(lessons) do col[l] = { 0, 0, 0, 0 } end
  local all = { 0, 0, 0, 0 }
  for _, m in ipairs(members) do
    local row, mine = { md(m) }, { 0, 0, 0, 0 }
    for _, l in ipairs(lessons) do
      local c = cell(m, l)
      row[#row + 1] = c and cell_text(c.sum, c.counted, c.passed, c.total) or ""
      if c then
        for _, acc in ipairs({ mine, col[l], all }) do
          acc[1], acc[2], acc[3], acc[4] = acc[1] + c.sum, acc[2] + c.counted, acc[3] + c.passed, acc[4] + c.total
        end
      end
    end
    row[#row + 1] = cell_text(table.unpack(mine))
    out[#out + 1] = "| " .. table.concat(row, " | ") .. " |"
  end
  local last = { "**all**" }
  for _, l in ipairs(lessons) do last[#last + 1] = cell_text(table.unpack(col[l])) end
  last[#last + 1] = cell_text(table.unpack(all))
  out[#out + 1] = "| " .. table.concat(last, " | ") .. " |"
  return table.concat(out, "\n") .. "\n"
end

-- GitHub shows at most this many annotations of each kind per step; the rest would vanish.
local LIMIT = { error = 10, warning = 10 }

-- Failures with the largest gap below the pass mark first, then grader and file errors, then
-- unanswered questions; within each, in file order.
local function before(x, y)
  if x.rank ~= y.rank then return x.rank < y.rank end
  if x.gap ~= y.gap then return x.gap > y.gap end
  return x.order < y.order
end

local function more(n) return ("%d more %s"):format(n, n == 1 and "result" or "results") end

local function location(h)
  local parts = {}
  for _, kv in ipairs(h.where) do
    if kv[1] ~= "title" and value(kv[2]) ~= nil then parts[#parts + 1] = tostring(value(kv[2])) end
  end
  return table.concat(parts, ":")
end

return function(write, opts)
  local grid = common.grid()
  -- every result to annotate, held for the end: its kind, rank (1 failures, 2 errors,
  -- 3 unanswered), gap below the pass mark, place in file order, location and message
  local results = {}
  local function hold(kind, rank, gap, where, message)
    results[#results + 1] = { kind = kind, rank = rank, gap = gap, order = #results + 1, where = where,
      title = where[#where][2], message = message }
  end
  return {
    start = function() end,
    file = function(f)
      for _, e in ipairs(value(f.errors) or {}) do
        hold("error", 2, 0, { { "file", f.path }, { "line", e.line }, { "col", e.column }, { "title", "file error" } },
          e.message)
      end
      for _, a in ipairs(value(f.answers) or {}) do
        grid.add(f.member, a)
        local where = { { "file", f.path }, { "line", a.line }, { "title", a.id } }
        if a.status == "fail" then
          local lines = { ("score %s, below the pass mark %s"):format(percent(a.score), percent(a.pass_mark)) }
          for i, fb in ipairs(value(a.feedback) or {}) do
            if i > FEEDBACK_LINES then break end
            lines[#lines + 1] = fb
          end
          hold("error", 1, (value(a.pass_mark) or 0) - (value(a.score) or 0), where, table.concat(lines, "\n"))
        elseif a.status == "unanswered" then
          hold("warning", 3, 0, where, "unanswered")
        elseif a.status == "error" then
          hold("error", 2, 0, where, "grader error: " .. (value(a.error) or "the grader failed"))
        end
      end
    end,
    finish = function(s)
      table.sort(results, before)
      local shown, rest = { error = 0, warning = 0 }, {}
      for _, h in ipairs(results) do
        if shown[h.kind] < LIMIT[h.kind] then
          shown[h.kind] = shown[h.kind] + 1
          write(command(h.kind, h.where, h.message))
        else
          rest[#rest + 1] = h
        end
      end
      -- the rest, in the same order, as plain lines in a folded group of the log
      if #rest > 0 then
        write(("::group::%s (GitHub shows %d errors and %d warnings per step)\n"):format(more(#rest),
          LIMIT.error, LIMIT.warning))
        for _, h in ipairs(rest) do
          -- indented, so that no text of theirs can start a workflow command
          local line = ("%s: %s: %s: %s"):format(location(h), h.kind, h.title, h.message:match("^[^\n]*"))
          write("  " .. common.clean(line):gsub("[\r\n]", " ") .. "\n")
        end
        write("::endgroup::\n")
      end
      write(totals(s) .. "\n")
      if opts.append_summary then
        local text = summary_markdown(s, grid)
        if #rest > 0 then
          local left = { error = 0, warning = 0 }
          for _, h in ipairs(rest) do left[h.kind] = left[h.kind] + 1 end
          local parts = {}
          if left.error > 0 then
            parts[#parts + 1] = ("%d of %d failures and errors"):format(left.error, left.error + shown.error)
          end
          if left.warning > 0 then
            parts[#parts + 1] = ("%d of %d unanswered questions"):format(left.warning, left.warning + shown.warning)
          end
          text = text .. ("\n%s are not annotated on the files: GitHub shows %d errors and %d warnings per step. "
            .. "The annotations show the lowest scores first; the log lists the rest under \"%s\".\n"):format(
            table.concat(parts, " and "), LIMIT.error, LIMIT.warning, more(#rest))
        end
        opts.append_summary(text)
      end
    end,
  }
end
