-- check.lua's report for people: per file a header, per answer a mark, the id and the score,
-- the feedback of failures, file errors as path:line: message, and a closing total.
local ui = require("lib.ui")
local common = require("lib.report.common")
local value, percent, plural = common.value, common.percent, common.plural
local length = drill.text.length

-- Text from files and graders goes to a terminal: no control characters.
local function safe(s) return (common.clean(s):gsub("[\r\n\t]", " ")) end

local MARKS = { pass = { "✓", "green" }, fail = { "✗", "red" }, unanswered = { "·", "yellow" }, error = { "!", "magenta" } }

return function(write, opts)
  local function style(name, text)
    if opts.color == false then return text end
    return ui.style(name, text)
  end
  -- a file's lines go to a buffer: encode(record) is its text, which file() writes
  local buf
  local function line(...) buf[#buf + 1] = table.concat({ ... }) .. "\n" end
  local columns = drill.term.width() or 80 -- read once: each read is a system call
  local function indented(text, colour)
    local wrapped = ui.wrap(common.clean(text), columns, "      ")
    line(colour and style(colour, wrapped) or wrapped)
  end

  local function header(f)
    local c, parts = common.counts(f), {}
    for _, k in ipairs({ { "pass", "passed" }, { "fail", "failed" }, { "unanswered", "unanswered" }, { "error", "error" } }) do
      if c[k[1]] > 0 then parts[#parts + 1] = k[2] == "error" and plural(c.error, "error") or ("%d %s"):format(c[k[1]], k[2]) end
    end
    local counts = plural(c.total, "answer") .. (#parts > 0 and ": " .. table.concat(parts, ", ") or "")
    line(style("bold", safe(f.path)), style("dim", "  " .. counts))
  end

  local function answer(a, width)
    local mark = MARKS[a.status] or { "?", "red" }
    local id = safe(a.id)
    id = id .. (" "):rep(width - length(id))
    if a.status == "unanswered" then
      line("  ", style(mark[2], mark[1]), " ", id, "  ", style("dim", "unanswered"))
    elseif a.status == "error" then
      line("  ", style(mark[2], mark[1]), " ", id, "  ", style(mark[2], "error"))
      indented(value(a.error) or "the grader failed")
    else
      local pass_mark = value(a.pass_mark)
      local score = percent(a.score)
      if a.status == "pass" then
        line("  ", style(mark[2], mark[1]), " ", id, "  ", score)
      else
        line("  ", style(mark[2], mark[1]), " ", id, "  ", style(mark[2], score),
          pass_mark and style("dim", ("  (pass mark %s)"):format(percent(pass_mark))) or "")
        -- what the answer said wrong first, in red: "You said …; that is wrong. <what is right>"
        for _, fb in ipairs(value(a.feedback) or {}) do indented(fb, tostring(fb):match("^You said ") and "red" or nil) end
      end
    end
  end

  -- A record as its lines of the report. Pure but for the colours and the width, read once
  -- (context says which), so check.lua may call it in a worker process, or keep its text.
  local function encode(f)
    buf = {}
    header(f)
    for _, e in ipairs(value(f.errors) or {}) do
      local where = safe(f.path) .. (value(e.line) and ":" .. value(e.line) or "") .. (value(e.column) and ":" .. value(e.column) or "")
      line(style("red", where .. ": " .. safe(e.message)))
    end
    local width = 0
    for _, a in ipairs(f.answers) do width = math.max(width, length(safe(a.id))) end
    for _, a in ipairs(f.answers) do answer(a, width) end
    local text = table.concat(buf)
    buf = nil
    return text
  end

  return {
    start = function() end,
    encode = encode,
    context = ("color=%s width=%d"):format(opts.color ~= false and drill.term.color(), columns),
    -- file(record [, text]): text, when given, is encode(record) made elsewhere
    file = function(f, text) write(text or encode(f)) end,
    finish = function(s)
      buf = {}
      local total = ("%s, %s: %d passed, %d failed, %d unanswered, %s"):format(plural(s.files, "file"),
        plural(s.answers, "answer"), s.passed, s.failed, s.unanswered, plural(s.errors, "error"))
      if s.file_errors > 0 then total = total .. ", " .. plural(s.file_errors, "file error") end
      total = total .. " · mean " .. percent(s.mean_score)
      local colour = s.exit == 0 and "green" or s.exit == 1 and "yellow" or "red"
      line()
      line(style(colour, total))
      write(table.concat(buf))
      buf = nil
    end,
  }
end
