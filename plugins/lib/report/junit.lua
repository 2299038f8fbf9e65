-- check.lua's JUnit XML report (the Ant/Jenkins shape of tests/schemas/junit.xsd): a testsuite
-- per file, a testcase per answer (classname member.lesson), failure (below the pass mark, type
-- "fail"; unanswered, type "unanswered": both fail the run, as its exit code says) and error
-- (grader errors; file errors as a testcase "file"). Nothing is skipped.
--
-- The totals of <testsuites> come first but are known last, so the testsuites are held until
-- the end, up to HOLD bytes; a longer report is streamed and its <testsuites> has no totals.
local common = require("lib.report.common")
local value, percent = common.value, common.percent

local HOLD = 4 * 1024 * 1024

local ENTITIES = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;", ["'"] = "&apos;",
  ["\t"] = "&#9;", ["\n"] = "&#10;", ["\r"] = "&#13;" }

-- Text for XML 1.0 content; attributes also keep their tabs and line ends.
local function text(s) return (common.clean(s):gsub("[&<>\r]", ENTITIES)) end
local function attr(s) return (common.clean(s):gsub("[&<>\"'\t\n\r]", ENTITIES)) end

local function attrs(list)
  local out = {}
  for _, kv in ipairs(list) do
    local v = value(kv[2])
    if v ~= nil then out[#out + 1] = ('%s="%s"'):format(kv[1], attr(v)) end
  end
  return table.concat(out, " ")
end

local function testcase(f, a)
  local head = ("    <testcase %s"):format(attrs({ { "classname", f.member .. "." .. (value(a.lesson) or "?") },
    { "name", a.id }, { "file", f.path }, { "line", a.line } }))
  if a.status == "pass" then return head .. "/>\n" end
  local body
  if a.status == "fail" then
    body = ('<failure message="%s" type="fail">%s</failure>'):format(
      attr(("score %s below %s"):format(percent(a.score), percent(a.pass_mark))),
      text(table.concat(value(a.feedback) or {}, "\n")))
  elseif a.status == "unanswered" then
    -- a failure, as the exit code counts it: a question left unanswered is not passed
    body = '<failure message="unanswered" type="unanswered">the answer under this heading is empty</failure>'
  else
    local message = value(a.error) or "the grader failed"
    body = ('<error message="%s" type="error">%s</error>'):format(attr(message), text(message))
  end
  return ("%s>\n      %s\n    </testcase>\n"):format(head, body)
end

local function file_errors(f, errors)
  local lines = {}
  for i, e in ipairs(errors) do
    lines[i] = f.path .. (value(e.line) and ":" .. value(e.line) or "") .. (value(e.column) and ":" .. value(e.column) or "")
      .. ": " .. tostring(e.message)
  end
  return ('    <testcase %s>\n      <error message="%s" type="file">%s</error>\n    </testcase>\n'):format(
    attrs({ { "classname", f.member }, { "name", "file" }, { "file", f.path }, { "line", errors[1].line } }),
    attr(errors[1].message), text(table.concat(lines, "\n")))
end

return function(write)
  local held, size, streaming = {}, 0, false
  local totals = { tests = 0, failures = 0, errors = 0, skipped = 0 }
  local function open_root(with_totals)
    write('<?xml version="1.0" encoding="UTF-8"?>\n')
    write(with_totals and ('<testsuites name="drill" %s>\n'):format(attrs({ { "tests", totals.tests },
      { "failures", totals.failures }, { "errors", totals.errors }, { "skipped", totals.skipped } }))
      or '<testsuites name="drill">\n')
  end
  return {
    start = function() end,
    file = function(f)
      local c, errors = common.counts(f), value(f.errors) or {}
      local n = { tests = c.total + (#errors > 0 and 1 or 0), failures = c.fail + c.unanswered,
        errors = c.error + (#errors > 0 and 1 or 0), skipped = 0 }
      for k, v in pairs(n) do totals[k] = totals[k] + v end
      local parts = { ("  <testsuite %s>\n"):format(attrs({ { "name", f.path }, { "tests", n.tests },
        { "failures", n.failures }, { "errors", n.errors }, { "skipped", n.skipped }, { "file", f.path } })) }
      if #errors > 0 then parts[#parts + 1] = file_errors(f, errors) end
      for _, a in ipairs(value(f.answers) or {}) do parts[#parts + 1] = testcase(f, a) end
      parts[#parts + 1] = "  </testsuite>\n"
      local suite = table.concat(parts)
      if streaming then return write(suite) end
      held[#held + 1], size = suite, size + #suite
      if size > HOLD then
        open_root(false)
        write(table.concat(held))
        held, streaming = nil, true
      end
    end,
    finish = function()
      if not streaming then
        open_root(true)
        write(table.concat(held))
      end
      write("</testsuites>\n")
    end,
  }
end
