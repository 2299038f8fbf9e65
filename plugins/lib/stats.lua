-- Agreement statistics for calibrating graders against human marks. Pure
-- functions over arrays of numbers: nothing here touches drill or the banks.
-- A statistic that is undefined for its input (too few values, a constant
-- input for a correlation) is nil, never NaN.
local M = {}

local function check_pair(x, y)
  if #x ~= #y then error(("arrays of different lengths (%d and %d)"):format(#x, #y), 3) end
end

function M.mean(x)
  if #x == 0 then return nil end
  local s = 0
  for i = 1, #x do s = s + x[i] end
  return s / #x
end

local function constant(x)
  for i = 2, #x do
    if x[i] ~= x[1] then return false end
  end
  return true
end

-- Pearson's r; nil with fewer than two pairs or when either side is constant.
function M.pearson(x, y)
  check_pair(x, y)
  local n = #x
  if n < 2 or constant(x) or constant(y) then return nil end
  local mx, my = M.mean(x), M.mean(y)
  local sxy, sxx, syy = 0, 0, 0
  for i = 1, n do
    local dx, dy = x[i] - mx, y[i] - my
    sxy, sxx, syy = sxy + dx * dy, sxx + dx * dx, syy + dy * dy
  end
  if sxx <= 0 or syy <= 0 then return nil end
  local r = sxy / math.sqrt(sxx * syy)
  return math.max(-1, math.min(1, r))
end

-- Ranks 1..n in the order of x, tied values sharing the average of their ranks.
function M.ranks(x)
  local order = {}
  for i = 1, #x do order[i] = i end
  table.sort(order, function(a, b)
    if x[a] ~= x[b] then return x[a] < x[b] end
    return a < b
  end)
  local r = {}
  local i = 1
  while i <= #order do
    local j = i
    while j < #order and x[order[j + 1]] == x[order[i]] do j = j + 1 end
    local avg = (i + j) / 2
    for k = i, j do r[order[k]] = avg end
    i = j + 1
  end
  return r
end

-- Spearman's rho: Pearson's r of the ranks (average ranks for ties).
function M.spearman(x, y)
  check_pair(x, y)
  if #x < 2 or constant(x) or constant(y) then return nil end
  return M.pearson(M.ranks(x), M.ranks(y))
end

-- Pool adjacent violators: the non-decreasing sequence closest to y in
-- weighted least squares (weights w, default 1). Returns the fitted values.
function M.pava(y, w)
  local blocks = {} -- {value, weight, count}
  for i = 1, #y do
    local b = { v = y[i], w = w and w[i] or 1, n = 1 }
    while #blocks > 0 and blocks[#blocks].v > b.v do
      local top = table.remove(blocks)
      local tw = top.w + b.w
      b = { v = (top.v * top.w + b.v * b.w) / tw, w = tw, n = top.n + b.n }
    end
    blocks[#blocks + 1] = b
  end
  local fit = {}
  for _, b in ipairs(blocks) do
    for _ = 1, b.n do fit[#fit + 1] = b.v end
  end
  return fit
end

-- Isotonic regression of y on x: the non-decreasing function of x closest
-- to y in least squares. Pairs with equal x get the same fitted value (their
-- mean enters the fit with their count as weight). Returns the fitted value
-- of each pair, in the input's order.
function M.isotonic(x, y)
  check_pair(x, y)
  local order = {}
  for i = 1, #x do order[i] = i end
  table.sort(order, function(a, b)
    if x[a] ~= x[b] then return x[a] < x[b] end
    return a < b
  end)
  local means, weights, groups = {}, {}, {}
  local i = 1
  while i <= #order do
    local j, s = i, y[order[i]]
    while j < #order and x[order[j + 1]] == x[order[i]] do
      j = j + 1
      s = s + y[order[j]]
    end
    means[#means + 1] = s / (j - i + 1)
    weights[#weights + 1] = j - i + 1
    groups[#groups + 1] = { i, j }
    i = j + 1
  end
  local fitted = M.pava(means, weights)
  local out = {}
  for g, range in ipairs(groups) do
    for k = range[1], range[2] do out[order[k]] = fitted[g] end
  end
  return out
end

-- Root mean squared difference; nil for empty input.
function M.rmse(a, b)
  check_pair(a, b)
  if #a == 0 then return nil end
  local s = 0
  for i = 1, #a do s = s + (a[i] - b[i]) ^ 2 end
  return math.sqrt(s / #a)
end

-- RMSE of y against its isotonic fit on x: how well the best monotone
-- recalibration of x predicts y.
function M.isotonic_rmse(x, y)
  if #x == 0 then return nil end
  return M.rmse(M.isotonic(x, y), y)
end

-- The fraction of positions where two arrays of booleans agree; nil for empty input.
function M.accuracy(a, b)
  check_pair(a, b)
  if #a == 0 then return nil end
  local same = 0
  for i = 1, #a do
    if (a[i] and true or false) == (b[i] and true or false) then same = same + 1 end
  end
  return same / #a
end

return M
