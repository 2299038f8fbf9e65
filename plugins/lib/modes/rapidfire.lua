-- The rapid-fire engine: one short question, answered in two or three sentences within its
-- time budget and graded at the rubric's core; used by rapidfire.lua and the mock interview.
local ui = require("lib.ui")
local pick = require("lib.questions")
local grade = require("lib.grade")

local M = {}
local style = ui.style

-- run(s, q, o) -> {q, r} | {q, stopped = "quit" | "eof"}
-- o.label: where the user is ("[3/15]"). Feedback at once: the verdict, the missed core
-- concepts, the model answer's summary; the answer is added to the session and recorded.
function M.run(s, q, o)
  local limit = q.time_limit or 60
  local got = s:question(o.label, ("%s · %s · %d s"):format(q.lesson, q.topic, limit), q)
  if got.action == "quit" or got.action == "eof" then return { q = q, stopped = got.action } end
  if got.action ~= "answer" then
    s:add({ q = q, seconds = got.seconds, limit = limit, status = got.action == "reveal" and "revealed" or "skipped" })
    return { q = q }
  end
  if got.cut then ui.say(style("yellow", "  (answer cut at the length limit)")) end
  local r, err = grade.answer(q, got.text, { level = "core", coach = false })
  local timing = ("%d s of %d s"):format(math.floor(got.seconds + 0.5), limit)
  if got.seconds > limit then timing = style("yellow", timing .. ", over time") end
  s:feedback(r, { timing = timing, error = err })
  local summary = pick.summary(q)
  if summary then
    ui.say(style("dim", "  Model answer:"))
    ui.say(ui.wrap(summary, nil, "    "))
  end
  s:add({ q = q, r = r, seconds = got.seconds, limit = limit, status = r and "answered" or "error" })
  s:record(q, r, got.seconds, got.text, limit)
  return { q = q, r = r }
end

return M
