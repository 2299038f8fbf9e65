-- The schedule: each question's FSRS card, made by replaying the review log
-- (drill.store.history) through lib.fsrs. The log is the only truth: no card
-- state is stored, so a question whose wording changed keeps its history (the
-- id is its identity), an override simply changes the rating replayed, and
-- practice recorded with scheduled = false (cramming) never moves a card.
local fsrs = require("lib.fsrs")

local M = {}

local DAY = 86400

-- The rating an attempt counts with: the learner's override, else the
-- rating the grade gave, else (attempts from before ratings were kept) Good
-- for a pass and Again for a fail.
function M.rating(a)
  if a.override then return a.override end
  if a.rating then return a.rating end
  return a.pass and fsrs.GOOD or fsrs.AGAIN
end

-- cards(history, now) -> {[question id] = card}
-- card = {due, stability, difficulty, state, step, reps, lapses, last, last_pass, fails, hash}
-- Only scheduled attempts count; questions never answered are absent.
function M.cards(history, now)
  local cards = {}
  for _, a in ipairs(history or {}) do
    if a.scheduled ~= false and a.at and a.at <= (now or math.huge) then
      local c = cards[a.question] or { card = fsrs.new_card(a.at), reps = 0, lapses = 0, fails = 0 }
      local before = c.card.state
      local g = M.rating(a)
      c.card = fsrs.review(c.card, g, a.at)
      c.reps = c.reps + 1
      if g == fsrs.AGAIN then
        c.fails = c.fails + 1
        if before == "review" then c.lapses = c.lapses + 1 end
      end
      c.last_pass = g ~= fsrs.AGAIN
      c.hash = a.hash or c.hash
      cards[a.question] = c
    end
  end
  local out = {}
  for id, c in pairs(cards) do
    out[id] = { due = c.card.due, stability = c.card.stability, difficulty = c.card.difficulty,
      state = c.card.state, step = c.card.step, reps = c.reps, lapses = c.lapses, fails = c.fails,
      last = c.card.last_review, last_pass = c.last_pass, hash = c.hash, card = c.card }
  end
  return out
end

-- The chance of recalling the question now (1 just after a review).
function M.retrievability(card, now)
  return fsrs.card_retrievability(card.card, now)
end

-- The start of the local day holding time t (days end at midnight, local time).
function M.day_start(t)
  local d = os.date("*t", math.floor(t))
  return t - (d.hour * 3600 + d.min * 60 + d.sec)
end

-- Due by the end of today: the card's due time is before tomorrow begins.
function M.is_due(card, now)
  return card.due < M.day_start(now) + DAY
end

-- Due counts for each of the next `days` days; day 1 is today, with everything overdue.
function M.forecast(cards, now, days)
  local out = {}
  for i = 1, days do out[i] = 0 end
  local today = M.day_start(now)
  for _, c in pairs(cards) do
    local i = math.floor((c.due - today) / DAY) + 1
    if i < 1 then i = 1 end
    if i <= days then out[i] = out[i] + 1 end
  end
  return out
end

-- How many questions the store says are due today (0 without a store or a log).
function M.due_today(now)
  if not drill.store.enabled() then return 0 end
  local history = drill.store.history()
  if not history or #history == 0 then return 0 end
  local n = 0
  for id, c in pairs(M.cards(history, now)) do
    if drill.bank.get(id) and M.is_due(c, now) then n = n + 1 end
  end
  return n
end

-- The interval, in whole days, that a rating would give the card now (for
-- "next review in N days" after an answer).
function M.next_days(card, rating, now)
  local c = fsrs.review(card and card.card or fsrs.new_card(now), rating, now)
  return (c.due - now) / DAY
end

return M
