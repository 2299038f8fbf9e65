-- Feeds a synthetic check.lua result stream (docs/check.md records) through a report format,
-- to standard output; the GitHub step summary, if the format writes one, goes to standard error.
--   drill --no-store tests/plugins/report_driver.lua FORMAT [--passing] [--repeat N]
-- --passing: a stream where every answer passes; --repeat N: the stream N times over, under
-- answers/r1/ ... answers/rN/ (for long reports). Records go through JSON and back, as in check.lua.
drill.need(1)
local args = { ... }
local format, mode, repeats = args[1], nil, 1
assert(format, "usage: report_driver.lua FORMAT [--passing] [--repeat N]")
for i = 2, #args do
  if args[i] == "--passing" then mode = args[i] end
  if args[i - 1] == "--repeat" then repeats = assert(math.tointeger(tonumber(args[i])), "--repeat N") end
end
local null = drill.json.null

local function answer(id, line, status, score, feedback, extra)
  local lesson = ({ core = "core-ml-fundamentals", dl = "deep-learning", eval = "evaluation", rf = "rapid-fire" })[id:match("^[^.]+")]
  local a = { id = id, line = line, lesson = lesson, topic = id:match("[^.]+$"), status = status,
    score = score or null, pass = status == "pass", pass_mark = 0.6, feedback = drill.json.array(feedback or {}),
    missing = drill.json.array(), misconceptions = drill.json.array() }
  for k, v in pairs(extra or {}) do a[k] = v end
  return a
end

local function file(path, answers, errors)
  local member = path:match("([^/]*)$"):gsub("%.[^.]*$", "")
  return { path = path, member = member, format = path:match("%.json$") and "json" or "markdown",
    status = errors and "error" or "ok", errors = drill.json.array(errors or {}), answers = drill.json.array(answers) }
end

local files
if mode == "--passing" then
  files = {
    file("answers/alice.md", { answer("core.bias-variance", 5, "pass", 0.83), answer("dl.dropout", 12, "pass", 0.9) }),
    file("answers/bob.json", { answer("core.bias-variance", 2, "pass", 0.61, { "Mention the noise term." }) }),
  }
else
  files = {
    file("answers/alice.md", {
      answer("core.bias-variance", 5, "pass", 0.83, { "Pick complexity on validation error." }),
      answer("core.l1-vs-l2", 12, "fail", 0.4, {
        "Missing: sparsity — L1's corners <on the axes> & \"exact\" zeros, it's why 100% of weights can't shrink",
        "Misconception: a:b, c \"L2 gives sparse weights\" — no: L2 shrinks smoothly (≥ 0, never = 0).",
        "Model answer: L1 adds λ·Σ|w|; L2 adds λ·Σw².",
      }, { missing = drill.json.array({ "sparsity" }), misconceptions = drill.json.array({ "l2-sparse" }),
        question = "L1 vs L2 regularisation: what is the difference?",
        answer = "Both add a penalty.\nL2 gives <sparse> weights & L1 doesn't.",
        evidence = { met = drill.json.array({ { name = "penalty on the weights" },
          { name = "L2 shrinks smoothly", how = "own words", said = "L2 makes weights smaller" } }),
          contradicted = drill.json.array({ { name = "L1 = sparse", said = "L2 gives <sparse> weights",
            correct = "L1 gives sparse weights: its corners lie on the axes." } }),
          misconceptions = drill.json.array() } }),
      answer("rf.softmax", 20, "unanswered"),
      answer("dl.dropout", 22, "pass", 0.9),
    }),
    file("answers/bad.md", { answer("core.bias-variance", 8, "pass", 0.7) }, {
      { line = 3, column = null, message = "unknown question id \"core.bais\" (did you mean \"core.bias-variance\"?)" },
      { line = 8, message = "question \"core.bias-variance\" is answered twice (first at line 5)" },
    }),
    file("answers/bob.json", {
      answer("core.bias-variance", 2, "fail", 0.2, { "Missing: the decomposition bias² + variance + noise.",
        "Missing: practical levers, e.g. validation & regularisation." }),
      answer("dl.dropout", 3, "error", nil, nil,
        { error = "graders/keyword.lua: grading question dl.dropout: exceeded the time limit (5 s)" }),
      answer("eval.auc", 4, "pass", 0.7),
    }),
    file("answers/broken.json", {}, { { line = 4, column = 17, message = "expected ',' or '}' <here> & \"there\"" } }),
    file("answers/dan.md", { answer("core.bias-variance", 3, "pass", 0.95), answer("rf.softmax", 9, "pass", 0.75) }),
    file("answers/zoë \"z\" <&>.md", {
      answer("core.bias-variance", 3, "pass", 1.0),
      answer("eval.auc", 9, "fail", 0.55, { "Ranking, not calibration:\tAUC is P(score(+) > score(−)).\1",
        "Second line\r\nwith a line break in it" }),
      answer("eval.precision-recall", 15, "unanswered"),
    }),
  }
end

local reporter = require("lib.report." .. format)(function(s) drill.term.write(s) end, {
  paths = { "answers" },
  append_summary = function(text) drill.term.ewrite(text) end,
})
reporter.start({ paths = { "answers" }, jobs = 2 })
local summary = { files = 0, answers = 0, passed = 0, failed = 0, unanswered = 0, errors = 0, file_errors = 0,
  min_score = null }
local total, tally = 0, { pass = "passed", fail = "failed", unanswered = "unanswered", error = "errors" }
for r = 1, repeats do
  for _, f in ipairs(files) do
    local rec = drill.json.decode(drill.json.encode(f))
    if repeats > 1 then rec.path = rec.path:gsub("^answers/", ("answers/r%d/"):format(r)) end
    summary.files = summary.files + 1
    summary.file_errors = summary.file_errors + #rec.errors
    for _, a in ipairs(rec.answers) do
      summary.answers = summary.answers + 1
      summary[tally[a.status]] = summary[tally[a.status]] + 1
      if type(a.score) == "number" then total = total + a.score end
    end
    reporter.file(rec)
  end
end
local graded = summary.passed + summary.failed
summary.mean_score = graded > 0 and total / graded or null
summary.exit = (summary.file_errors > 0 or summary.errors > 0) and 65 or (summary.failed + summary.unanswered > 0) and 1 or 0
reporter.finish(summary)
return 0
