-- Helpers shared by the report formats of check.lua (lib/report/<format>.lua).
local M = {}

-- A record's value with JSON null (from drill.json.decode) read as nil.
function M.value(x)
  if x == drill.json.null then return nil end
  return x
end

-- A score as a percentage, or "–" when there is none.
function M.percent(x)
  x = M.value(x)
  if type(x) ~= "number" then return "–" end
  return ("%d%%"):format(math.floor(x * 100 + 0.5))
end

-- "1 file", "2 files".
function M.plural(n, word)
  return ("%d %s%s"):format(n, word, n == 1 and "" or "s")
end

-- Text safe for XML 1.0 and HTML: invalid UTF-8, control characters other than
-- tab and line ends, and U+FFFE/U+FFFF become U+FFFD.
function M.clean(s)
  s = tostring(s)
  if not utf8.len(s) then
    local out, i = {}, 1
    while i <= #s do
      local ok, bad = utf8.len(s, i)
      if ok then
        out[#out + 1] = s:sub(i)
        break
      end
      out[#out + 1] = s:sub(i, bad - 1) .. "\u{FFFD}"
      i = bad + 1
    end
    s = table.concat(out)
  end
  -- most text has nothing to replace: one scan says so
  if not s:find("[%z\1-\8\11\12\14-\31\127\239]") then return s end
  return (s:gsub("[%z\1-\8\11\12\14-\31\127]", "\u{FFFD}"):gsub("\239\191[\190\191]", "\u{FFFD}"))
end

-- Counts of a file's answers by status.
function M.counts(f)
  local c = { pass = 0, fail = 0, unanswered = 0, error = 0, total = 0 }
  for _, a in ipairs(f.answers or {}) do
    c[a.status] = (c[a.status] or 0) + 1
    c.total = c.total + 1
  end
  return c
end

-- Scores summed per member × lesson: only small aggregates, never the answers. A cell's mean
-- counts an unanswered question as 0 (a member who answered 3 of 15 does not show the mean of
-- the 3); a grader error counts in neither the sum nor the mean.
function M.grid()
  local g = { cells = {}, members = {}, lessons = {} }
  local seen = {}
  function g.add(member, a)
    local lesson = M.value(a.lesson) or "?"
    if not g.cells[member] then
      g.cells[member] = {}
      g.members[#g.members + 1] = member
    end
    local cell = g.cells[member][lesson]
    if not cell then
      cell = { sum = 0, graded = 0, counted = 0, passed = 0, total = 0 }
      g.cells[member][lesson] = cell
      if not seen[lesson] then
        seen[lesson] = true
        g.lessons[#g.lessons + 1] = lesson
      end
    end
    cell.total = cell.total + 1
    local score = M.value(a.score)
    if type(score) == "number" then
      cell.sum, cell.graded, cell.counted = cell.sum + score, cell.graded + 1, cell.counted + 1
    elseif a.status == "unanswered" then
      cell.counted = cell.counted + 1 -- a question left unanswered scores 0 in the mean
    end
    if a.status == "pass" then cell.passed = cell.passed + 1 end
  end
  -- Sorted members and lessons, and the cell of a pair (nil when empty; mean is nil when nothing was graded).
  function g.sorted()
    local members, lessons = table.move(g.members, 1, #g.members, 1, {}), table.move(g.lessons, 1, #g.lessons, 1, {})
    table.sort(members)
    table.sort(lessons)
    return members, lessons, function(member, lesson)
      local cell = g.cells[member] and g.cells[member][lesson]
      if cell then cell.mean = cell.counted > 0 and cell.sum / cell.counted or nil end
      return cell
    end
  end
  return g
end

return M
