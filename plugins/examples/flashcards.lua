-- An example drill mode: flashcards, each question shown, answered, graded and turned over.
--
--   drill plugins/examples/flashcards.lua --count 3 --lesson core-ml-fundamentals
--   DRILL_PATH=plugins/examples drill --bank plugins/examples/bank.json flashcards.lua (found by name)
--
-- A mode is a script: drill runs it with its arguments in `...` and uses what it returns as the
-- exit code. It shows the pieces every mode is made of, with none of lib.session's extras (the
-- :hint and :skip commands, the timer, the summary by topic): the built-in modes, such as
-- rapidfire.lua, use lib.session for those. Answers can be piped, one per paragraph (each ends
-- at an empty line), which is how tests/e2e/examples.sh drives it.
drill.need(1) -- the plugin API this script was written for; lint checks it

local cli = require("lib.cli") -- options, --help and usage errors (exit 64), as every mode has
local pick = require("lib.questions") -- filters by lesson, seeded shuffles, the model summary
local grade = require("lib.grade") -- every grader the rubric names, each a sandboxed call

local opts = cli.parse({ ... }, {
  { name = "count", value = "N", kind = "integer", min = 1, default = 5, help = "cards to show (default 5)" },
  { name = "lesson", value = "NAME", kind = "string",
    help = "only these lessons: NAME[,NAME...], or -NAME to leave one out (see drill list.lua)" },
}, {
  usage = "[--count N] [--lesson NAME]",
  text = "Shows one question at a time; type the answer and an empty line, and the card turns over:\n"
    .. "the grade, what was missing, and the model answer's summary. Ctrl-D stops.",
})

-- Short-answer questions only: scenarios and derivations are answered stage by stage.
local all = drill.bank.questions() -- the banks of this run (--bank, DRILL_BANKS or the built-in)
local pool = pick.filter(pick.short_answer(all), { lesson = opts.lesson })
if #pool == 0 then
  cli.usage_error(("no short-answer questions%s\nLessons: %s"):format(opts.lesson and " in lesson " .. opts.lesson or "",
    table.concat(pick.values(all, "lesson"), ", ")))
end
local cards = pick.shuffle(pool) -- the same --seed gives the same order
local count, passed, shown = math.min(opts.count, #cards), 0, 0

for i = 1, count do
  local q = cards[i]
  print(("\n[%d/%d] %s"):format(i, count, drill.term.style("bold", q.prompt)))
  local started = drill.clock.now()
  -- one answer, up to an empty line; nil at the end of input (Ctrl-D) or after Ctrl-C
  local answer = drill.term.read("> ", "  ")
  if not answer then break end
  shown = shown + 1
  if answer:match("%S") then
    -- level "core": graded as a rapid-fire answer, on the rubric's core concepts
    local r, err = grade.answer(q, answer, { level = "core", coach = false })
    if r then
      if r.pass then passed = passed + 1 end
      print(("%s %d%%"):format(r.pass and drill.term.style("green", "✓ pass") or drill.term.style("red", "✗ fail"),
        math.floor(r.score * 100 + 0.5)))
      for _, line in ipairs(r.feedback) do print("  " .. line) end
      -- the review log; with --no-store this checks the attempt and writes nothing
      drill.store.record({ question = q.id, mode = "flashcards", score = r.score, pass = r.pass,
        seconds = drill.clock.now() - started })
    else
      print("could not grade: " .. err) -- a grader that failed or broke a sandbox limit
    end
  else
    print("(skipped)")
  end
  print(drill.term.style("dim", "Back of the card: ") .. (pick.summary(q) or ""))
end

print(("\n%d/%d passed"):format(passed, shown))
return 0
