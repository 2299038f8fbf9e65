-- lib/fsrs: the FSRS-6 scheduler against the test vectors of the FSRS-6 reference scheduler.
local t = require("tap")
local fsrs = require("lib.fsrs")

local DAY = 86400
local T0 = 1669725000 -- 2022-11-29 12:30 UTC, where the reference's tests start

local function near(got, want, tol, name)
  return t.ok(type(got) == "number" and math.abs(got - want) <= tol, name,
    ("got %s, want %.12g (within %g)"):format(tostring(got), want, tol))
end

local function same_list(got, want, name)
  local ok = #got == #want
  for i = 1, #want do ok = ok and got[i] == want[i] end
  local shown = {}
  for i = 1, #got do shown[i] = tostring(got[i]) end
  return t.ok(ok, name, "got {" .. table.concat(shown, ", ") .. "}")
end

-- Reviews `card` with `rating` at the time it falls due (plus `late` seconds).
local function at_due(card, rating, late, cfg)
  return fsrs.review(card, rating, card.due + (late or 0), cfg)
end

-- The reference's parameters -------------------------------------------------------------------

t.eq(#fsrs.WEIGHTS, 21, "FSRS-6 has 21 weights")
t.eq(fsrs.WEIGHTS[1], 0.212, "w0 is the default S0(Again)")
t.eq(fsrs.WEIGHTS[21], 0.1542, "w20 is the default decay")
local cfg = fsrs.config()
t.eq(cfg.w[0], 0.212, "config indexes the weights from w0")
t.eq(cfg.w[20], 0.1542, "config indexes the weights up to w20")
t.eq(cfg.desired_retention, 0.9, "desired retention defaults to 0.9")
same_list(cfg.learning_steps, { 60, 600 }, "learning steps default to 1 and 10 minutes")
same_list(cfg.relearning_steps, { 600 }, "relearning steps default to 10 minutes")
t.eq(cfg.maximum_interval, 36500, "the maximum interval defaults to 36500 days")

-- Vector 1, from the reference scheduler's tests: a new card rated Good x6, Again x2, Good x5, each
-- review at the card's due time; the interval is the whole days from the review to the due time.
local RATINGS_1 = { 3, 3, 3, 3, 3, 3, 1, 1, 3, 3, 3, 3, 3 }
local INTERVALS_1 = { 0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21 }
do
  local card, got = fsrs.new_card(T0), {}
  for i, g in ipairs(RATINGS_1) do
    card = at_due(card, g)
    got[i] = (card.due - card.last_review) // DAY
  end
  same_list(got, INTERVALS_1, "Good x6, Again x2, Good x5 at the due times: the reference's intervals")
  same_list(fsrs.simulate(RATINGS_1, { start = T0 }), INTERVALS_1, "simulate gives the same intervals")
  same_list(fsrs.simulate("3,3,3,3,3,3,1,1,3,3,3,3,3"), INTERVALS_1, "simulate reads ratings as text")
  -- the reference runs the same vector again with the options spelled out
  same_list(fsrs.simulate(RATINGS_1, { desired_retention = 0.9, maximum_interval = 36500 }), INTERVALS_1,
    "the same intervals with the defaults given as options")
end

-- Vector 2, from the reference scheduler's tests: the full scheduler (learning steps included) reviews a
-- new card with Again then Good x5, the reviews 0, 0, 1, 3, 8 and 21 days after one another.
local RATINGS_2 = { 1, 3, 3, 3, 3, 3 }
local GAPS_2 = { 0, 0, 1, 3, 8, 21 }
do
  local card, now = fsrs.new_card(T0), T0
  for i, g in ipairs(RATINGS_2) do
    now = now + GAPS_2[i] * DAY
    card = fsrs.review(card, g, now)
  end
  near(card.stability, 53.62691, 1e-4, "Again, Good x5: the reference's stability")
  near(card.difficulty, 6.3574867, 1e-4, "Again, Good x5: the reference's difficulty")
  -- the same through the memory-state functions alone: learning steps change no S or D
  local s, d
  for i, g in ipairs(RATINGS_2) do s, d = fsrs.memory(s, d, g, GAPS_2[i]) end
  t.eq(s, card.stability, "memory() alone gives the scheduler's stability")
  t.eq(d, card.difficulty, "memory() alone gives the scheduler's difficulty")
end

-- Every stability and difficulty of two longer histories, bit for bit as the reference scheduler
-- computes them: Hard and Easy in and out of learning steps, reviews early, late and on the same day.
-- Rows: seconds after T0, rating, then state, step, stability, difficulty and due (seconds after T0).
local HISTORY = {
  default = {
    { 0, 2, "learning", 0, 1.2930999999999999, 5.1121707056010557, 330 },
    { 330, 3, "learning", 1, 1.3358997622047517, 5.1022869041922929, 930 },
    { 173730, 4, "review", nil, 11.305998840315484, 3.4509277903004603, 1124130 },
    { 864930, 1, "relearning", 0, 1.4613251020148335, 7.832592867659625, 865530 },
    { 865530, 2, "relearning", 0, 0.87054033751387727, 8.5464025136769308, 866430 },
    { 866430, 3, "review", nil, 0.92307702919675416, 8.5330844804600918, 952830 },
    { 1816830, 3, "review", nil, 5.3395694259835924, 8.5197797652764695, 2248830 },
    { 2248830, 1, "relearning", 0, 0.95161107369586329, 9.4986900436408082, 2249430 },
    { 2249430, 4, "review", nil, 1.725713764689935, 9.316403986566371, 2422230 },
    { 2854230, 2, "review", nil, 3.7035722433218812, 9.5314254800053675, 3199830 },
  },
  custom = {
    { 0, 2, "learning", 0, 1.2930999999999999, 6.1181681953201412, 900 },
    { 900, 3, "review", nil, 1.4006106561832028, 5.9955378235083598, 173700 },
    { 346500, 4, "review", nil, 11.299029892048356, 4.5832947774378745, 1988100 },
    { 1728900, 1, "relearning", 0, 2.8419433140984256, 8.0494010671216039, 1728960 },
    { 1728960, 2, "relearning", 0, 1.3117444858403375, 8.4547858525049069, 1729290 },
    { 1729290, 3, "relearning", 1, 1.4162113502341023, 8.2070987790033048, 1729890 },
    { 2593890, 3, "review", nil, 6.717711051882862, 7.9726680156935181, 3544290 },
    { 3544290, 1, "relearning", 0, 2.1611513054428548, 9.0632094411787882, 3544350 },
    { 3544350, 4, "review", nil, 4.0925579490464106, 8.4797362186701442, 4149150 },
    { 4581150, 2, "review", nil, 9.8812911571956104, 8.7227971698369551, 5963550 },
  },
}
local CUSTOM = {
  weights = {
    0.12340357383516173, 1.2931, 2.397673571899466, 8.2956, 6.686820427099132, 0.45021679958387956,
    3.077875127553957, 0.053520395733247045, 1.6539992229052127, 0.1466206769107436, 0.6300772488850335,
    1.611965002575047, 0.012840136810798864, 0.34853762746216305, 1.8878958285806287, 0.8546376191171063,
    1.8729, 0.6748536823468675, 0.20451266082721842, 0.22622814695113844, 0.46030603398979064,
  },
  desired_retention = 0.85,
  maximum_interval = 100,
  learning_steps = { 600 },
  relearning_steps = { 60, 600 },
}
for _, name in ipairs({ "default", "custom" }) do
  local c = name == "custom" and fsrs.config(CUSTOM) or nil
  local card, bad = fsrs.new_card(T0), nil
  for i, row in ipairs(HISTORY[name]) do
    card = fsrs.review(card, row[2], T0 + row[1], c)
    if not (card.state == row[3] and card.step == row[4] and card.stability == row[5] and card.difficulty == row[6]
        and card.due == T0 + row[7]) then
      bad = bad or ("review %d: got %s step %s S %.17g D %.17g due %+d"):format(i, card.state, tostring(card.step),
        card.stability, card.difficulty, card.due - T0)
    end
  end
  t.ok(bad == nil, name .. " parameters: every review as the reference computes it", bad)
end

-- The formulas ----------------------------------------------------------------------------------

near(fsrs.retrievability(0, 5), 1, 1e-15, "R is 1 at the moment of review")
for _, s in ipairs({ 0.5, 3, 40, 1000 }) do
  near(fsrs.retrievability(s, s), 0.9, 1e-12, ("R(S, S) is 0.9 for S = %g"):format(s))
end
local factor = 0.9 ^ (1 / -0.1542) - 1
near(fsrs.retrievability(7, 3), (1 + factor * 7 / 3) ^ -0.1542, 1e-15, "R(7, 3) with the decay -w20")
t.ok(fsrs.retrievability(30, 3) < fsrs.retrievability(10, 3), "R falls with time")
t.ok(fsrs.retrievability(10, 3, { weights = CUSTOM.weights }) ~= fsrs.retrievability(10, 3),
  "the decay w20 is a weight: other weights, another curve")
near(fsrs.retrievability(4, 4, { weights = CUSTOM.weights }), 0.9, 1e-12, "R(S, S) is 0.9 whatever the decay")
t.eq(fsrs.card_retrievability(fsrs.new_card(T0), T0), 0, "a card never reviewed has R = 0")
do
  local card = fsrs.review(fsrs.new_card(T0), 3, T0)
  t.eq(fsrs.card_retrievability(card, T0 + DAY + 100), fsrs.retrievability(1, card.stability),
    "a card's R counts whole days since its last review")
end

for g = 1, 4 do t.eq(fsrs.initial_stability(g), fsrs.WEIGHTS[g], ("S0(%d) is w%d"):format(g, g - 1)) end
t.eq(fsrs.initial_difficulty(1), 6.4133, "D0(Again) is w4")
near(fsrs.initial_difficulty(3), 6.4133 - math.exp(0.8334 * 2) + 1, 1e-12, "D0(Good) = w4 - e^(2 w5) + 1")
t.eq(fsrs.initial_difficulty(4), 1.0, "D0(Easy) is clamped to 1")
near(fsrs.initial_difficulty(4, nil, true), -4.771630703161737, 1e-12,
  "D0(Easy) unclamped, the mean reversion's target")

-- next difficulty, from D = 5: damped by (10 - D) / 9, then 0.001 of the way to D0(4)
for g = 1, 4 do
  local want = 0.001 * -4.771630703161737 + 0.999 * (5 + (10 - 5) / 9 * -3.0194 * (g - 3))
  near(fsrs.next_difficulty(5, g), want, 1e-12, ("next difficulty from 5 after rating %d"):format(g))
end
near(fsrs.next_difficulty(10, 1), 0.001 * -4.771630703161737 + 0.999 * 10, 1e-12,
  "at D = 10 the damping leaves no room to grow: only the mean reversion moves it")
t.eq(fsrs.next_difficulty(1, 4), 1.0, "difficulty stays at least 1")
do
  local card = fsrs.new_card(T0)
  for i = 1, 10 do card = fsrs.review(card, 4, T0 + i) end
  t.eq(card.difficulty, 1.0, "ten Easy reviews bring difficulty to 1 (the reference's test)")
end

-- same-day stability: e^(w17 (G - 3 + w18)) S^-w19, at least 1 for Good and Easy
near(fsrs.short_term_stability(3, 1), 0.9908417942528913, 1e-12, "same-day Again lowers S")
near(fsrs.short_term_stability(3, 2), 1.7045473644141929, 1e-12, "same-day Hard lowers S")
t.eq(fsrs.short_term_stability(3, 3), 3.0, "same-day Good keeps S when the factor is under 1")
near(fsrs.short_term_stability(3, 4), 5.044505343174816, 1e-12, "same-day Easy raises S")
t.eq(fsrs.stability(3, 5, 3, 0), fsrs.short_term_stability(3, 3), "a review under a day later uses the same-day rule")
t.eq(fsrs.stability(3, 5, 3, 2), fsrs.next_stability(5, 3, fsrs.retrievability(2, 3), 3),
  "a review days later uses the long-term rule at R(t, S)")
t.eq(fsrs.stability(nil, nil, 2, 0), 1.2931, "a card without memory takes S0")
t.eq(fsrs.difficulty(nil, 2), fsrs.initial_difficulty(2), "a card without memory takes D0")

-- long-term stability: Hard < Good < Easy, and a lapse keeps the smaller of its two forms
do
  local r = fsrs.retrievability(10, 10)
  local hard, good, easy = fsrs.next_stability(5, 10, r, 2), fsrs.next_stability(5, 10, r, 3),
    fsrs.next_stability(5, 10, r, 4)
  t.ok(10 < hard and hard < good and good < easy, "recall: S grows, Hard least and Easy most")
  near(hard, 10 * (1 + math.exp(1.8722) * 6 * 10 ^ -0.1666 * (math.exp(0.1 * 0.796) - 1) * 0.6014), 1e-9,
    "recall with the Hard penalty w15")
  near(easy, 10 * (1 + math.exp(1.8722) * 6 * 10 ^ -0.1666 * (math.exp(0.1 * 0.796) - 1) * 1.8729), 1e-9,
    "recall with the Easy bonus w16")
  local long = 1.4835 * 5 ^ -0.0614 * (11 ^ 0.2629 - 1) * math.exp(0.1 * 1.6483)
  near(fsrs.next_stability(5, 10, r, 1), math.min(long, 10 / math.exp(0.5425 * 0.0912)), 1e-9,
    "a lapse takes the smaller of the long-term and short-term forms")
  t.ok(fsrs.next_stability(10, 0.001, 0.01, 1) >= 0.001, "stability never falls below 0.001")
  local card = fsrs.new_card(T0)
  local lowest = math.huge
  for _ = 1, 1000 do
    card = at_due(card, 1, DAY)
    lowest = math.min(lowest, card.stability)
  end
  t.ok(lowest >= fsrs.STABILITY_MIN, "1000 lapses a day late each keep S >= 0.001 (the reference's test)")
end

-- next interval: S days at 90% retention, rounded half to even, between 1 and the maximum
t.eq(fsrs.next_interval(11.305998840315484), 11, "the interval at 90% retention is S, rounded")
t.eq(fsrs.next_interval(2.5), 2, "a tie rounds to the even day (2.5 -> 2)")
t.eq(fsrs.next_interval(3.5), 4, "a tie rounds to the even day (3.5 -> 4)")
t.eq(fsrs.next_interval(0.001), 1, "an interval is at least one day")
t.eq(fsrs.next_interval(50000), 36500, "an interval is at most the maximum")
t.eq(fsrs.next_interval(50000, { maximum_interval = 100 }), 100, "a smaller maximum interval")
t.ok(fsrs.next_interval(100, { desired_retention = 0.8 }) > 100, "a lower desired retention waits longer")
t.eq(math.type(fsrs.next_interval(7.2)), "integer", "an interval is a whole number of days")

-- The scheduler's states and steps ---------------------------------------------------------------

do
  local new = fsrs.new_card(T0)
  t.eq(new.state, "new", "a new card is new")
  t.eq(new.due, T0, "a new card is due at once")
  local card, log = at_due(new, 3)
  t.eq(new.state, "new", "review does not change the card it is given")
  t.ok(card.state == "learning" and card.step == 1 and card.due == T0 + 600, "new, Good: second step, 10 minutes")
  t.ok(card.last_review == T0, "the review time is the card's last review")
  t.ok(log.rating == 3 and log.review == T0 and log.state == "new" and log.elapsed_days == nil,
    "the log has the rating, the time, the state before and no elapsed days on a first review")
  t.ok(log.stability == card.stability and log.difficulty == card.difficulty and log.due == card.due,
    "the log has the memory after the review and the due time")
  t.ok(log.scheduled_seconds == 600 and log.scheduled_days == 0, "the log has the wait")
  card = at_due(card, 3)
  t.ok(card.state == "review" and card.step == nil and card.due - card.last_review >= DAY,
    "learning, Good on the last step: review, a day or more")

  card = at_due(new, 1)
  t.ok(card.state == "learning" and card.step == 0 and card.due == T0 + 60, "new, Again: first step, 1 minute")
  card = at_due(new, 2)
  t.ok(card.state == "learning" and card.step == 0 and card.due == T0 + 330,
    "new, Hard: first step, the mean of the first two (5.5 minutes)")
  card = at_due(at_due(new, 3), 2)
  t.ok(card.state == "learning" and card.step == 1 and card.due - card.last_review == 600,
    "learning, Hard on the second step: that step again")
  card = at_due(new, 4)
  t.ok(card.state == "review" and card.step == nil and card.due - T0 >= DAY, "new, Easy: review at once")
  card = fsrs.review(new, 2, T0, { learning_steps = { 600 } })
  t.ok(card.state == "learning" and card.due == T0 + 900, "Hard with one learning step waits 1.5 times it")
  card = fsrs.review(new, 1, T0, { learning_steps = {} })
  t.ok(card.state == "review" and card.due - T0 >= DAY, "no learning steps: straight to review, even on Again")
end

do
  local review = at_due(at_due(fsrs.new_card(T0), 3), 3)
  local card, log = at_due(review, 3)
  t.ok(card.state == "review" and card.due - card.last_review >= DAY, "review, Good: stays in review")
  t.eq(log.elapsed_days, (card.last_review - review.last_review) // DAY,
    "the log counts the days since the last review")
  local lapsed = at_due(card, 1)
  t.ok(lapsed.state == "relearning" and lapsed.step == 0 and lapsed.due - lapsed.last_review == 600,
    "review, Again: relearning, 10 minutes")
  card = at_due(lapsed, 1)
  t.ok(card.state == "relearning" and card.step == 0 and card.due - card.last_review == 600,
    "relearning, Again: the first step again")
  card = at_due(card, 3)
  t.ok(card.state == "review" and card.step == nil and card.due - card.last_review >= DAY,
    "relearning, Good on the last step: back to review")
  card = at_due(lapsed, 2)
  t.ok(card.state == "relearning" and card.due - card.last_review == 900,
    "relearning, Hard with one step waits 1.5 times it")
  card = at_due(lapsed, 4)
  t.ok(card.state == "review", "relearning, Easy: back to review")
  card = at_due(card, 1, 0, { relearning_steps = {} })
  t.ok(card.state == "review" and card.due - card.last_review >= DAY, "no relearning steps: a lapse stays in review")

  local two = { relearning_steps = { 60, 600 } }
  lapsed = at_due(review, 1, 0, two)
  card = at_due(lapsed, 2, 0, two)
  t.ok(card.state == "relearning" and card.step == 0 and card.due - card.last_review == 330,
    "two relearning steps, Hard on the first: their mean")
  card = at_due(card, 3, 0, two)
  t.ok(card.state == "relearning" and card.step == 1 and card.due - card.last_review == 600,
    "two relearning steps, Good on the first: the second")
  card = at_due(card, 2, 0, two)
  t.ok(card.state == "relearning" and card.step == 1 and card.due - card.last_review == 600,
    "two relearning steps, Hard on the second: the second again")
end

do
  local card, worst = fsrs.new_card(T0), 0
  for _, g in ipairs({ 4, 3, 4, 3, 4, 4, 4 }) do
    card = at_due(card, g, 0, { maximum_interval = 100 })
    worst = math.max(worst, (card.due - card.last_review) // DAY)
  end
  t.eq(worst, 100, "no interval goes past the maximum interval")
end

-- simulate also hands back each review
do
  local intervals, reviews = fsrs.simulate({ 3, 3, 1 }, { start = T0 })
  same_list(intervals, { 0, 2, 0 }, "simulate 3,3,1")
  t.ok(#reviews == 3 and reviews[3].card.state == "relearning" and reviews[3].log.rating == 1,
    "simulate gives each review's card and log")
  t.eq(reviews[1].log.review, T0, "simulate starts at opts.start")
end

-- Misuse --------------------------------------------------------------------------------------------

t.raises(function() fsrs.review(fsrs.new_card(T0), 5, T0) end, "rating must be", "a rating above 4 is refused")
t.raises(function() fsrs.review(fsrs.new_card(T0), 2.5, T0) end, "rating must be", "a fractional rating is refused")
t.raises(function() fsrs.review(fsrs.new_card(T0), "3", T0) end, "rating must be", "a rating as text is refused")
t.raises(function() fsrs.review({ state = "lost" }, 3, T0) end, "state new, learning", "an unknown state is refused")
t.raises(function() fsrs.review({ state = "review", due = T0 }, 3, T0) end, "needs a stability",
  "a review card without memory is refused")
t.raises(function() fsrs.review(fsrs.new_card(T0), 3) end, "Unix seconds", "a review without a time is refused")
t.raises(function() fsrs.config({ weights = { 1, 2, 3 } }) end, "21 numbers", "too few weights are refused")
do
  local w = table.move(fsrs.WEIGHTS, 1, 21, 1, {})
  w[7] = 100
  t.raises(function() fsrs.config({ weights = w }) end, "w6 = 100 is outside", "a weight out of bounds is refused")
end
t.raises(function() fsrs.config({ desired_retention = 1 }) end, "desired_retention", "retention 1 is refused")
t.raises(function() fsrs.config({ maximum_interval = 0 }) end, "maximum_interval", "a maximum of 0 days is refused")
t.raises(function() fsrs.config({ learning_steps = { 60, -1 } }) end, "learning_steps[2]", "a negative step is refused")
t.raises(function() fsrs.simulate("3,x") end, "not a rating", "simulate refuses a rating it cannot read")

-- rating_from: a graded answer to a rating ----------------------------------------------------------

local function result(score, pass) return { score = score, pass = pass } end
t.eq(fsrs.rating_from(result(0.95, false), 10, 120), 1, "a failed answer is Again, whatever its score")
t.eq(fsrs.rating_from(result(0.5), 10, 120), 1, "without a pass flag, a score under the mark is Again")
t.eq(fsrs.rating_from(result(0.6, true), 10, 120), 2, "a pass at the mark is Hard")
t.eq(fsrs.rating_from(result(0.74, true), 10, 120), 2, "a pass under mark + 0.15 is Hard")
t.eq(fsrs.rating_from(result(0.75, true), 10, 120), 3, "a pass at mark + 0.15 is Good")
t.eq(fsrs.rating_from(result(0.85, true), 130, 120), 2, "a pass over the time limit is Hard")
t.eq(fsrs.rating_from(result(0.95, true), 130, 120), 2, "even a high score over the time limit is Hard")
t.eq(fsrs.rating_from(result(0.9, true), 59, 120), 4, "0.9 or more in under half the limit is Easy")
t.eq(fsrs.rating_from(result(0.9, true), 60, 120), 3, "0.9 or more at half the limit is Good")
t.eq(fsrs.rating_from(result(0.89, true), 10, 120), 3, "under 0.9, however fast, is Good")
t.eq(fsrs.rating_from(result(0.95, true), 500), 4, "without a limit, time does not count")
t.eq(fsrs.rating_from(result(0.8, true), 10, 120, 0.7), 2, "the pass mark can be given")
t.eq(fsrs.rating_from({ score = 0.8, pass = true, pass_mark = 0.7 }, 10, 120), 2, "or read from the result")
t.raises(function() fsrs.rating_from(nil, 10, 120) end, "needs a grade result", "a missing result is refused")

return t.done()
