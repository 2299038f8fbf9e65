-- lib/stats: the agreement statistics of calibrate.lua, against values worked out by hand.
local t = require("tap")
local stats = require("lib.stats")

local function near(got, want, name)
  return t.ok(type(got) == "number" and math.abs(got - want) < 1e-9, name,
    ("got %s, want %.12g"):format(tostring(got), want))
end

local function near_all(got, want, name)
  local ok = #got == #want
  for i = 1, #want do ok = ok and type(got[i]) == "number" and math.abs(got[i] - want[i]) < 1e-9 end
  local shown = {}
  for i = 1, #got do shown[i] = ("%.6g"):format(got[i]) end
  return t.ok(ok, name, "got {" .. table.concat(shown, ", ") .. "}")
end

-- mean
near(stats.mean({ 1, 2, 3, 4 }), 2.5, "mean")
t.eq(stats.mean({}), nil, "mean of nothing is nil")

-- Pearson: x = 1..5, y = 2 4 5 4 5; deviations -2 -1 0 1 2 and -2 0 1 0 1,
-- so Sxy = 6, Sxx = 10, Syy = 6 and r = 6 / sqrt(60)
near(stats.pearson({ 1, 2, 3, 4, 5 }, { 2, 4, 5, 4, 5 }), 6 / math.sqrt(60), "pearson on a small sample")
near(stats.pearson({ 1, 2, 3 }, { 3, 2, 1 }), -1, "pearson of a reversed line is -1")
near(stats.pearson({ 0.1, 0.2, 0.3 }, { 10, 20, 30 }), 1, "pearson of a rescaled line is 1")
-- x = 1..4, y = squares: deviations -1.5 -0.5 0.5 1.5 and -6.5 -3.5 1.5 8.5,
-- so Sxy = 25, Sxx = 5, Syy = 129 and r = 25 / sqrt(645)
near(stats.pearson({ 1, 2, 3, 4 }, { 1, 4, 9, 16 }), 25 / math.sqrt(645), "pearson of a curve is below 1")

-- ranks: ties share the mean of the ranks they span
near_all(stats.ranks({ 10, 20, 10, 30, 20, 20 }), { 1.5, 4, 1.5, 6, 4, 4 }, "ranks average over ties")
near_all(stats.ranks({ 3, 1, 2 }), { 3, 1, 2 }, "ranks without ties")

-- Spearman: ranks of x = 1 2 2 3 are 1 2.5 2.5 4; of y = 1 2 3 4, so
-- Sxy = 4.5, Sxx = 4.5, Syy = 5 and rho = 4.5 / sqrt(22.5) = 3 / sqrt(10)
near(stats.spearman({ 1, 2, 2, 3 }, { 10, 20, 30, 40 }), 3 / math.sqrt(10), "spearman with a tie")
near(stats.spearman({ 1, 2, 3, 4 }, { 1, 4, 9, 16 }), 1, "spearman of a monotone curve is 1")
near(stats.spearman({ 1, 2, 3, 4 }, { 0.9, 0.5, 0.5, 0.1 }), -3 / math.sqrt(10), "spearman decreasing with a tie")

-- constant or too little input: undefined, nil and never NaN
t.eq(stats.pearson({ 1, 1, 1 }, { 1, 2, 3 }), nil, "pearson with a constant x is nil")
t.eq(stats.pearson({ 1, 2, 3 }, { 0.1, 0.1, 0.1 }), nil, "pearson with a constant y is nil")
t.eq(stats.pearson({ 0.1 + 0.2, 0.1 + 0.2 }, { 1, 2 }), nil, "pearson with a constant float x is nil")
t.eq(stats.spearman({ 2, 2, 2 }, { 1, 2, 3 }), nil, "spearman with a constant x is nil")
t.eq(stats.pearson({ 1 }, { 2 }), nil, "pearson of one pair is nil")
t.eq(stats.pearson({}, {}), nil, "pearson of nothing is nil")
t.eq(stats.spearman({}, {}), nil, "spearman of nothing is nil")
t.raises(function() stats.pearson({ 1, 2 }, { 1 }) end, "different lengths", "arrays of different lengths are refused")

-- PAVA: 1 3 2 4 3 5 -> pool (3,2) and (4,3)
near_all(stats.pava({ 1, 3, 2, 4, 3, 5 }), { 1, 2.5, 2.5, 3.5, 3.5, 5 }, "pava pools adjacent violators")
-- 1 5 2 2: (5,2) pools to 3.5, which then violates the last 2: (5,2,2) pools to 3
near_all(stats.pava({ 1, 5, 2, 2 }), { 1, 3, 3, 3 }, "pava pools backwards after a merge")
near_all(stats.pava({ 4, 3, 2, 1 }), { 2.5, 2.5, 2.5, 2.5 }, "pava of a decreasing run is its mean")
near_all(stats.pava({ 1, 2, 2, 7 }), { 1, 2, 2, 7 }, "pava leaves a non-decreasing run alone")
near_all(stats.pava({ 3, 1 }, { 1, 3 }), { 1.5, 1.5 }, "pava with weights: (3*1 + 1*3) / 4")
near_all(stats.pava({}), {}, "pava of nothing")

-- isotonic regression of y on x: x = 1 1 2 3, y = 0 1 0 1. The tie at x = 1 is
-- one point of mean 0.5 and weight 2; it pools with (x = 2, y = 0) to 1/3.
near_all(stats.isotonic({ 1, 1, 2, 3 }, { 0, 1, 0, 1 }), { 1 / 3, 1 / 3, 1 / 3, 1 }, "isotonic fit with a tie in x")
near_all(stats.isotonic({ 3, 1, 2, 1 }, { 1, 0, 0, 1 }), { 1, 1 / 3, 1 / 3, 1 / 3 }, "isotonic fit in the input's order")
near_all(stats.isotonic({ 0.2, 0.9, 0.5 }, { 2, 9, 5 }), { 2, 9, 5 }, "isotonic fit of a monotone relation is exact")

-- RMSE: differences 0 0 2 -> sqrt(4/3)
near(stats.rmse({ 1, 2, 3 }, { 1, 2, 5 }), math.sqrt(4 / 3), "rmse")
near(stats.rmse({ 0.5 }, { 0.5 }), 0, "rmse of equal arrays is 0")
t.eq(stats.rmse({}, {}), nil, "rmse of nothing is nil")
-- residuals of the fit above: 1/3, -2/3, 1/3, 0 -> sqrt((6/9) / 4) = sqrt(1/6)
near(stats.isotonic_rmse({ 1, 1, 2, 3 }, { 0, 1, 0, 1 }), math.sqrt(1 / 6), "rmse after an isotonic fit")
near(stats.isotonic_rmse({ 0.1, 0.4, 0.8 }, { 0, 0.5, 1 }), 0, "rmse after fitting a monotone relation is 0")
t.eq(stats.isotonic_rmse({}, {}), nil, "isotonic rmse of nothing is nil")

-- accuracy: agreement of pass/fail decisions
near(stats.accuracy({ true, false, true, true }, { true, true, true, false }), 0.5, "accuracy")
near(stats.accuracy({ false, true, false }, { false, true, true }), 2 / 3, "accuracy counts agreeing fails too")
t.eq(stats.accuracy({}, {}), nil, "accuracy of nothing is nil")

return t.done()
