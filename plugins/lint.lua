-- Checks question banks and plugins, and that every grader a rubric names exists.
--
-- Banks: the format, then content rules. Plugins: each parses; a module (graders/, reports/,
-- lib/) loads as drill would require it, and graders and report formats have the shape drill
-- calls. Every grader a rubric names must be built in or on DRILL_PATH.
drill.need(1)
local cli = require("lib.cli")
local pick = require("lib.questions")
local keyword = require("graders.keyword")
local rubrics = require("lib.rubric")
local grade = require("lib.grade")

local opts, paths = cli.parse({ ... }, {
  { name = "strict", kind = "flag", help = "treat warnings as errors" },
  { name = "quiet", kind = "flag", help = "print only problems" },
}, {
  usage = "[--strict] [PATH...]",
  text = "Checks bank files and Lua plugins. A directory is walked for *.lua plugins (at any depth)\n"
    .. "and read as banks when it holds *.json files (at its top, as --bank reads it). A module in\n"
    .. "a graders/, reports/ or lib/ folder is loaded as drill would require it; graders must have\n"
    .. "name, api and grade. Every grader a rubric names must be built in or on DRILL_PATH.\n"
    .. "Without a PATH it checks the banks drill would load. Exit 0 when clean, 65 when not\n"
    .. "(66 when a PATH is missing).",
})

local errors, warnings, missing = 0, 0, false

local function report(kind, where, msg)
  drill.term.ewrite(("%s: %s: %s\n"):format(where, kind, msg))
  if kind == "error" then errors = errors + 1 else warnings = warnings + 1 end
end

-- ------------------------------------------------------------------ the paths

-- .lua files are plugins; a directory gives its *.lua files (walked, hidden ones left out) and,
-- when it holds *.json files at its top, itself as a bank directory; anything else is a bank.
local bank_paths, plugin_files = {}, {}
local function walk(dir)
  local lua, json = {}, false
  local function visit(d)
    for _, name in ipairs(assert(drill.fs.list(d))) do
      if name:sub(1, 1) ~= "." then
        local sub = d:gsub("/$", "") .. "/" .. name
        local good, kind = pcall(drill.fs.kind, sub)
        if not good then
          -- a symbolic link out of the named paths: not read, as bank.check says of banks
          report("error", sub, "not read: it leads outside the paths named on the command line")
          missing = true
        elseif kind == "directory" then
          visit(sub)
        elseif kind == "file" and name:match("%.lua$") then
          lua[#lua + 1] = sub
        elseif kind == "file" and d == dir and name:match("%.json$") then
          json = true
        end
      end
    end
  end
  visit(dir)
  table.sort(lua)
  for _, f in ipairs(lua) do plugin_files[#plugin_files + 1] = f end
  if json then bank_paths[#bank_paths + 1] = dir end
  if not json and #lua == 0 then
    report("error", dir, "no *.json bank files or *.lua plugins in directory")
    missing = true
  end
end
for _, p in ipairs(paths) do
  if p:match("%.lua$") then
    plugin_files[#plugin_files + 1] = p
  elseif drill.fs.kind(p) == "directory" then
    walk(p)
  else
    bank_paths[#bank_paths + 1] = p
  end
end

-- a plugin named on the command line and found in a directory named too is checked once
do
  local seen, unique = {}, {}
  for _, f in ipairs(plugin_files) do
    local key = f:gsub("/+", "/"):gsub("^%./", ""):gsub("/%./", "/")
    if not seen[key] then
      seen[key] = true
      unique[#unique + 1] = f
    end
  end
  plugin_files = unique
end

local diags, counts, questions, place = {}, { files = 0, questions = 0, status = 0 }, {}, nil
if #bank_paths > 0 or #paths == 0 then
  local _
  _, diags, counts, questions, place = drill.bank.check(table.unpack(bank_paths))
end
errors = errors + #diags
for _, d in ipairs(diags) do drill.term.ewrite(d, "\n") end
if counts.status == 66 then missing = true end

-- A model answer that fails its own rubric means the rubric (or the answer) is wrong.
local function check_model(q, where, what, answer, rubric)
  -- a rubric without concepts names graders that need none (similarity): nothing to check here
  if not rubric or not rubric.concepts then return end
  local text = type(answer) == "table" and pick.model_text({ answer = answer }) or answer
  local good, r = pcall(keyword.grade, q, text, { rubric = rubric, model = text, own_words = false })
  if not good then
    report("error", where, ("%s: %s"):format(what, r))
  elseif not r.pass then
    local missed = {}
    for _, m in ipairs(r.misses) do missed[#missed + 1] = m.name end
    for _, m in ipairs(r.misconceptions) do missed[#missed + 1] = "misconception " .. m.name end
    report("error", where, ("%s: the model answer fails its own rubric (%d%%; %s)"):format(
      what, math.floor(r.score * 100 + 0.5), table.concat(missed, "; ")))
  end
end

-- Patterns that reward their own contrast, concepts a bare topic word meets,
-- contrasts that the concept's own statement makes (rubric format v2).
-- Words that say the opposite of a word inside them.
local NEGATED = {}
for w in ([[unweighted unlabeled unlabelled unbalanced imbalanced unregularized unregularised unnormalized
  unnormalised unscaled unsupervised uncorrelated decorrelated unbiased unstable nonlinear non-linear
  nonconvex non-convex nonparametric non-parametric nonzero unseen unknown
  unconstrained independent insignificant inconsistent irrelevant uninformative unimportant incorrect
  inaccurate unreliable unobserved non-differentiable nondifferentiable invalid untrained unpruned
  unsorted undetected unexplained uncertain nonstationary non-stationary non-saturating nonsaturating
  unsaturated]]):gmatch("%S+") do
  NEGATED[#NEGATED + 1] = w
end
local function pattern_lints(q, where, what, rubric)
  local prompt = (q.prompt or "") .. " " .. (q.topic or ""):gsub("-", " ")
  local function word_in_prompt(w)
    return drill.re.compile("\\b" .. w:gsub("%p", "\\%0") .. "s?\\b", "i"):test(prompt)
  end
  for _, c in ipairs(rubric.concepts or {}) do
    local cname = ("%s: concept %q"):format(what, c.name or "?")
    local function each(list, fn)
      for _, p in ipairs(list or {}) do
        local re = drill.re.compile(p, "i")
        if re then fn(p, re) end
      end
    end
    local function prefix_check(p)
      local low = p:lower()
      for _, neg in ipairs(NEGATED) do
        local base = neg:gsub("^non%-", ""):gsub("^non", ""):gsub("^un", ""):gsub("^i[nmr]", ""):gsub("^de", "")
        local from = 1
        while true do
          local at = low:find(base, from, true)
          if not at then break end
          -- where a match can start: the pattern's start, or an alternative of a group that opens it
          local lead = low:sub(1, at - 1)
          local open = at == 1 or (lead:match("^%(%?:[^()]*$") and lead:sub(-1):match("[:|]"))
          local whole = not low:sub(at + #base, at + #base):match("%a")
          if open and whole and not low:find(neg, 1, true) then
            local fix = neg:find("-", 1, true) and ("put (?<!%s) before it"):format(neg:sub(1, neg:find("-", 1, true)))
              or "start it with \\b"
            report("warning", where, ("%s: pattern /%s/ also matches inside \"%s\", which says the opposite: %s")
              :format(cname, p, neg, fix))
            return
          end
          from = at + 1
        end
      end
    end
    each(c.patterns, prefix_check)
    -- a reversal or a contrast inside its opposite holds a right answer wrong
    each(c.reversed, prefix_check)
    if c.claim then
      each(c.claim.says, prefix_check)
      each(c.claim.subject, prefix_check)
      each(c.claim.contrasts, prefix_check)
    end
    -- one bare word from the question states nothing
    each(c.patterns, function(p)
      local word = p:gsub("\\b", ""):match("^([%a%-]+)s?%??$")
      if word and word_in_prompt(word) then
        report("warning", where, ("%s: the bare word /%s/ from the question meets the concept; "
          .. "ask for what is said about it (a claim)"):format(cname, p))
      end
    end)
  end
  -- a backslash before a letter: TeX, which is read as plain text before any pattern meets it, or a
  -- word boundary written with one backslash too many
  local function tex_check(p, owner)
    local i = 1
    while i <= #p do
      local ch = p:sub(i, i)
      if ch == "\\" then
        if p:sub(i + 1, i + 1) == "\\" and p:sub(i + 2, i + 2):match("%a") then
          report("warning", where, ("%s: pattern /%s/ matches a backslash before a letter, which no answer holds: "
            .. "TeX is read as plain text first (\\hat{y} as y_hat, \\sqrt{d} as sqrt(d)); a word boundary is \\b")
            :format(owner, p))
          return
        end
        i = i + 2
      else
        i = i + 1
      end
    end
  end
  -- a pattern that opens with a lookahead across a long gap is read again from every place in the
  -- answer, each time as far as the gap reaches: on a page-long answer, thousands of times the work
  -- of one that starts at a word
  local function lookahead_check(p, owner)
    local gap = p:match("^%(%?[=!]%[\\s\\S%](.)") or p:match("^%(%?[=!]%.(.)")
      or p:match("^%(%?[=!]%[%^[^%]]*%](.)")
    if not gap then return end
    local reach = gap == "{" and p:match("^[^{]*{%d*,(%d*)}") or nil
    reach = (gap == "*" or gap == "+" or reach == "") and math.huge or tonumber(reach)
    if reach and reach >= 100 then
      report("warning", where, ("%s: pattern /%s/ opens with a lookahead across %s characters, read again from "
        .. "every place in the answer (slow on a long one): start it where a match can, at a sentence "
        .. "(?:^|(?<=[.;!?:]) ) or a word"):format(owner, p, reach == math.huge and "any number of" or "up to " .. reach))
    end
  end
  -- "n't" never starts a word: \b before it (\bn't, \b(?:not|n't)) holds in no contraction ("don't")
  local function contraction_check(p, owner)
    if rubrics.wants_boundary_before_nt(p) then
      report("warning", where, ("%s: pattern /%s/ wants a word boundary before n't, which no contraction has "
        .. "(\"don't\"): put n't outside the \\b, (?:\\b(?:not|never)|n't)"):format(owner, p))
    end
  end
  -- \b right after a symbol ("50 ?%\b", "\+\+\b") holds only where a letter or digit follows it
  local function boundary_check(p, owner)
    local sym = rubrics.boundary_after_symbol(p)
    if sym then
      report("warning", where, ("%s: pattern /%s/ has a word boundary right after %q, which holds only where "
        .. "a letter or digit follows (\"50%%of\"), never where the term ends: end it with (?!\\w)")
        :format(owner, p, sym))
    end
  end
  local function each_pattern(t, owner, key)
    if type(t) == "string" then
      if key ~= "name" and key ~= "statement" and key ~= "feedback" and key ~= "plain" then
        tex_check(t, owner)
        lookahead_check(t, owner)
        contraction_check(t, owner)
        boundary_check(t, owner)
      end
    elseif type(t) == "table" then
      for k, v in pairs(t) do each_pattern(v, owner, type(k) == "string" and k or key) end
    end
  end
  for _, c in ipairs(rubric.concepts or {}) do
    each_pattern(c, ("%s: concept %q"):format(what, c.name or "?"))
  end
  for _, m in ipairs(rubric.misconceptions or {}) do
    each_pattern(m, ("%s: misconception %q"):format(what, m.name or "?"))
  end
  -- a contrast that the concept's own statement makes would contradict the model answer
  local c = rubrics.compile(q, rubric)
  for i, concept in ipairs(rubric.concepts or {}) do
    local own = drill.text.normalize((concept.statement or "") .. " " .. (concept.feedback or ""))
    for _, p in ipairs(concept.claim and concept.claim.contrasts or {}) do
      local re = drill.re.compile(p, "i")
      if re and re:find(own) then
        report("warning", where, ("%s: concept %q: contrast /%s/ matches the concept's own statement"):format(
          what, concept.name or i, p))
      end
    end
  end
  local marked, claims = false, false
  for _, concept in ipairs(rubric.concepts or {}) do
    marked = marked or concept.core == true
    claims = claims or concept.claim ~= nil
  end
  if claims and not marked then
    report("warning", where, what .. ": no concept is marked core, so rapid-fire grading takes the required ones")
  end
  return c
end

-- The course's answers open with one crisp sentence: a summary of 30 words or fewer.
local SUMMARY_WORDS = 30
local function check_summary(where, what, answer)
  if type(answer) ~= "table" or type(answer.summary) ~= "string" then return end
  local words = 0
  for _ in answer.summary:gmatch("%S+") do words = words + 1 end
  if words > SUMMARY_WORDS then
    report("warning", where, ("%s: the summary runs to %d words; the framework's one-sentence summary keeps to %d")
      :format(what, words, SUMMARY_WORDS))
  end
end

-- ------------------------------------------------------------------ graders

-- The kind of plugin a path holds, from the folder it is in: modules are required by name, so
-- graders/, reports/ and lib/ hold modules; anything else is a script drill runs, only parsed here.
local function kind_of(file)
  local dir = ("/" .. file):match(".*/([^/]+)/[^/]*$")
  if dir == "graders" then return "grader" end
  if dir == "reports" then return "report" end
  if ("/" .. file):find("/lib/", 1, true) then return "module" end
  return "script"
end


local API = drill.api_version

-- What is wrong with a grader module's value, as {field, message} pairs (none: it is fine).
-- `declared` is the API version its text asks for with drill.need, if any.
local function grader_problems(mod, file, declared)
  local out = {}
  if type(mod) ~= "table" then
    return { { "return", ("a grader returns a table {name = ..., api = %d, grade = function}, not %s"):format(
      API, type(mod)) } }
  end
  -- read through a read-only view: raw reads, so no metamethod of the guest's runs here
  local view = drill.readonly(mod)
  local name, api, fn = view.name, view.api, view.grade
  if type(name) ~= "string" or name == "" then
    out[#out + 1] = { "name", "a grader needs a name (a string): the name rubrics use" }
  elseif file and name ~= file then
    out[#out + 1] = { "name", ("the grader is named %q but rubrics find it by its file: %q"):format(name, file), "warning" }
  end
  if api == nil and declared then
    api = declared
  elseif api == nil then
    out[#out + 1] = { "return", ("the grader declares no plugin API version: add api = 1 (the version it was written "
      .. "for; this drill supports 1 to %d)"):format(API) }
  end
  if api ~= nil and (math.type(api) ~= "integer" or api < 1 or api > API) then
    out[#out + 1] = { "api", ("api = %s, but this drill supports plugin API 1 to %d"):format(
      type(api) == "number" and tostring(api) or type(api) == "string" and ("%q"):format(api) or "a " .. type(api), API) }
  end
  if type(fn) ~= "function" then
    out[#out + 1] = { "grade", ("a grader needs grade = function(question, answer, ctx), not %s"):format(type(fn)) }
  end
  return out
end

-- Every grader a rubric names must load: built in, or graders/NAME.lua on DRILL_PATH.
local known -- the graders drill can find, for "did you mean"
local resolved = {} -- name -> {problems}
local function nearest(name)
  known = known or drill.modules("graders")
  local best, best_d = nil, math.max(1, #name // 3)
  for _, k in ipairs(known) do
    local d = drill.text.distance(name, k, best_d)
    if d <= best_d and (not best or d < best_d) then best, best_d = k, d end
  end
  return best
end
-- The graders among the plugins named to lint: name -> file.
local given
local function given_graders()
  if not given then
    given = {}
    for _, f in ipairs(plugin_files) do
      if kind_of(f) == "grader" then given[f:match("([^/]*)%.lua$")] = f end
    end
  end
  return given
end
local function check_graders(where, what, rubric)
  for i, g in ipairs(rubric and rubric.graders or {}) do
    local name = g.name
    local at = place and (place(g, "name") or place(rubric.graders, i)) or where
    if type(name) == "string" and not resolved[name] then
      local mod, err = grade.grader(name)
      if mod then
        resolved[name] = grader_problems(mod, nil)
        for _, p in ipairs(resolved[name]) do
          report(p[3] or "error", at, ("%s: grader %q: %s"):format(what, name, p[2]))
        end
      elseif tostring(err):find("module 'graders%." .. name:gsub("%p", "%%%0") .. "' not found") then
        local near = nearest(name)
        local here = given_graders()[name]
        report("error", at, ("%s: no grader %q: it is not built in and there is no graders/%s.lua on DRILL_PATH%s")
          :format(what, name, name, here and (" (%s is checked here: add %s to DRILL_PATH)"):format(here, here:match(
            "^(.*)/graders/[^/]*$") or ".") or near and (" (did you mean %q?)"):format(near) or ""))
      else
        resolved[name] = {}
        report("error", at, ("%s: grader %q does not load: %s"):format(what, name, tostring(err):match("^[^\n]*")))
      end
    end
  end
end

local function check_question(q, where)
  local id = ("question %q"):format(q.id)
  check_summary(where, id, q.answer)
  check_graders(where, id, q.rubric)
  if not q.rubric then
    report("warning", where, id .. ": no rubric, so answers can only be compared with the model answer")
  else
    if q.rubric.concepts and #q.rubric.concepts < 3 then
      report("warning", where, id .. ": the rubric has fewer than three concepts")
    end
    if not q.rubric.misconceptions or #q.rubric.misconceptions == 0 then
      report("warning", where, id .. ": the rubric names no misconception")
    end
  end
  if type(q.answer) ~= "table" then
    report("warning", where, id .. ": the model answer is not in the four steps")
  end
  if q.format == "rapid-fire" and not q.time_limit then
    report("warning", where, id .. ": a rapid-fire question without a time_limit")
  end
  check_model(q, where, id, q.answer, q.rubric)
  if q.rubric and q.rubric.concepts then pattern_lints(q, where, id, q.rubric) end
  for _, key in ipairs({ "stages", "steps" }) do
    for i, part in ipairs(q[key] or {}) do
      local what = ("%s %s %s"):format(id, key == "stages" and "stage" or "step", part.id or i)
      check_model(q, where, what, part.answer, part.rubric)
      check_summary(where, what, part.answer)
      check_graders(where, what, part.rubric)
      if part.rubric and part.rubric.concepts then pattern_lints(q, where, what, part.rubric) end
    end
  end
  for _, f in ipairs(q.followups or {}) do
    if type(f) == "table" then check_question(f, place and place(f) or where) end
  end
end

for _, q in ipairs(questions or {}) do
  check_question(q, q.source)
end

-- ------------------------------------------------------------------ plugins

-- "file:line:col" of byte `at` of `text` (columns in characters, as the bank messages count them).
local function pos(file, text, at)
  local line, start = 1, 1
  local nl = text:find("\n", 1, true)
  while nl and nl < at do
    line, start = line + 1, nl + 1
    nl = text:find("\n", start, true)
  end
  return ("%s:%d:%d"):format(file, line, (utf8.len(text, start, at - 1) or at - start) + 1)
end

-- Where a field is set in the text ("api = 1"), else where the module returns; for messages.
local function field_pos(file, text, field)
  local at = field ~= "return" and text:find("%f[%w_]" .. field .. "%s*=%s*[^=]")
  if not at then
    local from = 1
    while true do
      local r = text:find("%f[%w_]return%f[^%w_]", from)
      if not r then break end
      at, from = r, r + 1
    end
  end
  return pos(file, text, at or 1)
end

-- drill.need(N) calls outside comments: the API version the text asks for, checked here so
-- that a script is not run to find out.
local function needs(file, text)
  local declared
  for at, n in text:gmatch("()drill%.need%s*%(%s*(%d+)%s*%)") do
    local line_start = at
    while line_start > 1 and text:byte(line_start - 1) ~= 10 do line_start = line_start - 1 end
    if not text:sub(line_start, at - 1):find("--", 1, true) then
      n = math.tointeger(tonumber(n))
      if n < 1 or n > API then
        report("error", pos(file, text, at), ("drill.need(%d): this drill supports plugin API 1 to %d"):format(n, API))
      end
      declared = declared or n
    end
  end
  return declared
end

-- A guest call's error as "file:line: message" when it has its own place, else at the file.
local function load_error(file, text, err)
  err = tostring(err):match("^[^\n]*")
  local hint = err:find("module '[^']*' not found") and
    " (a module of your own is found on DRILL_PATH: set it to the folder that holds it)" or ""
  local at, msg = err:match("^(.-:%d+): (.*)$")
  if at and at:sub(1, #file) == file then return at, msg .. hint end
  return pos(file, text, 1), err .. hint
end

local function check_report(file, text, fn)
  if type(fn) ~= "function" then
    report("error", field_pos(file, text, "return"),
      ("a report format returns function(write, opts) that makes {start, file, finish}, not %s"):format(type(fn)))
    return
  end
  local good, r = drill.guard("making report format " .. file, fn, function() end,
    drill.readonly({ paths = {}, color = false }))
  if not good then
    report("error", load_error(file, text, r))
  elseif type(r) ~= "table" then
    report("error", field_pos(file, text, "return"),
      ("its function(write, opts) returns a table {start, file, finish}, not %s"):format(type(r)))
  else
    for _, k in ipairs({ "start", "file", "finish" }) do
      local f = drill.readonly(r)[k]
      if f ~= nil and type(f) ~= "function" then
        report("error", field_pos(file, text, k), ("its %s is not a function but %s"):format(k, type(f)))
      end
    end
  end
end

-- The graders of plugins/graders. drill's own modes and check.lua find these first, so a grader
-- of the same name on DRILL_PATH is never the one they use.
local BUILTIN_GRADERS = { framework = true, keyword = true, similarity = true }

local function check_plugin(file)
  local text, err, code = drill.fs.read(file)
  if not text then
    report("error", file, (err:gsub("^" .. file:gsub("%p", "%%%0") .. ": ", "")))
    if code == 66 then missing = true end
    return
  end
  local chunk, perr = load(text, "@" .. file, "t")
  if not chunk then
    local at, msg = perr:match("^(.-:%d+): (.*)$")
    report("error", at or file, msg or perr)
    return
  end
  local declared = needs(file, text)
  local kind = kind_of(file)
  if kind == "script" then return end
  -- a module: its body runs as drill's require runs it from DRILL_PATH, a guest call
  local modname = file:match("([^/]*)%.lua$")
  local good, value = drill.guard("loading module " .. file, chunk, modname, file)
  if not good then
    report("error", load_error(file, text, value))
    return
  end
  -- (the built-in grader itself, when the built-in plugins are linted, is no other grader)
  local builtin = BUILTIN_GRADERS[modname] and arg[0]:match("^(.*)/[^/]*$")
  local readable, own = false, nil
  if builtin then readable, own = pcall(drill.fs.read, builtin .. "/graders/" .. modname .. ".lua") end
  if kind == "grader" and builtin and not (readable and own == text) then
    report("warning", file .. ":1:1", ("graders/%s.lua has the name of a built-in grader: drill's own modes and "
      .. "check.lua use the built-in one, never this; give it a name of its own"):format(modname))
  end
  if kind == "grader" or (type(value) == "table" and type(drill.readonly(value).grade) == "function") then
    for _, p in ipairs(grader_problems(value, kind == "grader" and modname or nil, declared)) do
      report(p[3] or "error", field_pos(file, text, p[1]), p[2])
    end
  elseif kind == "report" then
    check_report(file, text, value)
  end
end

for _, file in ipairs(plugin_files) do check_plugin(file) end

local failed = errors > 0 or (opts.strict and warnings > 0)
if not opts.quiet or failed then
  local function n(k, what) return ("%d %s%s"):format(k, what, k == 1 and "" or "s") end
  print(("lint: %s, %s%s: %s, %s"):format(n(counts.files, "file"), n(counts.questions, "question"),
    #plugin_files > 0 and ", " .. n(#plugin_files, "plugin") or "", n(errors, "error"), n(warnings, "warning")))
end
if failed then
  -- missing input stays 66; everything else wrong with the data is 65
  return missing and 66 or 65
end
return 0
