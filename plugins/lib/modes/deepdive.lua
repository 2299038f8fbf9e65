-- Deep-dive engine: one topic at a time, from its broad question down its
-- chain of follow-ups while the answers pass. The first answer that fails
-- (or is skipped or revealed) marks where the candidate's knowledge ends,
-- which is what the round is looking for. Used by deepdive.lua and by any
-- mode that wants a deep-dive item (the mock interview).
local ui = require("lib.ui")
local pick = require("lib.questions")
local grade = require("lib.grade")
local session = require("lib.session")

local M = {}

local style = ui.style

-- Fields a follow-up takes from its parent when it does not set them itself.
local INHERITED = { "lesson", "topic", "level", "format" }

-- Whether a question has a chain to follow.
function M.has_chain(q)
  return type(q.followups) == "table" and q.followups[1] ~= nil
end

-- A follow-up entry as a question: an id is looked up in the banks; an inline
-- question is taken as the banks know it (with its inherited fields) when they
-- know its id, else as written. Missing lesson, topic, level and format come
-- from the parent. Returns a shallow copy, or nil when the id is unknown.
function M.resolve(entry, parent)
  local q
  if type(entry) == "string" then
    q = drill.bank.get(entry)
  elseif type(entry) == "table" then
    q = type(entry.id) == "string" and drill.bank.get(entry.id) or entry
  end
  if type(q) ~= "table" then return nil end
  local out = {}
  for k, v in pairs(q) do out[k] = v end
  for _, f in ipairs(INHERITED) do
    if out[f] == nil and parent then out[f] = parent[f] end
  end
  return out
end

-- The chain of a top-level question: the question itself, then the first
-- follow-up of each level (a branching chain is followed down its first branch).
function M.chain(q)
  local out, seen = { q }, { [q.id or ""] = true }
  local at = q
  while M.has_chain(at) do
    local nxt = M.resolve(at.followups[1], at)
    if not nxt or (nxt.id and seen[nxt.id]) then break end
    if nxt.id then seen[nxt.id] = true end
    out[#out + 1] = nxt
    at = nxt
  end
  return out
end

-- The questions that pick() chooses from, for listing valid filter values.
function M.candidates(all)
  local out = {}
  for _, q in ipairs(all) do
    if M.has_chain(q) then out[#out + 1] = q end
  end
  return out
end

-- pick(all, o) -> list of top-level questions that have follow-ups, one per
-- topic, shuffled with the --seed. o.topic, o.lesson, o.level filter;
-- o.count (default 3) is how many topics to take.
function M.pick(all, o)
  o = o or {}
  local pool = pick.shuffle(pick.filter(M.candidates(all), { topic = o.topic, lesson = o.lesson, level = o.level }))
  local out, topics = {}, {}
  for _, q in ipairs(pool) do
    if #out >= (o.count or 3) then break end
    if not topics[q.topic] then
      topics[q.topic] = true
      out[#out + 1] = q
    end
  end
  return out
end

local function where(q, root)
  local topic = q.topic or root.topic or "?"
  if root.topic and topic ~= root.topic then topic = root.topic .. " › " .. topic end
  return ("%s · %s"):format(q.lesson or root.lesson or "?", topic)
end

-- The model answer's summary of a question, under a label.
local function show_model(q)
  local summary = session.model_summary(q)
  if summary and summary ~= "" then
    ui.say(style("dim", "  Model answer:"))
    ui.say(ui.wrap(summary, nil, "    "))
  end
end

-- run(s, q, o) -> item: asks q's chain on session s.
-- o.index, o.total: which topic of how many, for the progress line "[topic 2/3 · depth 1]";
-- o.label replaces "topic 2/3" there (the mock interview says where it is in its own terms).
-- item = {q, depth = answers passed, length = chain length, stopped_at = the
--   question where the chain stopped (nil when every level passed or the user
--   stopped), status = "complete"|"failed"|"skipped"|"revealed"|"error"|"stopped",
--   stopped = "quit"|"eof"|nil, asked = questions asked, levels = {{q, r, status, seconds}}}
function M.run(s, q, o)
  o = o or {}
  local chain = M.chain(q)
  local item = { q = q, depth = 0, length = #chain, asked = 0, levels = {}, chain = chain }
  local at = o.label or ("topic %d/%d"):format(o.index or 1, o.total or 1)
  for d, cq in ipairs(chain) do
    local got = s:question(("[%s · depth %d]"):format(at, d), where(cq, q), cq)
    if got.action == "quit" or got.action == "eof" then
      item.stopped, item.status = got.action, "stopped"
      return item
    end
    item.asked = item.asked + 1
    if got.action == "answer" then
      -- progress is stored against an id the banks know: the follow-up's own, else the topic's
      local rec = (cq.id and drill.bank.get(cq.id)) and cq or q
      if got.cut then ui.say(style("yellow", "  (answer cut at the length limit)")) end
      local r, err = grade.answer(cq, got.text, { level = "full", coach = false })
      s:feedback(r, { timing = ("%d s"):format(math.floor(got.seconds + 0.5)), error = err })
      s:add({ q = cq, r = r, seconds = got.seconds, status = r and "answered" or "error" })
      s:record(rec, r, got.seconds)
      item.levels[d] = { q = cq, r = r, status = r and "answered" or "error", seconds = got.seconds }
      if r and r.pass then
        item.depth = d
        if d < #chain then
          ui.say(style("green", "  Going deeper…"))
        else
          ui.say(style("green", "  That was the deepest question on this topic: you reached the bottom."))
          item.status = "complete"
        end
      else
        if r then
          show_model(cq)
          ui.say(style("yellow", "  This is where your knowledge ends for now."))
        else
          ui.say(style("yellow", "  The answer could not be graded, so this topic stops here."))
        end
        item.stopped_at, item.status = cq, r and "failed" or "error"
        return item
      end
    else
      -- skipped or revealed: the boundary too; a reveal has shown the model answer already
      local status = got.action == "reveal" and "revealed" or "skipped"
      s:add({ q = cq, seconds = got.seconds, status = status })
      item.levels[d] = { q = cq, status = status, seconds = got.seconds }
      if status == "skipped" then show_model(cq) end
      ui.say(style("yellow", "  This is where your knowledge ends for now."))
      item.stopped_at, item.status = cq, status
      return item
    end
  end
  return item
end

-- report(items): per topic, how deep the answers went, where they stopped and
-- what to read next. Topics the user never answered are left out.
function M.report(items)
  local shown = 0
  for _, it in ipairs(items) do
    if (it.asked or 0) > 0 then
      if shown == 0 then
        ui.say("")
        ui.say(style("bold", "Depth by topic"))
      end
      shown = shown + 1
      local line = ("  %s: depth %d of %d"):format(it.q.topic or it.q.id, it.depth, it.length)
      if it.status == "complete" then
        ui.say(line, style("green", " · the whole chain"))
      elseif it.stopped_at then
        local sq = it.stopped_at
        local how = ({ skipped = "skipped", revealed = "revealed", error = "not graded" })[it.status]
        ui.say(line, how and style("dim", (" · %s"):format(how)) or "")
        local id = sq.id and (" (" .. sq.id .. ")") or ""
        ui.say(style("dim", ("    stopped at depth %d%s:"):format(it.depth + 1, id)))
        ui.say(ui.wrap(sq.prompt or "?", nil, "      "))
        ui.say(style("dim", "    read next: "), ("%s · %s"):format(sq.lesson or it.q.lesson or "?",
          sq.topic or it.q.topic or "?"))
        local summary = pick.summary(sq)
        if summary and summary ~= "" then ui.say(ui.wrap(summary, nil, "      ")) end
      else
        ui.say(line, style("dim", " · stopped before the end"))
      end
    end
  end
  return shown
end

return M
