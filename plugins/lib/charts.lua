-- Small charts: terminal bars and sparklines in Unicode blocks (or ASCII), and inline SVG for HTML pages.
--
-- Terminal helpers return plain strings of a known width in character cells; colour, if any, is
-- the caller's. The SVG helpers return one <svg> element each, with a <title> and a <desc> for
-- screen readers and a <title> (a tooltip) on every bar or point; they draw with CSS classes
-- (s1, s2, s3 for series, axis, grid, label) so the page's style sheet sets the colours.
local clean = require("lib.report.common").clean

local M = {}

local EIGHTHS = { "▏", "▎", "▍", "▌", "▋", "▊", "▉" }
local LEVELS = { "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█" }
local ASCII_LEVELS = { "_", "-", "~", "=", "+", "*", "#", "@" }

local function clamp(x, lo, hi)
  if x ~= x then return lo end -- NaN
  return math.max(lo, math.min(hi, x))
end

-- A horizontal bar for a value 0..1, `width` cells wide, padded with spaces to that width.
-- Unicode bars have eighth-of-a-cell steps; ASCII bars whole cells of '#'. A value above zero
-- always shows at least the smallest step, so "a little" never looks like "nothing".
function M.bar(value, width, ascii)
  local v = clamp(value or 0, 0, 1)
  if ascii then
    local n = math.floor(v * width + 0.5)
    if n == 0 and v > 0 then n = 1 end
    return ("#"):rep(n) .. (" "):rep(width - n)
  end
  local e = math.floor(v * width * 8 + 0.5)
  if e == 0 and v > 0 then e = 1 end
  local full, part = e // 8, e % 8
  local s = ("█"):rep(full) .. (part > 0 and EIGHTHS[part] or "")
  return s .. (" "):rep(width - full - (part > 0 and 1 or 0))
end

-- A sparkline: one cell per value, eight heights scaled to `max` (a value at `max` is the full
-- block, any value above zero at least the lowest). A nil value is a gap ('·', or '.' in ASCII),
-- which is how a caller shows "nothing that day" apart from "a low value".
function M.spark(values, n, max, ascii)
  local levels, gap = ascii and ASCII_LEVELS or LEVELS, ascii and "." or "·"
  local out = {}
  for i = 1, n do
    local v = values[i]
    if v == nil then
      out[i] = gap
    else
      local k = (max and max > 0) and math.ceil(clamp(v / max, 0, 1) * 8) or 1
      out[i] = levels[clamp(k, 1, 8)]
    end
  end
  return table.concat(out)
end

-- ---------------------------------------------------------------- HTML and SVG

local ESC = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;", ["'"] = "&#39;" }

-- Text safe inside HTML and SVG: escaped, with invalid UTF-8 and control characters replaced
-- (lib.report.common.clean, as the HTML report does).
function M.esc(s)
  return (clean(s):gsub("[&<>\"']", ESC))
end

local function num(x) return (("%.1f"):format(x):gsub("%.0$", "")) end

-- Opens an <svg>: role img, labelled by its <title> and described by its <desc>.
local function open(o, width, height)
  local id = o.id or "chart"
  return {
    ('<svg id="%s" class="chart %s" role="img" aria-labelledby="%s-title %s-desc" width="%d" height="%d" '
      .. 'viewBox="0 0 %d %d" preserveAspectRatio="xMinYMin meet">'):format(id, o.class or "", id, id, width, height,
      width, height),
    ('<title id="%s-title">%s</title><desc id="%s-desc">%s</desc>'):format(id, M.esc(o.title), id, M.esc(o.desc or "")),
  }
end

-- Nice round steps for an axis from 0 to at least `max`: returns the axis top and the step.
local function ticks(max)
  if max <= 0 then return 1, 1 end
  local raw = max / 4
  local mag = 10 ^ math.floor(math.log(raw, 10))
  local step
  for _, m in ipairs({ 1, 2, 5, 10 }) do
    step = m * mag
    if step >= raw then break end
  end
  step = math.max(1, step)
  return math.ceil(max / step) * step, step
end

-- Horizontal bars, grouped: o = {id, title, desc, series = {{name, class, none}}, rows = {{label, values = {v...},
-- tips = {s...}}}} with values 0..1; a nil value has no bar, only the series' `none` text ("no data").
-- A legend names the series.
function M.grouped_bars(o)
  local nseries = #o.series
  local label_w, bar_h, gap = 200, 14, 12
  local plot_w = 460
  local row_h = nseries * bar_h + gap
  local top = 34
  local width = label_w + plot_w + 70
  local height = top + row_h * #o.rows + 28
  local out = open(o, width, height)
  -- legend
  local x = label_w
  for i, s in ipairs(o.series) do
    out[#out + 1] = ('<rect class="key %s" x="%d" y="6" width="12" height="12" rx="2"/>'
      .. '<text class="label" x="%d" y="16">%s</text>'):format(s.class or ("s" .. i), x, x + 17, M.esc(s.name))
    x = x + 30 + 8 * drill.text.length(s.name)
  end
  -- grid lines at 0, 25, 50, 75, 100 %
  for k = 0, 4 do
    local gx = label_w + plot_w * k / 4
    out[#out + 1] = ('<line class="grid" x1="%s" y1="%d" x2="%s" y2="%d"/><text class="tick" x="%s" y="%d">%d%%</text>')
      :format(num(gx), top - 4, num(gx), height - 22, num(gx), height - 8, k * 25)
  end
  for r, row in ipairs(o.rows) do
    local y0 = top + (r - 1) * row_h
    out[#out + 1] = ('<text class="label" x="%d" y="%s" text-anchor="end">%s</text>'):format(label_w - 8,
      num(y0 + nseries * bar_h / 2 + 4), M.esc(row.label))
    for i, s in ipairs(o.series) do
      local v, y = row.values[i], y0 + (i - 1) * bar_h
      local tip = M.esc((row.tips and row.tips[i]) or "")
      if v then
        local w = plot_w * clamp(v, 0, 1)
        out[#out + 1] = ('<g><title>%s</title><rect class="%s" x="%d" y="%d" width="%s" height="%d" rx="2"/>'
          .. '<text class="value" x="%s" y="%d">%d%%</text></g>'):format(tip, s.class or ("s" .. i), label_w, y + 1,
          num(math.max(w, 0.5)), bar_h - 2, num(label_w + w + 4), y + bar_h - 3, math.floor(v * 100 + 0.5))
      else
        out[#out + 1] = ('<g><title>%s</title><text class="value none" x="%d" y="%d">%s</text></g>'):format(tip,
          label_w + 4, y + bar_h - 3, M.esc(s.none or "no data"))
      end
    end
  end
  out[#out + 1] = "</svg>"
  return table.concat(out, "\n")
end

-- Vertical columns with their counts above: o = {id, title, desc, items = {{label, value, tip, sub}}, class}.
-- `label` goes under each column and `sub` (optional) under it.
function M.columns(o)
  local n = #o.items
  local col_w = math.max(24, math.min(56, math.floor(720 / math.max(n, 1))))
  local left, top, plot_h = 44, 16, 160
  local width = left + col_w * n + 16
  local height = top + plot_h + 48
  local max = 0
  for _, it in ipairs(o.items) do max = math.max(max, it.value or 0) end
  local axis_top, step = ticks(max)
  local out = open(o, width, height)
  for v = 0, axis_top, step do
    local y = top + plot_h - plot_h * v / axis_top
    out[#out + 1] = ('<line class="grid" x1="%d" y1="%s" x2="%d" y2="%s"/><text class="tick" x="%d" y="%s" '
      .. 'text-anchor="end">%d</text>'):format(left, num(y), width - 8, num(y), left - 6, num(y + 4), v)
  end
  for i, it in ipairs(o.items) do
    local x = left + (i - 1) * col_w
    local v = it.value or 0
    local h = plot_h * v / axis_top
    local y = top + plot_h - h
    out[#out + 1] = ('<g><title>%s</title><rect class="%s" x="%s" y="%s" width="%s" height="%s" rx="2"/>'
      .. '<text class="value" x="%s" y="%s" text-anchor="middle">%d</text></g>'):format(M.esc(it.tip or ""),
      o.class or "s1", num(x + col_w * 0.15), num(y), num(col_w * 0.7), num(math.max(h, v > 0 and 1 or 0)),
      num(x + col_w / 2), num(y - 4), v)
    out[#out + 1] = ('<text class="tick" x="%s" y="%d" text-anchor="middle">%s</text>'):format(num(x + col_w / 2),
      top + plot_h + 16, M.esc(it.label))
    if it.sub then
      out[#out + 1] = ('<text class="tick" x="%s" y="%d" text-anchor="middle">%s</text>'):format(num(x + col_w / 2),
        top + plot_h + 30, M.esc(it.sub))
    end
  end
  out[#out + 1] = ('<line class="axis" x1="%d" y1="%d" x2="%d" y2="%d"/>'):format(left, top + plot_h, width - 8,
    top + plot_h)
  out[#out + 1] = "</svg>"
  return table.concat(out, "\n")
end

-- A line over a filled area: o = {id, title, desc, points = {{value, tip}}, labels = {[i] = "text"}, max, percent,
-- class}. Points with a nil value break the line (no data) but keep their place; with `percent` the
-- axis runs from 0 to 100 %.
function M.area(o)
  local n = #o.points
  local left, top, plot_w, plot_h = 44, 14, 720, 170
  local width, height = left + plot_w + 40, top + plot_h + 40
  local max = o.max or 0
  if not o.max then
    for _, p in ipairs(o.points) do max = math.max(max, p.value or 0) end
  end
  local axis_top, step = ticks(max)
  if o.percent then axis_top, step = 1, 0.25 end
  local out = open(o, width, height)
  local function X(i) return left + (n > 1 and plot_w * (i - 1) / (n - 1) or plot_w / 2) end
  local function Y(v) return top + plot_h - plot_h * v / axis_top end
  local k = 0
  while k * step <= axis_top + 1e-9 do
    local v = k * step
    out[#out + 1] = ('<line class="grid" x1="%d" y1="%s" x2="%d" y2="%s"/><text class="tick" x="%d" y="%s" '
      .. 'text-anchor="end">%s</text>'):format(left, num(Y(v)), left + plot_w, num(Y(v)), left - 6, num(Y(v) + 4),
      o.percent and ("%d%%"):format(math.floor(v * 100 + 0.5)) or num(v))
    k = k + 1
  end
  -- runs of consecutive points with values, each drawn as its own area and line
  local runs, run = {}, nil
  for i, p in ipairs(o.points) do
    if p.value then
      run = run or {}
      run[#run + 1] = i
      if i == n or not o.points[i + 1].value then
        runs[#runs + 1] = run
        run = nil
      end
    end
  end
  for _, r in ipairs(runs) do
    local line = {}
    for j, i in ipairs(r) do line[j] = num(X(i)) .. "," .. num(Y(o.points[i].value)) end
    local base = num(Y(0))
    out[#out + 1] = ('<path class="fill %s" d="M%s,%s L%s L%s,%s Z"/>'):format(o.class or "s1", num(X(r[1])), base,
      table.concat(line, " L"), num(X(r[#r])), base)
    out[#out + 1] = ('<path class="line %s" d="M%s"/>'):format(o.class or "s1", table.concat(line, " L"))
  end
  for i, p in ipairs(o.points) do
    if p.value then
      out[#out + 1] = ('<circle class="dot %s" cx="%s" cy="%s" r="3"><title>%s</title></circle>'):format(
        o.class or "s1", num(X(i)), num(Y(p.value)), M.esc(p.tip or ""))
    end
    local label = o.labels and o.labels[i]
    if label then
      out[#out + 1] = ('<text class="tick" x="%s" y="%d" text-anchor="middle">%s</text>'):format(num(X(i)),
        top + plot_h + 18, M.esc(label))
    end
  end
  out[#out + 1] = ('<line class="axis" x1="%d" y1="%s" x2="%d" y2="%s"/>'):format(left, num(Y(0)), left + plot_w,
    num(Y(0)))
  out[#out + 1] = "</svg>"
  return table.concat(out, "\n")
end

return M
