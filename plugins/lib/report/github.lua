-- check.lua's report for GitHub Actions: a workflow command (::error / ::warning) per failed,
-- unanswered or broken answer and per file error, shown as annotations on the files; at the end,
-- through opts.append_summary, a Markdown job summary: mean scores per member × lesson.
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

local function cell_text(sum, graded, passed, total)
  if total == 0 then return "" end
  return ("%s (%d/%d)"):format(graded > 0 and percent(sum / graded) or "–", passed, total)
end

-- The job summary: totals, then a table of members (rows) × lessons (columns).
local function summary_markdown(s, grid)
  local members, lessons, cell = grid.sorted()
  local out = { "## drill check", "", "**" .. totals(s) .. "**", "" }
  if #members == 0 then return table.concat(out, "\n") .. "\n" end
  out[#out + 1] = "Mean score per member and lesson (passed/answers):"
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
      row[#row + 1] = c and cell_text(c.sum, c.graded, c.passed, c.total) or ""
      if c then
        for _, acc in ipairs({ mine, col[l], all }) do
          acc[1], acc[2], acc[3], acc[4] = acc[1] + c.sum, acc[2] + c.graded, acc[3] + c.passed, acc[4] + c.total
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

return function(write, opts)
  local grid = common.grid()
  return {
    start = function() end,
    file = function(f)
      for _, e in ipairs(value(f.errors) or {}) do
        write(command("error", { { "file", f.path }, { "line", e.line }, { "col", e.column }, { "title", "file error" } },
          e.message))
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
          write(command("error", where, table.concat(lines, "\n")))
        elseif a.status == "unanswered" then
          write(command("warning", where, "unanswered"))
        elseif a.status == "error" then
          write(command("error", where, "grader error: " .. (value(a.error) or "the grader failed")))
        end
      end
    end,
    finish = function(s)
      write(totals(s) .. "\n")
      if opts.append_summary then opts.append_summary(summary_markdown(s, grid)) end
    end,
  }
end
