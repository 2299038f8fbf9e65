-- check.lua's HTML report, for a teacher: one self-contained page (inline CSS, SVG and JS; nothing
-- fetched). The date and drill's version; a row per answer with the question, the answer, the
-- evidence (concepts met, said wrong, misconceptions) and the feedback, filtered by member and
-- status and sorted by any column (the state is kept in the URL: #member=alice&status=fail&sort=-score).
-- The rows are streamed as files arrive; the totals, coverage per member and the member × lesson
-- heat map, known only at the end, follow them in the page and are shown above them (CSS order,
-- and the script moves them up). Only the sums per member and lesson are kept in memory.
local common = require("lib.report.common")
local value, percent, plural = common.value, common.percent, common.plural

local ESC = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;", ["'"] = "&#39;" }
local function esc(s) return (common.clean(s):gsub("[&<>\"']", ESC)) end

local STYLE = [[
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d2733;background:#f6f7f9}
main{display:flex;flex-direction:column;max-width:1200px;margin:0 auto;padding:16px 24px}
h1{order:-2;margin:8px 0}#summary{order:-1}h2{font-size:18px;margin:20px 0 8px}
.totals{display:flex;flex-wrap:wrap;gap:8px;padding:0;margin:0;list-style:none}
.totals li{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:6px 12px}
.totals b{display:block;font-size:20px}
.heat{background:#fff;border:1px solid #dde1e6;border-radius:6px;max-width:100%;height:auto}
.heat text{font-size:12px;fill:#1d2733}.heat .v{text-anchor:middle;font-weight:600}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border-bottom:1px solid #e3e6ea;padding:5px 8px;text-align:left;vertical-align:top}
th button{font:inherit;font-weight:600;border:0;background:none;cursor:pointer;padding:0}
th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.pass{color:#1a7f37}.fail{color:#cf222e}.unanswered{color:#9a6700}.error,.file-error{color:#8250df}
details ul{margin:4px 0;padding-left:18px}
.meta{order:-2;margin:0 0 8px;color:#57606a}
.filters{display:flex;flex-wrap:wrap;gap:12px;align-items:center;margin:0 0 8px}
.filters label{font-weight:600}.filters output{color:#57606a}
td .q{display:block;color:#57606a;font-size:13px;max-width:32em}
blockquote.answer{white-space:pre-wrap;margin:6px 0;padding:6px 10px;background:#f6f7f9;border-left:3px solid #afb8c1}
ul.ev{list-style:none;padding-left:0}ul.ev li{margin:2px 0}
.ev .met::before{content:"✓ ";color:#1a7f37}.ev .wrong::before{content:"✗ ";color:#cf222e}
.ev .misc::before{content:"! ";color:#9a6700}.ev .said{font-style:italic}
.coverage td.bar{min-width:140px}.coverage .track{background:#e3e6ea;border-radius:3px;height:10px}
.coverage .fill{background:#1a7f37;border-radius:3px;height:10px}
tr[hidden]{display:none}
]]

-- Sorts the rows of the answers table by a column (data-key); numbers use data-value.
local SCRIPT = [[
function sortRows(table, key, desc) {
  var ths = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var i = ths.findIndex(function (th) { return th.dataset.key === key; });
  if (i < 0) return false;
  var num = ths[i].dataset.type === "number", body = table.tBodies[0];
  var value = function (row) {
    var c = row.cells[i];
    return num ? parseFloat(c.dataset.value === undefined ? "-1" : c.dataset.value) : c.textContent;
  };
  var rows = Array.prototype.slice.call(body.rows);
  rows.sort(function (a, b) {
    var x = value(a), y = value(b), d = num ? x - y : x.localeCompare(y);
    return desc ? -d : d;
  });
  var frag = document.createDocumentFragment();
  rows.forEach(function (r) { frag.appendChild(r); });
  body.appendChild(frag);
  ths.forEach(function (th, j) {
    if (j === i) th.setAttribute("aria-sort", desc ? "descending" : "ascending");
    else th.removeAttribute("aria-sort");
  });
  return true;
}
(function () {
  var table = document.getElementById("answers-table");
  var h1 = document.querySelector("h1");
  h1.after(document.getElementById("summary"));
  h1.after(document.querySelector(".meta"));
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var member = document.getElementById("member-filter"), status = document.getElementById("status-filter");
  var shown = document.getElementById("shown");
  var state = {};
  location.hash.replace(/^#/, "").split("&").forEach(function (kv) {
    var i = kv.indexOf("=");
    try { if (i > 0) state[kv.slice(0, i)] = decodeURIComponent(kv.slice(i + 1)); } catch (e) { /* a bad link */ }
  });
  var names = [];
  rows.forEach(function (r) { if (names.indexOf(r.dataset.member) < 0) names.push(r.dataset.member); });
  names.sort().forEach(function (n) {
    var o = document.createElement("option");
    o.value = n; o.textContent = n;
    member.appendChild(o);
  });
  function save() {
    var parts = [];
    ["member", "status", "sort"].forEach(function (k) {
      if (state[k]) parts.push(k + "=" + encodeURIComponent(state[k]));
    });
    history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname);
  }
  function filter() {
    var n = 0;
    rows.forEach(function (r) {
      r.hidden = (member.value !== "" && r.dataset.member !== member.value) ||
        (status.value !== "" && r.dataset.status !== status.value);
      if (!r.hidden) n++;
    });
    shown.textContent = n + " of " + rows.length + " shown";
    state.member = member.value; state.status = status.value;
  }
  member.value = state.member || ""; status.value = state.status || "";
  if (member.value !== (state.member || "")) member.value = "";
  member.addEventListener("change", function () { filter(); save(); });
  status.addEventListener("change", function () { filter(); save(); });
  filter();
  table.tHead.addEventListener("click", function (e) {
    var th = e.target.closest("th");
    if (!th) return;
    var desc = th.getAttribute("aria-sort") === "ascending";
    sortRows(table, th.dataset.key, desc);
    state.sort = (desc ? "-" : "") + th.dataset.key;
    save();
  });
  var m = /^(-?)([\w-]+)$/.exec(state.sort || "");
  if (m) sortRows(table, m[2], m[1] === "-");
})();
]]

local COLUMNS = { { "member", "member" }, { "id", "question" }, { "lesson", "lesson" }, { "score", "score", "number" },
  { "status", "status" }, { "feedback", "answer and evidence" } }

local STATUSES = { { "", "every status" }, { "pass", "passed" }, { "fail", "failed" }, { "unanswered", "unanswered" },
  { "error", "error" }, { "file-error", "file error" } }

-- red (0) through amber to green (1)
local function colour(score)
  if not score then return "#e3e6ea" end
  return ("hsl(%d,70%%,%d%%)"):format(math.floor(120 * score + 0.5), 58)
end

local function heat_map(grid)
  local members, lessons, cell = grid.sorted()
  if #members == 0 then return "<p>No answers.</p>" end
  local longest_m, longest_l = 6, 6
  for _, m in ipairs(members) do longest_m = math.max(longest_m, drill.text.length(m)) end
  for _, l in ipairs(lessons) do longest_l = math.max(longest_l, drill.text.length(l)) end
  local cw, ch = 92, 30
  local left = math.min(260, 16 + 7 * longest_m)
  local top = math.min(180, 20 + math.floor(4.6 * longest_l))
  local width, height = left + cw * #lessons + top, top + ch * #members + 44
  local out = { ('<svg class="heat" role="img" aria-label="mean score per member and lesson" width="%d" height="%d" '
    .. 'viewBox="0 0 %d %d">'):format(width, height, width, height) }
  for j, l in ipairs(lessons) do
    local x, y = left + cw * (j - 1) + cw / 2, top - 8
    out[#out + 1] = ('<text x="%g" y="%d" transform="rotate(-35 %g %d)">%s</text>'):format(x, y, x, y, esc(l))
  end
  for i, m in ipairs(members) do
    local y = top + ch * (i - 1)
    out[#out + 1] = ('<text x="%d" y="%d">%s</text>'):format(left - 8 - 7 * math.min(longest_m, 34), y + 20, esc(m))
    for j, l in ipairs(lessons) do
      local c, x = cell(m, l), left + cw * (j - 1)
      if c then
        local tip = ("%s · %s: mean %s over %s (%d answered, an unanswered one counting 0), %d passed"):format(m, l,
          percent(c.mean), plural(c.total, "question"), c.graded, c.passed)
        out[#out + 1] = ('<g><title>%s</title><rect x="%d" y="%d" width="%d" height="%d" rx="3" fill="%s" stroke="#fff"/>'
          .. '<text class="v" x="%d" y="%d">%s · %d/%d</text></g>'):format(esc(tip), x, y, cw, ch, colour(c.mean),
          x + cw // 2, y + 20, percent(c.mean), c.graded, c.total)
      else
        out[#out + 1] = ('<rect x="%d" y="%d" width="%d" height="%d" fill="#f6f7f9" stroke="#fff"/>'):format(x, y, cw, ch)
      end
    end
  end
  -- the legend: a bar from 0% to 100%
  local y = top + ch * #members + 14
  out[#out + 1] = ('<defs><linearGradient id="scale"><stop offset="0" stop-color="%s"/><stop offset="0.5" stop-color="%s"/>'
    .. '<stop offset="1" stop-color="%s"/></linearGradient></defs>'):format(colour(0), colour(0.5), colour(1))
  out[#out + 1] = ('<text x="%d" y="%d">0%%</text><rect x="%d" y="%d" width="%d" height="12" fill="url(#scale)"/>'
    .. '<text x="%d" y="%d">100%%</text>'):format(left - 30, y + 11, left, y, cw * 2, left + cw * 2 + 6, y + 11)
  out[#out + 1] = "</svg>"
  return table.concat(out, "\n")
end

-- The answer, its evidence and its feedback, folded in the row's last cell.
local function details(cells)
  local out, parts = {}, {}
  local ev = cells.evidence or {}
  local met, wrong, misc = value(ev.met) or {}, value(ev.contradicted) or {}, value(ev.misconceptions) or {}
  if #met > 0 then parts[#parts + 1] = ("%d met"):format(#met) end
  if #wrong > 0 then parts[#parts + 1] = ("%d wrong"):format(#wrong) end
  if #misc > 0 then parts[#parts + 1] = plural(#misc, "misconception") end
  local missing = #(value(cells.missing) or {})
  if missing > 0 then parts[#parts + 1] = ("%d missing"):format(missing) end
  if #parts == 0 and #cells.lines > 0 then parts[1] = plural(#cells.lines, "line") end
  if #parts == 0 and not cells.answer then return "" end
  out[#out + 1] = ("<details><summary>%s</summary>"):format(#parts > 0 and table.concat(parts, ", ") or "answer")
  if cells.answer and cells.answer ~= "" then
    out[#out + 1] = '<blockquote class="answer">' .. esc(cells.answer) .. "</blockquote>"
  end
  if #met + #wrong + #misc > 0 then
    out[#out + 1] = '<ul class="ev">'
    for _, h in ipairs(met) do
      local how = value(h.how)
      out[#out + 1] = ('<li class="met">%s%s</li>'):format(esc(h.name),
        how and (' <span class="said">(%s: “%s”)</span>'):format(esc(how), esc(value(h.said) or "")) or "")
    end
    for _, k in ipairs(wrong) do
      out[#out + 1] = ('<li class="wrong">%s: you said <span class="said">“%s”</span>; that is wrong. %s</li>'):format(
        esc(k.name), esc(k.said), esc(k.correct))
    end
    for _, k in ipairs(misc) do
      out[#out + 1] = ('<li class="misc">Misconception: %s <span class="said">(“%s”)</span>. %s</li>'):format(
        esc(k.name), esc(k.said), esc(k.correct))
    end
    out[#out + 1] = "</ul>"
  end
  -- the feedback, less what the evidence above already says
  local lines = {}
  for _, l in ipairs(cells.lines) do
    local said_wrong = #wrong > 0 and tostring(l):match("^You said ")
    local misconception = #misc > 0 and tostring(l):match("^Misconception: ")
    if not said_wrong and not misconception then lines[#lines + 1] = l end
  end
  if #lines > 0 then
    out[#out + 1] = "<ul>"
    for _, l in ipairs(lines) do out[#out + 1] = "<li>" .. esc(l) .. "</li>" end
    out[#out + 1] = "</ul>"
  end
  out[#out + 1] = "</details>"
  return table.concat(out)
end

local function row(member, path, cells)
  local out = { ('<tr data-status="%s" data-member="%s"><td title="%s">%s</td>'):format(esc(cells.status), esc(member),
    esc(path), esc(member)) }
  out[#out + 1] = ("<td>%s%s</td><td>%s</td>"):format(esc(cells.id),
    cells.question and ('<span class="q">%s</span>'):format(esc(cells.question)) or "", esc(cells.lesson or ""))
  out[#out + 1] = cells.score and ('<td class="n" data-value="%.4f">%s</td>'):format(cells.score, percent(cells.score))
    or '<td class="n"></td>'
  out[#out + 1] = ('<td class="%s">%s</td><td>'):format(esc(cells.status), esc(cells.status:gsub("-", " ")))
  out[#out + 1] = details(cells)
  return table.concat(out) .. "</td></tr>\n"
end

-- Coverage per member: the questions in their files, how many were answered and passed, and
-- the mean score with an unanswered question counting 0.
local function coverage(grid)
  local members, lessons, cell = grid.sorted()
  if #members == 0 then return "" end
  local out = { '<table class="coverage"><thead><tr><th>member</th><th>questions</th><th>answered</th>'
    .. "<th>passed</th><th>mean</th><th>coverage</th></tr></thead><tbody>" }
  for _, m in ipairs(members) do
    local t = { sum = 0, counted = 0, graded = 0, passed = 0, total = 0 }
    for _, l in ipairs(lessons) do
      local c = cell(m, l)
      if c then
        for k in pairs(t) do t[k] = t[k] + c[k] end
      end
    end
    local share = t.total > 0 and t.graded / t.total or 0
    out[#out + 1] = ('<tr><td>%s</td><td class="n">%d</td><td class="n">%d (%s)</td><td class="n">%d</td>'
      .. '<td class="n">%s</td><td class="bar"><div class="track" title="%s"><div class="fill" style="width:%d%%">'
      .. "</div></div></td></tr>"):format(esc(m), t.total, t.graded, percent(share), t.passed,
      percent(t.counted > 0 and t.sum / t.counted or nil), esc(("%s answered %d of %d"):format(m, t.graded, t.total)),
      math.floor(share * 100 + 0.5))
  end
  out[#out + 1] = "</tbody></table>"
  return table.concat(out, "\n")
end

return function(write)
  local grid = common.grid()
  return {
    start = function(meta)
      local title = "drill check: " .. table.concat(meta and meta.paths or {}, " ")
      write('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        .. '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        .. "<title>" .. esc(title) .. "</title>\n<style>" .. STYLE .. "</style>\n</head>\n<body>\n<main>\n"
        .. "<h1>" .. esc(title) .. "</h1>\n"
        .. ('<p class="meta">Checked on <time datetime="%s">%s</time> with drill %s.</p>\n'):format(
          os.date("!%Y-%m-%dT%H:%M:%SZ"), os.date("!%Y-%m-%d %H:%M UTC"), esc(drill.version or "?"))
        .. '<section id="answers">\n<h2>Answers</h2>\n<form class="filters" onsubmit="return false">'
        .. '<label for="member-filter">member</label><select id="member-filter"><option value="">every member</option>'
        .. '</select><label for="status-filter">status</label><select id="status-filter">')
      for _, st in ipairs(STATUSES) do write(('<option value="%s">%s</option>'):format(st[1], st[2])) end
      write('</select><output id="shown"></output></form>\n<table id="answers-table">\n<thead><tr>')
      for _, c in ipairs(COLUMNS) do
        write(('<th data-key="%s"%s><button type="button">%s</button></th>'):format(c[1],
          c[3] and (' data-type="%s"'):format(c[3]) or "", c[2]))
      end
      write("</tr></thead>\n<tbody>\n")
    end,
    file = function(f)
      local errors = value(f.errors) or {}
      if #errors > 0 then
        local lines = {}
        for i, e in ipairs(errors) do
          lines[i] = f.path .. (value(e.line) and ":" .. value(e.line) or "") .. ": " .. tostring(e.message)
        end
        write(row(f.member, f.path, { id = "(file)", status = "file-error", lines = lines }))
      end
      for _, a in ipairs(value(f.answers) or {}) do
        grid.add(f.member, a)
        local lines = value(a.feedback) or {}
        if a.status == "error" then lines = { value(a.error) or "the grader failed" } end
        write(row(f.member, f.path, { id = a.id, lesson = value(a.lesson), score = value(a.score), status = a.status,
          lines = lines, question = value(a.question), answer = value(a.answer), evidence = value(a.evidence),
          missing = a.status == "fail" and value(a.missing) or nil }))
      end
    end,
    finish = function(s)
      local items = { { s.files, "files" }, { s.answers, "answers" }, { s.passed, "passed" }, { s.failed, "failed" },
        { s.unanswered, "unanswered" }, { s.errors, "errors" }, { s.file_errors, "file errors" },
        { percent(s.mean_score), "mean score" } }
      local out = { "</tbody>\n</table>\n</section>\n", '<section id="summary">\n<h2>Totals</h2>\n<ul class="totals">' }
      for _, it in ipairs(items) do out[#out + 1] = ("<li><b>%s</b>%s</li>"):format(esc(it[1]), it[2]) end
      out[#out + 1] = "</ul>\n<h2>Mean score per member and lesson</h2>\n<p>An unanswered question counts 0; "
        .. "a cell says how many of its questions were answered.</p>\n" .. heat_map(grid)
      out[#out + 1] = "\n<h2>Coverage per member</h2>\n" .. coverage(grid) .. "\n</section>\n"
      out[#out + 1] = "</main>\n<script>\n" .. SCRIPT .. "</script>\n</body>\n</html>\n"
      write(table.concat(out))
    end,
  }
end
