-- check.lua's TAP version 13 report: one subtest per file (indented four spaces) with a test per
-- answer, then the file's own test; YAML diagnostics on every failure; the plan at the end.
local common = require("lib.report.common")
local value, percent, plural = common.value, common.percent, common.plural

-- A test description: one line, '#' escaped so it is not read as a directive.
local function description(s)
  return (common.clean(s):gsub("[\r\n]", " "):gsub("\\", "\\\\"):gsub("#", "\\#"))
end

-- A YAML scalar: a number (to four places), ~, or a single-quoted string on one line (quotes
-- doubled), which TAP::Parser's YAMLish reader and full YAML parsers read alike.
local function scalar(v)
  v = value(v)
  if v == nil then return "~" end
  if type(v) == "number" then
    if math.type(v) == "integer" then return tostring(v) end
    return (("%.4f"):format(v):gsub("0+$", ""):gsub("%.$", ""))
  end
  if type(v) == "boolean" then return tostring(v) end
  return "'" .. common.clean(v):gsub("[\r\n]+", " "):gsub("'", "''") .. "'"
end

-- Writes a YAML block of ordered {key, value} pairs. A value that is a table is a list of
-- {key, value} pair lists; one marked {lines = {...}} is a literal block, a line each (the
-- feedback: plain text to read, with no escapes).
local function yaml(write, indent, pairs_)
  local lines = { indent .. "---" }
  for _, kv in ipairs(pairs_) do
    local k, v = kv[1], kv[2]
    if type(v) ~= "table" then
      lines[#lines + 1] = ("%s%s: %s"):format(indent, k, scalar(v))
    elseif v.lines then
      local text = {}
      for _, l in ipairs(v.lines) do
        l = common.clean(l):gsub("[\r\n]+", " "):gsub("^%s+", ""):gsub("%s+$", "")
        if l ~= "" then text[#text + 1] = indent .. "  " .. l end
      end
      lines[#lines + 1] = ("%s%s: %s"):format(indent, k, #text > 0 and "|" or "''")
      table.move(text, 1, #text, #lines + 1, lines)
    elseif #v == 0 then
      lines[#lines + 1] = ("%s%s: []"):format(indent, k)
    else
      lines[#lines + 1] = indent .. k .. ":"
      for _, item in ipairs(v) do
        for i, sub in ipairs(item) do
          lines[#lines + 1] = ("%s  %s %s: %s"):format(indent, i == 1 and "-" or " ", sub[1], scalar(sub[2]))
        end
      end
    end
  end
  lines[#lines + 1] = indent .. "..."
  write(table.concat(lines, "\n") .. "\n")
end

local function diagnostics(f, a)
  local d = { { "file", f.path }, { "line", a.line }, { "status", a.status } }
  if a.status == "error" then
    d[#d + 1] = { "message", value(a.error) or "the grader failed" }
  elseif a.status == "unanswered" then
    d[#d + 1] = { "message", "unanswered" }
  else
    d[#d + 1] = { "message", ("score %s below the pass mark %s"):format(percent(a.score), percent(a.pass_mark)) }
  end
  d[#d + 1] = { "score", a.score }
  d[#d + 1] = { "pass_mark", a.pass_mark }
  d[#d + 1] = { "feedback", { lines = value(a.feedback) or {} } }
  return d
end

return function(write)
  local n = 0
  return {
    start = function() write("TAP version 13\n") end,
    file = function(f)
      n = n + 1
      local answers, errors = value(f.answers) or {}, value(f.errors) or {}
      if #answers > 0 then
        write("    # Subtest: " .. description(f.path) .. "\n")
        for i, a in ipairs(answers) do
          local ok = a.status == "pass"
          write(("    %s %d - %s\n"):format(ok and "ok" or "not ok", i, description(a.id)))
          if not ok then yaml(write, "      ", diagnostics(f, a)) end
        end
        write(("    1..%d\n"):format(#answers))
      end
      local c = common.counts(f)
      local ok = #errors == 0 and c.pass == c.total
      write(("%s %d - %s\n"):format(ok and "ok" or "not ok", n, description(f.path)))
      if not ok then
        local list = {}
        for i, e in ipairs(errors) do list[i] = { { "line", e.line }, { "column", e.column }, { "message", e.message } } end
        local status = (#errors > 0 or c.error > 0) and "error" or "fail"
        yaml(write, "  ", { { "file", f.path }, { "status", status },
          { "message", ("%d of %s passed%s"):format(c.pass, plural(c.total, "answer"),
            #errors > 0 and ", " .. plural(#errors, "file error") or "") },
          { "passed", c.pass }, { "failed", c.fail }, { "unanswered", c.unanswered }, { "errors", list } })
      end
    end,
    finish = function(s)
      write(("1..%d%s\n"):format(n, n == 0 and " # SKIP no answer files" or ""))
      write(("# %s, %s: %d passed, %d failed, %d unanswered, %s, %s · mean %s\n"):format(plural(s.files, "file"),
        plural(s.answers, "answer"), s.passed, s.failed, s.unanswered, plural(s.errors, "error"),
        plural(s.file_errors, "file error"), percent(s.mean_score)))
    end,
  }
end
