-- lib/fsrs: the FSRS-6 spaced-repetition scheduler, as pure functions over plain card tables.
--
-- Nothing here touches drill, the clock or the store: the caller passes the time of each review
-- (Unix seconds) and keeps the cards it gets back. The numbers follow the FSRS-6 reference
-- scheduler with its defaults (the 21 published weights, learning steps of 1 and 10 minutes, one
-- relearning step of 10 minutes, desired retention 0.9, a maximum interval of 36500 days) and
-- without fuzz, so a schedule is reproducible.
--
-- The weights are written w0 .. w20 below, as they are published; `opts.weights` takes them as an
-- ordinary Lua array (w0 is weights[1]).
--
-- The memory model. A card's memory is its stability S (days until the chance of recall falls to
-- 90%) and its difficulty D (1 easiest .. 10 hardest). Ratings: 1 Again, 2 Hard, 3 Good, 4 Easy.
--
-- * Retrievability, the chance of recall t days after the last review:
--     R(t, S) = (1 + F * t / S) ^ decay,  with decay = -w20 and F = 0.9 ^ (1 / decay) - 1,
--   so that R(S, S) = 0.9 whatever the decay. The scheduler takes t in whole days.
-- * First review with rating G: S0(G) = w[G - 1] (w0 .. w3), and
--     D0(G) = w4 - e ^ (w5 * (G - 1)) + 1, clamped to 1 .. 10.
-- * Next difficulty: the change -w6 * (G - 3) is damped linearly by (10 - D) / 9, so it shrinks
--   as D nears 10; the result is pulled toward D0(4) (unclamped) by mean reversion:
--     D' = w7 * D0(4) + (1 - w7) * (D + (10 - D) / 9 * -w6 * (G - 3)), clamped to 1 .. 10.
-- * A review on the same day as the last one (under a whole day later) changes S only a little:
--     S' = S * e ^ (w17 * (G - 3 + w18)) * S ^ -w19, where for Good and Easy the factor is at least 1.
-- * A later review that was recalled (Hard, Good, Easy), with R the retrievability at that moment:
--     S' = S * (1 + e ^ w8 * (11 - D) * S ^ -w9 * (e ^ ((1 - R) * w10) - 1) * h * b),
--   where h = w15 for Hard (else 1) and b = w16 for Easy (else 1).
-- * A later review that was forgotten (Again): the smaller of
--     w11 * D ^ -w12 * ((S + 1) ^ w13 - 1) * e ^ ((1 - R) * w14)   and   S / e ^ (w17 * w18).
-- * Every stability is kept at 0.001 or more.
-- * The next interval for the desired retention r is the t at which R(t, S) = r:
--     I = S / F * (r ^ (1 / decay) - 1) days, rounded to the nearest whole day (a tie to the even
--   one), then kept between 1 and the maximum interval.
--
-- The scheduler. A card is {state, step, stability, difficulty, due, last_review}: state is
-- "new", "learning", "review" or "relearning"; step (in the two learning states) counts the
-- learning steps already passed, so 0 is the first; due and last_review are Unix seconds.
--
-- * new and learning: a new card takes S0 and D0. Again goes back to the first step; Hard stays
--   on the step, waiting the mean of the first two steps on the first one (1.5 times the step when
--   there is only one), else the step again; Good moves on a step, or after the last one
--   graduates to review with the next interval; Easy graduates at once.
-- * review: Again lapses to relearning at its first step; Hard, Good and Easy stay in review and
--   wait the next interval.
-- * relearning: as learning, over the relearning steps.
-- * With no learning (or relearning) steps configured, the card goes straight to review.
-- In every state S and D are updated first (same-day or long-term, as above), then the interval.
--
-- Every function takes last an optional `cfg`: a table made by config(opts), or the options
-- themselves (checked on each call), or nil for the defaults.
local M = {}

M.AGAIN, M.HARD, M.GOOD, M.EASY = 1, 2, 3, 4

local DAY = 86400
-- Powers of e are taken as E ^ x, not math.exp(x): the two can differ in the last bit, and this
-- way every stability and difficulty agrees bit for bit with the reference scheduler's.
local E = math.exp(1)

-- The published FSRS-6 default weights, w0 .. w20.
M.WEIGHTS = {
  0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
  1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
}

-- The range each weight may take (the reference scheduler refuses weights outside it).
local LOWER = {
  0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
  0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1,
}
local UPPER = {
  100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5,
  5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8,
}

M.STABILITY_MIN = 0.001
M.DIFFICULTY_MIN, M.DIFFICULTY_MAX = 1.0, 10.0

M.DEFAULTS = {
  desired_retention = 0.9,
  learning_steps = { 60, 600 },   -- seconds
  relearning_steps = { 600 },
  maximum_interval = 36500,       -- days
}

local STATES = { new = true, learning = true, review = true, relearning = true }

-- Marks a table made by M.config, so every function can take a config or the options for one.
local CONFIG = {}

local function whole(x)
  return type(x) == "number" and x == math.floor(x)
end

local function steps_of(v, name)
  if type(v) ~= "table" then error(("fsrs: %s must be an array of seconds"):format(name), 3) end
  local out = {}
  for i = 1, #v do
    if type(v[i]) ~= "number" or v[i] ~= v[i] or v[i] <= 0 then
      error(("fsrs: %s[%d] must be a number of seconds above 0"):format(name, i), 3)
    end
    out[i] = v[i]
  end
  return out
end

-- config(opts) -> cfg: the scheduler's settings, checked. opts (all optional): weights (21
-- numbers, w0 first), desired_retention (0 < r < 1), learning_steps and relearning_steps (arrays
-- of seconds), maximum_interval (whole days, at least 1). cfg.w holds the weights indexed 0 .. 20,
-- as published.
function M.config(opts)
  if opts ~= nil and type(opts) ~= "table" then error("fsrs: options must be a table", 2) end
  opts = opts or {}
  local weights = opts.weights or M.WEIGHTS
  if type(weights) ~= "table" or #weights ~= #M.WEIGHTS then
    error(("fsrs: weights must be an array of %d numbers"):format(#M.WEIGHTS), 2)
  end
  local w = {}
  for i = 1, #M.WEIGHTS do
    local x = weights[i]
    if type(x) ~= "number" or not (x >= LOWER[i] and x <= UPPER[i]) then
      error(("fsrs: weight w%d = %s is outside %g .. %g"):format(i - 1, tostring(x), LOWER[i], UPPER[i]), 2)
    end
    w[i - 1] = x
  end
  local r = opts.desired_retention or M.DEFAULTS.desired_retention
  if type(r) ~= "number" or not (r > 0 and r < 1) then
    error("fsrs: desired_retention must be a number between 0 and 1", 2)
  end
  local max = opts.maximum_interval or M.DEFAULTS.maximum_interval
  if not whole(max) or max < 1 then
    error("fsrs: maximum_interval must be a whole number of days, at least 1", 2)
  end
  local decay = -w[20]
  return {
    [CONFIG] = true,
    w = w,
    decay = decay,
    factor = 0.9 ^ (1 / decay) - 1,
    desired_retention = r,
    learning_steps = steps_of(opts.learning_steps or M.DEFAULTS.learning_steps, "learning_steps"),
    relearning_steps = steps_of(opts.relearning_steps or M.DEFAULTS.relearning_steps, "relearning_steps"),
    maximum_interval = max,
  }
end

local DEFAULT = M.config()

local function cfg_of(c)
  if c == nil then return DEFAULT end
  if type(c) == "table" and c[CONFIG] then return c end
  return M.config(c)
end

local function check_rating(g, level)
  if not whole(g) or g < 1 or g > 4 then
    error(("fsrs: rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), got %s"):format(tostring(g)),
      level + 1)
  end
  return math.tointeger(g)
end

local function clamp_difficulty(d)
  return math.min(math.max(d, M.DIFFICULTY_MIN), M.DIFFICULTY_MAX)
end

local function clamp_stability(s)
  return math.max(s, M.STABILITY_MIN)
end

-- Rounds to the nearest integer, a tie to the even one: the reference's rounding of intervals.
local function round_even(x)
  local f = math.floor(x)
  local frac = x - f
  if frac > 0.5 or frac == 0.5 and f % 2 == 1 then f = f + 1 end
  return math.tointeger(f) or f
end

-- retrievability(t, s [, cfg]): R(t, S), the chance of recall t days after a review.
function M.retrievability(t, s, cfg)
  local c = cfg_of(cfg)
  return (1 + c.factor * t / s) ^ c.decay
end

-- card_retrievability(card, now [, cfg]): R for the whole days since the card's last review;
-- 0 for a card never reviewed.
function M.card_retrievability(card, now, cfg)
  if card.last_review == nil or card.stability == nil then return 0 end
  local t = math.max(0, (now - card.last_review) // DAY)
  return M.retrievability(t, card.stability, cfg)
end

-- initial_stability(rating [, cfg]): S0(G).
function M.initial_stability(g, cfg)
  g = check_rating(g, 2)
  return clamp_stability(cfg_of(cfg).w[g - 1])
end

-- initial_difficulty(rating [, cfg [, unclamped]]): D0(G), clamped to 1 .. 10 unless asked not to.
function M.initial_difficulty(g, cfg, unclamped)
  g = check_rating(g, 2)
  local w = cfg_of(cfg).w
  local d = w[4] - E ^ (w[5] * (g - 1)) + 1
  return unclamped and d or clamp_difficulty(d)
end

-- next_difficulty(d, rating [, cfg]): D after a review.
function M.next_difficulty(d, g, cfg)
  local c = cfg_of(cfg)
  g = check_rating(g, 2)
  local w = c.w
  local delta = -w[6] * (g - 3)
  local damped = d + (10 - d) * delta / 9
  return clamp_difficulty(w[7] * M.initial_difficulty(M.EASY, c, true) + (1 - w[7]) * damped)
end

-- short_term_stability(s, rating [, cfg]): S after a review on the same day as the last one.
function M.short_term_stability(s, g, cfg)
  g = check_rating(g, 2)
  local w = cfg_of(cfg).w
  local inc = E ^ (w[17] * (g - 3 + w[18])) * s ^ -w[19]
  if g >= M.GOOD then inc = math.max(inc, 1) end
  return clamp_stability(s * inc)
end

-- recall_stability(d, s, r, rating [, cfg]): S after a later review that was recalled.
function M.recall_stability(d, s, r, g, cfg)
  local w = cfg_of(cfg).w
  local hard = g == M.HARD and w[15] or 1
  local easy = g == M.EASY and w[16] or 1
  return s * (1 + E ^ w[8] * (11 - d) * s ^ -w[9] * (E ^ ((1 - r) * w[10]) - 1) * hard * easy)
end

-- forget_stability(d, s, r [, cfg]): S after a later review that was forgotten.
function M.forget_stability(d, s, r, cfg)
  local w = cfg_of(cfg).w
  local long = w[11] * d ^ -w[12] * ((s + 1) ^ w[13] - 1) * E ^ ((1 - r) * w[14])
  local short = s / E ^ (w[17] * w[18])
  return math.min(long, short)
end

-- next_stability(d, s, r, rating [, cfg]): S after a later review, recalled or forgotten.
function M.next_stability(d, s, r, g, cfg)
  g = check_rating(g, 2)
  if g == M.AGAIN then return clamp_stability(M.forget_stability(d, s, r, cfg)) end
  return clamp_stability(M.recall_stability(d, s, r, g, cfg))
end

-- stability(s, d, rating, elapsed_days [, cfg]): the new S of a card whose memory is (s, d),
-- reviewed `elapsed_days` whole days after its last review: S0 for a card with no memory yet
-- (s nil), the same-day rule under one day, else the long-term rule.
function M.stability(s, d, g, elapsed, cfg)
  local c = cfg_of(cfg)
  if s == nil or d == nil then return M.initial_stability(g, c) end
  if elapsed < 1 then return M.short_term_stability(s, g, c) end
  return M.next_stability(d, s, M.retrievability(math.max(0, elapsed), s, c), g, c)
end

-- difficulty(d, rating [, cfg]): the new D: D0 for a card with no memory yet (d nil).
function M.difficulty(d, g, cfg)
  if d == nil then return M.initial_difficulty(g, cfg) end
  return M.next_difficulty(d, g, cfg)
end

-- memory(s, d, rating, elapsed_days [, cfg]) -> s', d': both at once.
function M.memory(s, d, g, elapsed, cfg)
  local c = cfg_of(cfg)
  if s == nil or d == nil then return M.initial_stability(g, c), M.initial_difficulty(g, c) end
  return M.stability(s, d, g, elapsed, c), M.next_difficulty(d, g, c)
end

-- next_interval(s [, cfg]): whole days until R falls to the desired retention.
function M.next_interval(s, cfg)
  local c = cfg_of(cfg)
  local days = s / c.factor * (c.desired_retention ^ (1 / c.decay) - 1)
  return math.min(math.max(round_even(days), 1), c.maximum_interval)
end

-- new_card([now]): a card never reviewed, due at `now` (default 0).
function M.new_card(now)
  return { state = "new", step = 0, due = now or 0 }
end

local function copy(card)
  local out = {}
  for k, v in pairs(card) do out[k] = v end
  return out
end

-- The wait in seconds after a review in learning (or relearning) steps, and the card's new step
-- and state; nil when the card graduates to review.
local function in_steps(card, g, steps, state)
  local step, n = card.step or 0, #steps
  if n == 0 or step >= n and g ~= M.AGAIN then return nil end
  if g == M.AGAIN then return steps[1], 0, state end
  if g == M.HARD then
    if step == 0 and n == 1 then return steps[1] * 1.5, step, state end
    if step == 0 then return (steps[1] + steps[2]) / 2, step, state end
    return steps[step + 1], step, state
  end
  if g == M.GOOD and step + 1 < n then return steps[step + 2], step + 1, state end
  return nil
end

-- review(card, rating, now [, cfg]) -> card', log. The card is not changed; card' is a new table
-- with state, step, stability, difficulty, due and last_review updated. log = {rating, review
-- (= now), state and step before, elapsed_days (whole days since the last review, nil on the
-- first), stability and difficulty after, due, scheduled_days (whole days from now to due) and
-- scheduled_seconds}.
function M.review(card, g, now, cfg)
  local c = cfg_of(cfg)
  if type(card) ~= "table" or not STATES[card.state] then
    error("fsrs: a card must be a table with state new, learning, review or relearning", 2)
  end
  g = check_rating(g, 2)
  if type(now) ~= "number" then error("fsrs: the review time must be a number of Unix seconds", 2) end
  if (card.state == "review" or card.state == "relearning") and (card.stability == nil or card.difficulty == nil) then
    error(("fsrs: a card in state %s needs a stability and a difficulty"):format(card.state), 2)
  end
  local out = copy(card)
  local s, d = card.stability, card.difficulty
  local elapsed = card.last_review and (now - card.last_review) // DAY or nil
  if s == nil or d == nil then
    out.stability, out.difficulty = M.initial_stability(g, c), M.initial_difficulty(g, c)
  elseif elapsed ~= nil and elapsed < 1 then
    out.stability, out.difficulty = M.short_term_stability(s, g, c), M.next_difficulty(d, g, c)
  else
    -- a card with a memory but no last review counts as R = 0, as in the reference scheduler
    out.stability = M.next_stability(d, s, M.card_retrievability(card, now, c), g, c)
    out.difficulty = M.next_difficulty(d, g, c)
  end

  local wait, step, state
  if card.state == "review" then
    if g == M.AGAIN and #c.relearning_steps > 0 then wait, step, state = c.relearning_steps[1], 0, "relearning" end
  elseif card.state == "relearning" then
    wait, step, state = in_steps(card, g, c.relearning_steps, "relearning")
  else
    wait, step, state = in_steps(card, g, c.learning_steps, "learning")
  end
  if wait == nil then
    wait, step, state = M.next_interval(out.stability, c) * DAY, nil, "review"
  end
  out.state, out.step, out.due, out.last_review = state, step, now + wait, now

  local log = {
    rating = g, review = now, state = card.state, step = card.step, elapsed_days = elapsed,
    stability = out.stability, difficulty = out.difficulty, due = out.due,
    scheduled_days = wait // DAY, scheduled_seconds = wait,
  }
  return out, log
end

-- Ratings as an array, or as text such as "3,3,1" (as typed after --simulate).
local function ratings_of(ratings)
  if type(ratings) == "string" then
    local list = {}
    for item in ratings:gmatch("[^,%s]+") do
      local n = math.tointeger(tonumber(item))
      if n == nil then error(("fsrs: %q is not a rating (1 Again, 2 Hard, 3 Good, 4 Easy)"):format(item), 3) end
      list[#list + 1] = n
    end
    return list
  end
  if type(ratings) ~= "table" then error("fsrs: ratings must be an array or text such as \"3,3,1\"", 3) end
  return ratings
end

-- simulate(ratings [, opts]) -> intervals, reviews. Reviews a new card with each rating in turn,
-- each review at the time the card falls due, and gives the interval in whole days after each
-- (0 for a wait in learning steps). reviews[i] = {card = card', log = log} of the i-th review.
-- opts: the options of config, plus start (the first review's Unix time, default 0).
function M.simulate(ratings, opts)
  local list = ratings_of(ratings)
  local c = cfg_of(opts)
  local card = M.new_card(opts and opts.start or 0)
  local intervals, reviews = {}, {}
  for i = 1, #list do
    local log
    card, log = M.review(card, check_rating(list[i], 2), card.due, c)
    intervals[i] = (card.due - card.last_review) // DAY
    reviews[i] = { card = card, log = log }
  end
  return intervals, reviews
end

-- rating_from(result, seconds [, limit [, mark]]): the rating a graded answer earns.
--   fail (result.pass false, or the score under the pass mark)  -> 1 Again
--   pass, but the score under mark + 0.15, or over the time limit -> 2 Hard
--   pass with a score of 0.9 or more, in under half the limit    -> 4 Easy
--   any other pass                                               -> 3 Good
-- result is a grade result ({score, pass}); seconds the time the answer took; limit the time
-- allowed (nil: time does not count); mark the pass mark (default result.pass_mark, else 0.6,
-- the banks' default).
function M.rating_from(result, seconds, limit, mark)
  if type(result) ~= "table" or type(result.score) ~= "number" then
    error("fsrs: rating_from needs a grade result with a score", 2)
  end
  mark = mark or (type(result.pass_mark) == "number" and result.pass_mark) or 0.6
  local score = result.score
  local pass = result.pass
  if pass == nil then pass = score >= mark end
  if not pass then return M.AGAIN end
  local timed = type(limit) == "number" and type(seconds) == "number"
  if score < mark + 0.15 or timed and seconds > limit then return M.HARD end
  if score >= 0.9 and (not timed or seconds < limit / 2) then return M.EASY end
  return M.GOOD
end

return M
