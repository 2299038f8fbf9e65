-- The drill Lua API, as a plugin sees it.
local t = require("tap")

-- drill.json
local v = drill.json.decode('{"a": [1, 2.5, "x", true, null], "b": {"c": "\\u00e9"}}')
t.eq(v.a[1], 1, "json: integers decode as integers")
t.eq(math.type(v.a[1]), "integer", "json: integer type")
t.eq(v.a[2], 2.5, "json: floats")
t.eq(v.a[5], drill.json.null, "json: null is drill.json.null")
t.eq(v.b.c, "é", "json: unicode escapes")
local bad, msg = drill.json.decode('{\n  "a": 1,\n  "a": 2\n}', "x.json")
t.ok(bad == nil and msg == 'x.json:3:3: duplicate key "a"', "json: duplicate keys rejected with position", msg)
bad, msg = drill.json.decode('[1, 2', "y.json")
t.ok(bad == nil and msg:find("^y.json:1:6: ") ~= nil, "json: truncated input gives line:col", msg)
bad, msg = drill.json.decode('"\255"', "z.json")
t.ok(bad == nil and msg:find("invalid UTF%-8") ~= nil, "json: invalid UTF-8 rejected", msg)
t.eq(drill.json.encode({ b = 1, a = { 1, 2 }, c = "q\"\n" }), '{"a":[1,2],"b":1,"c":"q\\"\\n"}',
  "json: encode sorts keys and escapes")
t.eq(drill.json.encode(drill.json.array()), "[]", "json: empty array marker")
t.eq(drill.json.encode({}), "{}", "json: empty table is an object")
t.eq(drill.json.encode(0.1), "0.1", "json: shortest float form")
t.eq(drill.json.encode({ 0.7125, 1 / 3, 0.1 + 0.2, 123456.5, 1e-5, 5e-324, 2 ^ -1070, 1.7976931348623157e308 }),
  "[0.7125,0.3333333333333333,0.30000000000000004,123456.5,1e-05,5e-324,8e-323,1.7976931348623157e+308]",
  "json: the shortest form that reads back the same, subnormals too")
t.eq(drill.json.encode({ 1000.0, 1.0, 2.5e20, -3.0 }), "[1000,1,2.5e+20,-3]", "json: a whole float as a whole number")
t.raises(function() drill.json.encode({ [true] = 1 }) end, "boolean key", "json: non-string keys refused")
-- objects of a few keys and of many are read differently: both sort every key, nested too
for _, size in ipairs({ 47, 48, 49, 300 }) do
  local obj, want = {}, {}
  for i = 1, size do
    local k = ("k%03d"):format((i * 37) % size)
    obj[k] = { [k] = i }
    want[#want + 1] = ('"%s":{"%s":%d}'):format(k, k, i)
  end
  table.sort(want)
  t.eq(drill.json.encode(obj), "{" .. table.concat(want, ",") .. "}", ("json: an object of %d keys, sorted"):format(size))
  obj[size] = true
  t.raises(function() drill.json.encode(obj) end, "number key", ("json: ... a number key among %d refused"):format(size))
end
local escaped, roundtrip = true, true
for off = 0, 17 do
  for _, ch in ipairs({ '"', "\\", "\n", "\1", "\31", "\127", "é" }) do
    local str = ("a"):rep(off) .. ch .. ("b"):rep(9)
    local text = drill.json.encode(str)
    roundtrip = roundtrip and drill.json.decode(text) == str
    if ch == '"' or ch == "\\" or ch == "\n" or ch == "\1" or ch == "\31" then
      escaped = escaped and #text > #str + 2
    end
  end
end
t.ok(escaped and roundtrip, "json: an escape at every place in a string is written and reads back")
local cyc = {}; cyc.self = cyc
t.raises(function() drill.json.encode(cyc) end, "nesting deeper", "json: cycles refused")
local round = drill.json.decode(drill.json.encode({ x = { 1, { y = "z" } } }))
t.eq(round.x[2].y, "z", "json: round trip")

-- drill.re
local re = assert(drill.re.compile("(\\w+)-(\\d+)?", "i"))
local s, e, word, num = re:find("Say HELLO-42 now")
t.ok(s == 5 and e == 12 and word == "HELLO" and num == "42", "re: find gives positions and captures")
t.eq(select(2, re:match("abc-")), false, "re: an unset group is false")
t.eq(re:test("a-1"), true, "re: test finds a match")
t.eq(re:test("nothing here!"), false, "re: test finds none")
local words = {}
for w in assert(drill.re.compile("\\b\\w+\\b")):gmatch("naïve Bayes, ok") do words[#words + 1] = w end
t.eq(table.concat(words, "|"), "naïve|Bayes|ok", "re: gmatch with Unicode words")
t.eq(assert(drill.re.compile("ÉTÉ", "i")):test("un été"), true, "re: caseless Unicode")
local none, cmsg = drill.re.compile("(unclosed")
t.ok(none == nil and cmsg:find("missing closing parenthesis") ~= nil, "re: compile error is nil, message", cmsg)
t.raises(function() assert(drill.re.compile("^(a+)+$")):test(("a"):rep(3000) .. "b") end,
  "regex limit reached", "re: a catastrophic match is an error, not a silent no-match")
t.raises(function() re:test("bad \255 utf8") end, "not valid UTF-8", "re: invalid UTF-8 subject is an error")
-- a regex is interpreted at first and JIT-compiled after a few uses: the same answers throughout
do
  local r = assert(drill.re.compile("\\bnaïve\\s+(bay\\w+)", "i"))
  local bomb = assert(drill.re.compile("^(a+)+$"))
  local same, raised = true, 0
  for _ = 1, 20 do
    local fs, fe, g = r:find("A NAÏVE  Bayes model, naïve bayesian", 3)
    same = same and fs == 3 and fe == 15 and g == "Bayes"
    if not pcall(bomb.test, bomb, ("a"):rep(3000) .. "b") then raised = raised + 1 end
  end
  t.ok(same, "re: the same match on every use, before and after JIT")
  t.eq(raised, 20, "re: the match limit holds before and after JIT")
end
t.eq(drill.re.escape("a.b*c"), "a\\.b\\*c", "re: escape")
do
  local r <close> = assert(drill.re.compile("x"))
  t.ok(r:test("x"), "re: to-be-closed regex works")
end
local r2 = assert(drill.re.compile("x")); r2:close(); r2:close()
t.raises(function() r2:test("x") end, "closed regex", "re: close twice is safe, use after close is an error")
local set = assert(drill.re.set({ { "a+" }, { "b", "c" } }))
t.eq(set:scan("xbaa")[1], 1, "re.set: scans")
set:close(); set:close()
t.raises(function() set:scan("x") end, "closed regex set", "re.set: close twice is safe, use after close is an error")

-- drill.text
t.eq(drill.text.normalize("“Don’t”  —  stop\u{00A0}x×y "), "\"Don't\" - stop x*y", "text: normalize")
t.eq(drill.text.normalize("ΣΑ Über", true), "σα über", "text: normalize lower-cases Latin-1 and Greek")
t.eq(table.concat(drill.text.words("k-means isn't L2-norm; 3.5 ok"), "|"), "k-means|isn't|L2-norm|3|5|ok", "text: words")
local nw, ns = drill.text.count("One. Two, e.g. three! Four")
t.ok(nw == 6 and ns == 3, "text: counts words and sentences", nw .. " " .. ns)
t.eq(drill.text.distance("regularisation", "regularization"), 1, "text: distance")
t.eq(drill.text.distance("abc", "xyz", 1), 2, "text: distance stops past max")
t.eq(drill.text.distance("teh", "the"), 1, "text: transposition costs one")
t.eq(drill.text.wrap("one two  three\tfour", 9, "> "), "> one two\n> three\n> four", "text: wrap breaks at spaces")
t.eq(drill.text.wrap("θθθθ ηη\n\nz", 7), "θθθθ ηη\n\nz", "text: wrap counts characters, keeps paragraphs")
t.eq(drill.text.wrap("a supercalifragilistic b", 5), "a\nsupercalifragilistic\nb", "text: wrap leaves a long word whole")
t.raises(function() drill.text.wrap("x", 0) end, "width must be 1 or more", "text: wrap refuses width 0")
t.raises(function() drill.text.wrap("\255", 10) end, "invalid UTF-8", "text: wrap refuses invalid UTF-8")
local okv, off = drill.text.valid("ab\255")
t.ok(okv == false and off == 3, "text: valid gives the bad byte")

-- drill.clock, drill.term, drill.guard
local c1 = drill.clock.now(); local c2 = drill.clock.now()
t.ok(c2 >= c1, "clock: monotonic")
t.ok(drill.clock.wall() > 1.7e9, "clock: wall time")
t.eq(drill.term.style("bold", "x"), "x", "term: no colour when not a terminal")
local okg, a, b = drill.guard("inner", function(x) return x, x * 2 end, 21)
t.ok(okg and a == 21 and b == 42, "guard: passes arguments and results")
-- the script's own budget is larger than a call's, so it hears of the failure
local ok2, m2, kind = drill.guard("inner", function() while true do end end)
t.ok(not ok2 and kind == "limit" and m2:find("inner") ~= nil,
  "guard: a runaway call is stopped and reported to its caller")
-- a nested call is charged to its caller: when both are out, the inner fails
-- first, and the caller, out of budget too, fails as well
local okn, mn, kindn = drill.guard("outer", function()
  local ok3 = drill.guard("inner", function() while true do end end)
  return ok3
end)
t.ok(not okn and kindn == "limit" and mn:find("outer") ~= nil,
  "guard: a caller is charged for the calls it makes")
t.ok(pcall(drill.need, 1), "need: this API version is accepted")
t.ok(drill.api_version == 2, "api_version is 2")

-- the sandbox as a plugin sees it
t.eq(io, nil, "sandbox: no io")
t.eq(os.execute, nil, "sandbox: no os.execute")
t.eq(os.getenv, nil, "sandbox: no os.getenv")
t.eq(string.dump, nil, "sandbox: no string.dump")
t.eq(debug, nil, "sandbox: no debug")
t.eq(package, nil, "sandbox: no package")
t.ok(type(os.time()) == "number", "sandbox: os.time is there")
t.eq(("hello world"):gsub("o", "0"), "hell0 w0rld", "sandbox: string methods still work")

-- drill.text similarity: stems, tokens, and a tf-idf index
t.eq(drill.text.stem("Regularization"), "regular", "similar: stem lower-cases and stems")
t.eq(drill.text.stem("l2"), "l2", "similar: stem leaves words with digits alone")
t.eq(table.concat(drill.text.tokens("The model's L1 and L2-norm, k-means; 0.5 regularisation"), "|"),
  "model|l1|l2|norm|kmean|regular", "similar: tokens")
t.raises(function() drill.text.tokens("bad \255") end, "invalid UTF-8", "similar: tokens refuse invalid UTF-8")
do
  local ix <close> = drill.text.index()
  ix:add("cats chase mice"); ix:add("dogs chase cats"); ix:add("birds sing")
  t.eq(ix:count(), 3, "similar: index counts documents")
  local same = ix:compare("Cats chase mice.", "cats chase mice")
  t.ok(math.abs(same.similarity - 1) < 1e-9 and math.abs(same.coverage - 1) < 1e-9, "similar: identical texts score 1")
  local r = ix:compare("dogs chase birds", "cats chase dogs and birds sing", "what do dogs do?")
  t.ok(math.abs(r.similarity - 0.71393773010297) < 1e-9, "similar: compare by hand", r.similarity)
  t.ok(r.shared[1].stem == "bird" and r.shared[1].word == "birds" and #r.shared == 3,
    "similar: shared terms, heaviest first, with the surface word")
  t.ok(r.missing[1].stem == "sing" and r.missing[2].word == "cats" and #r.missing == 2, "similar: missing terms")
  t.eq(ix:compare("birds", "cats chase mice").similarity, 0, "similar: disjoint texts score 0")
  local w = ix:weights("cats cats dogs")
  t.ok(math.abs(w.cat - 0.78980692906609) < 1e-9 and math.abs(w.dog - 0.61335553702497) < 1e-9, "similar: weights")
  t.raises(function() ix:compare("ok", "bad \255") end, "invalid UTF-8", "similar: compare refuses invalid UTF-8")
  t.raises(function() ix:compare("ok") end, "string expected", "similar: compare needs a reference")
end
local ix2 = drill.text.index(); ix2:close(); ix2:close()
t.raises(function() ix2:count() end, "closed index", "similar: close twice is safe, use after close is an error")

-- drill.evidence: lists of strings are read as strings; a number (which Lua would convert only in
-- a stack slot the binding pops) is refused by name, not held by a pointer into freed memory
do
  local ev = drill.evidence.new()
  ev:item()
  t.raises(function() ev:pattern("pattern", "a 42 b", false, { 42 }) end, "literals[1] must be a string",
    "evidence: a number among a pattern's literals is refused")
  t.ok(ev:pattern("pattern", "a 42 b", false, { "42" }), "evidence: ... as a string it is taken")
  t.raises(function() drill.evidence.lexicon():group({ "one", 1 }) end, "phrases[2] must be a string",
    "evidence: a number in a lexicon group is refused")
  t.raises(function() ev:own_target(1, { 7 }) end, "words[1] must be a string",
    "evidence: a number among a concept's own-words stems is refused")
  t.raises(function() ev:own_target(1, { "loss" }, { { 3 } }) end, "partners[1] must be a string",
    "evidence: a number among their partners is refused")
  -- a concept's other wordings sit past the concepts, up to three of them
  local map = drill.evidence.stemmap({})
  ev:own_target(4, { "spread", "grow", "length" })
  t.ok(ev:own(4, "the spread will grow with the length.", map, 3, 0.6), "evidence: a concept's third other wording")
  t.raises(function() ev:own_target(5, { "spread" }) end, "no such concept", "evidence: ... and no fourth")
  t.eq(ev:own(5, "the spread will grow with the length.", map, 3, 0.6), nil, "evidence: ev:own of it is nil")
end

-- ev:own(i, ..., true): the concept's statement, else each other wording in turn; a call for a
-- wording with no target reads nothing, so a later call on the same text still reads it
do
  local ev = drill.evidence.new()
  ev:item()
  local map = drill.evidence.stemmap({})
  ev:own_target(2, { "spread", "grow", "length" })
  local said, other = "the spread will grow with the length.", "the noise will shrink with the depth."
  t.eq(#said, #other, "evidence: two texts of one length")
  t.eq(ev:own(1, said, map, 3, 0.6), nil, "evidence: the statement alone has no target")
  local sentence = said:sub(1, -2) -- a sentence ends before its full stop
  t.eq(ev:own(1, said, map, 3, 0.6, true), sentence, "evidence: ... its other wording says it")
  t.eq(ev:own(1, other, map, 3, 0.6, true), nil, "evidence: ... not in another text")
  t.eq(ev:own(2, other, map, 3, 0.6), nil, "evidence: the wording itself, on that text")
  t.eq(ev:own(1, said, map, 3, 0.6), nil, "evidence: a call that reads nothing ...")
  t.eq(ev:own(2, said, map, 3, 0.6), sentence, "evidence: ... leaves the next call on that text reading it")
  -- a share no sentence can reach finds none, and at once
  t.eq(ev:own(2, said, map, 3, 1e300), nil, "evidence: a share over 1 finds no sentence")
  t.eq(ev:own(2, said, map, 3, 0 / 0), nil, "evidence: ... nor does a share that is not a number")
end

-- ev:run(text, like, true): only the results with something to say, each with its index, the same
-- as the whole arrays give
do
  local ev = drill.evidence.new()
  ev:item()
  ev:pattern("pattern", "\\bbias\\b")
  ev:item()
  ev:pattern("pattern", "\\bvariance\\b")
  for _, p in ipairs({ "\\bno free lunch\\b", "\\bprecision is recall\\b", "\\bvariance drops\\b" }) do
    ev:item(true)
    ev:pattern("pattern", p)
  end
  local text = "More data lowers the variance, so the variance drops; precision is recall, wrongly."
  local whole, found = ev:run(text), ev:run(text, nil, true)
  t.eq(#whole.concepts, 2, "evidence: run gives every concept")
  t.eq(whole.concepts[1], false, "evidence: ... false where the answer says nothing")
  t.eq(#found.concepts, 1, "evidence: run(text, nil, true) gives only the concepts with something to say")
  t.eq(found.concepts[1].index, 2, "evidence: ... each with its index")
  t.eq(found.concepts[1].text, whole.concepts[2].text, "evidence: ... and the same reading")
  local idx = {}
  for _, m in ipairs(found.misconceptions) do idx[#idx + 1] = m.index .. "=" .. m.state end
  t.eq(table.concat(idx, " "), "2=stated 3=stated", "evidence: ... misconceptions too, in their order")
  t.eq(#ev:run("Nothing here.", nil, true).misconceptions, 0, "evidence: ... none when nothing is said")
end

-- lexicon:prepare: the widened pattern, whether it states a denial, and its literals, the same as
-- working each out (and the same again when read back from what was kept)
do
  local lex = drill.evidence.lexicon()
  lex:group({ "mean", "average" })
  local other = drill.evidence.lexicon()
  other:group({ "mean", "expected value" })
  local denies = { ["subtract the mean"] = false, ["\\bnot the mean\\b"] = true, ["(?<!not )mean"] = false,
    ["x{2,3}"] = false, ["a|b"] = false, [""] = false, ["nothing widens here"] = false, ["never (?:the )?mean"] = true }
  local sources = {}
  for src in pairs(denies) do sources[#sources + 1] = src end
  table.sort(sources)
  for _, src in ipairs(sources) do
    local denial_wanted = denies[src]
    for pass = 1, 2 do
      local w, denial, lits = lex:prepare(src)
      t.eq(w, lex:widen(src), ("prepare: /%s/ widened (%d)"):format(src, pass))
      t.eq(denial, denial_wanted,
        ("prepare: /%s/ denial (%d)"):format(src, pass))
      t.eq(table.concat(lits or {}, "|"), table.concat(drill.evidence.literals(w) or {}, "|"),
        ("prepare: /%s/ literals (%d)"):format(src, pass))
      local u = lex:prepare(src, false)
      t.eq(u, src, ("prepare: /%s/ not widened when told not to (%d)"):format(src, pass))
    end
  end
  t.ok(lex:prepare("the mean") ~= other:prepare("the mean"), "prepare: each lexicon widens by its own groups")
  -- a rubric given the lexicon widens its patterns through it again when it tries them: from then
  -- on the lexicon cannot change, and the rubric takes no other
  local ev = drill.evidence.new()
  ev:item()
  local w, denial, lits = lex:prepare("subtract the mean")
  t.ok(ev:pattern("pattern", w, denial, lits, "subtract the mean", lex), "evidence: a pattern widened again")
  t.ok(ev:run("We subtract the average.").concepts[1], "evidence: ... states its concept in the thesaurus's words")
  t.eq(ev:source(1, "pattern", 1), "subtract the mean", "evidence: ... and names the author's form")
  t.raises(function() lex:group({ "variance", "spread" }) end, "cannot change",
    "evidence: a lexicon a rubric widens through cannot gain a group")
  t.raises(function() lex:swap("mean", "median") end, "cannot change", "evidence: ... nor a swap")
  t.raises(function() ev:pattern("pattern", other:widen("the mean"), false, nil, "the mean", other) end,
    "one lexicon only", "evidence: a rubric widens through one lexicon only")
  t.raises(function() ev:pattern("pattern", "x", false, nil, "y", {}) end, "drill.lexicon expected",
    "evidence: a lexicon that is none is refused")
  t.ok(pcall(other.group, other, { "variance", "spread" }), "evidence: a lexicon no rubric took still changes")
  -- ev:prepared is ev:pattern with what lex:prepare gives, widened again through lex
  local lex2 = drill.evidence.lexicon()
  lex2:group({ "mean", "average" })
  local by_hand, in_one = drill.evidence.new(), drill.evidence.new()
  for _, rubric in ipairs({ by_hand, in_one }) do rubric:item() end
  local srcs = { "subtract the mean", "\\bnot the mean\\b", "nothing widens here" }
  for _, src in ipairs(srcs) do
    local wide, d, l = lex2:prepare(src)
    t.ok(by_hand:pattern("pattern", wide, d, l, wide ~= src and src or nil, lex2), "evidence: added by hand: " .. src)
    t.ok(in_one:prepared("pattern", src, lex2), "evidence: added in one call: " .. src)
  end
  for _, text in ipairs({ "Subtract the average.", "Not the mean.", "Nothing widens here.", "Something else." }) do
    local want, got = by_hand:run(text).concepts[1], in_one:run(text).concepts[1]
    t.eq(got and got.state or "none", want and want.state or "none", "evidence: ev:prepared reads as ev:pattern: " .. text)
    t.eq(got and got.alt or 0, want and want.alt or 0, "evidence: ... by the same alternative: " .. text)
  end
  for k = 1, #srcs do t.eq(in_one:source(1, "pattern", k), srcs[k], "evidence: ev:prepared keeps the author's form") end
  t.raises(function() in_one:prepared("pattern", "x", {}) end, "drill.lexicon expected",
    "evidence: ev:prepared wants a lexicon")
  t.raises(function() in_one:prepared("pattern", "the mean", lex) end, "one lexicon only",
    "evidence: ... and the rubric's own")
end

-- drill.modules: what require finds in a folder of the plugin directories
local graders = drill.modules("graders")
t.eq(table.concat(graders, ","), "framework,keyword,metaresult,noscore,runaway,similarity,tamper",
  "modules: the built-in graders and the script directory's, sorted, each once")
t.eq(#drill.modules("nosuch"), 0, "modules: a folder no plugin directory has is empty")
t.raises(function() drill.modules("../graders") end, "may hold only", "modules: a folder name is a module name")

-- drill.bank.check's where(): any table of the questions placed in its file
local _, _, _, qs, where = drill.bank.check()
local q1 = qs[1]
t.eq(where(q1), q1.source, "bank.check where: a question is where its source says")
local file, line = q1.source:match("^(.*):(%d+):%d+$")
local rfile, rline = (where(q1.rubric) or ""):match("^(.*):(%d+):%d+$")
t.ok(rfile == file and tonumber(rline) > tonumber(line), "bank.check where: its rubric, further down the file",
  where(q1.rubric))
t.ok(where(q1, "id") ~= nil and where(q1, "id") ~= where(q1), "bank.check where: a member's value", where(q1, "id"))
t.eq(where(q1.rubric.concepts, 1), where(q1.rubric.concepts[1]), "bank.check where: an array's item by index")
t.eq(where({}), nil, "bank.check where: a table of no bank is nowhere")
t.eq(where(q1, "no-such-key"), nil, "bank.check where: a member it does not have is nowhere")

-- the allocator: blocks of every small size and past it, made, grown, shrunk and collected
-- in a mixed order, keep what was written in them
do
  local seed = 7
  local function rnd(n) seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n + 1 end
  local keep, sums = {}, {}
  local intact = true
  for pass = 1, 60 do
    for _ = 1, 200 do
      local n = rnd(700)
      local arr = {}
      for k = 1, rnd(40) do arr[k] = k * n end -- the array part grows through the small sizes
      local str = string.rep(string.char(65 + n % 26), n)
      keep[rnd(300)] = { s = str, t = arr, n = n }
    end
    for k = 1, 300, rnd(7) do
      local item = keep[k]
      if item then
        for j = #item.t, 1, -1 do if j % 2 == 0 then item.t[j] = nil end end -- shrinks when collected
      end
    end
    if pass % 10 == 0 then collectgarbage() end
  end
  for _, item in pairs(keep) do
    intact = intact and #item.s == item.n and item.s == string.rep(string.char(65 + item.n % 26), item.n)
    for j, x in pairs(item.t) do intact = intact and x == j * item.n end
    sums[#sums + 1] = item.n
  end
  t.ok(intact and #sums > 0, "memory: blocks of every size keep their contents through growth, shrinking and collection")
end

-- drill.bank.index: each top-level question's light fields, in the order of questions()
local index, all = drill.bank.index(), drill.bank.questions()
t.eq(#index, #all, "bank.index: an entry for every top-level question")
local same, light = true, true
for i, entry in ipairs(index) do
  local q = all[i]
  for k, val in pairs(q) do
    local heavy = k == "answer" or k == "rubric" or k == "stages" or k == "steps" or k == "followups"
      or k == "thesaurus"
    if heavy then
      light = light and entry[k] == nil
    elseif type(val) ~= "table" then
      same = same and entry[k] == val
    else
      same = same and drill.json.encode(entry[k]) == drill.json.encode(val)
    end
  end
  for k in pairs(entry) do same = same and q[k] ~= nil end
end
t.ok(same, "bank.index: an entry's fields are its question's, source and bank included")
t.ok(light, "bank.index: no model answer, rubric, stages, steps, followups or thesaurus")
t.ok(drill.bank.index()[1] == index[1] and drill.bank.index() ~= index,
  "bank.index: a new array each call, of the same entries")
t.eq(drill.bank.get(index[1].id), all[1], "bank.index: get(entry.id) gives the whole question")

-- drill.bank.vocab: the banks' words, as known words for typo correction
local bankwords = drill.bank.vocab()
t.ok(drill.bank.vocab() == bankwords, "bank.vocab: made once, the same vocabulary every call")
local rubricwords = drill.text.vocab({ "smearing" })
t.ok(rubricwords:correct("squaring") ~= nil, "bank.vocab: 'squaring' is a typo of 'smearing' to a lone vocabulary")
t.eq(rubricwords:correct("squaring", bankwords), nil, "bank.vocab: a word the banks use is no typo")
t.ok(rubricwords:correct("smaering", bankwords) ~= nil, "bank.vocab: a word no bank uses is still corrected")

-- drill.plain: plain data, read raw; a read-only view copies as the table it shows
local src = { a = { 1, 2, { b = "c" } }, f = function() end, [true] = 1, n = 0.5 }
local copy = drill.plain(src)
t.ok(copy ~= src and copy.a ~= src.a and copy.a[3].b == "c" and copy.n == 0.5, "plain: a deep copy")
t.ok(copy.f == nil and copy[true] == nil, "plain: functions and boolean keys left out")
t.eq(drill.plain(setmetatable({}, { __index = function() return 1 end })).x, nil, "plain: no metamethod runs")
local view = drill.readonly({ x = { y = { "z" } }, w = 3 })
local seen = drill.plain(view)
t.ok(seen.w == 3 and seen.x.y[1] == "z", "plain: a read-only view copies as its table")
seen.w = 4
t.eq(view.w, 3, "plain: the copy of a view is the plugin's own; the view is unchanged")
t.eq(drill.plain({ view }, 10)[1].x.y[1], "z", "plain: a view inside a table too")
local count = 0
for _ in pairs(drill.plain({ 1, 2, 3, 4, 5 }, 3)) do count = count + 1 end
t.ok(count < 5, "plain: the budget limits the values copied")
-- a record of more fields than its copy is first sized for (64) is copied whole
local wide, fields = {}, 0
for i = 1, 100 do wide["k" .. i] = i end
local wide_copy = drill.plain({ wide, { wide }, after = "x" })
for k, got in pairs(wide_copy[2][1]) do fields = fields + (wide[k] == got and 1 or 0) end
t.ok(fields == 100 and wide_copy.after == "x" and wide_copy[1].k100 == 100,
  "plain: records of 100 fields copy whole, and what comes after them")
t.eq(drill.plain(setmetatable({ a = 1 }, { __index = { b = 2 } })).b, nil,
  "plain: a table with a metatable that is no view copies as itself")

-- drill.builtin: modules drill loaded from its own plugins, and nothing else
t.eq(drill.builtin(require("graders.keyword")), true, "builtin: a grader of drill's own")
t.eq(drill.builtin(require("lib.ui")), true, "builtin: a library module of drill's own")
t.eq(drill.builtin(require("graders.noscore")), false, "builtin: a module found beside the script is not")
t.eq(drill.builtin({}), false, "builtin: a table of the plugin's is not")
t.eq(drill.builtin(drill.readonly({})), false, "builtin: a read-only view is not")
t.eq(drill.builtin(drill), false, "builtin: the API is no module")
t.eq(drill.builtin("graders.keyword"), false, "builtin: a module's name is not the module")

return t.done()
