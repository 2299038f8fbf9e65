-- An example mode in a few lines: grade one answer to one question with the
-- keyterms grader. Run: DRILL_PATH=plugins/examples drill check_keyterms.lua ID < answer.txt
-- (flashcards.lua beside it is a whole interactive mode; this one reads one answer whole.)
drill.need(1)
local grade = require("lib.grade")
local q = assert(drill.bank.get(arg[1] or ""), "usage: check_keyterms.lua QUESTION-ID < answer")
local answer = assert(drill.term.read_all())
local custom = { id = q.id, prompt = q.prompt, answer = q.answer, format = q.format,
  rubric = { pass = 0.5, graders = { { name = "keyterms", weight = 1 } } } }
local r = assert(grade.answer(custom, answer, { coach = false }))
print(("%s %d%%"):format(r.pass and "pass" or "fail", math.floor(r.score * 100 + 0.5)))
for _, line in ipairs(r.feedback) do print(line) end
return r.pass and 0 or 1
