-- Rubrics compiled for the evidence engine (drill.evidence): patterns widened
-- through the thesaurus, contrasts and rivals derived from the swap pairs of
-- the lexicon, and for each regex the literals one of which any match must
-- contain, so the engine can skip it. docs/banks.md, "Rubric format v2".
local lexicon = require("lib.lexicon")

local M = {}

-- ------------------------------------------------------------- the lexicon

-- The shared lexicon, and a bank's own thesaurus added to it, as the engine's
-- lexicon objects (drill.evidence.lexicon): widening, swapping and literal
-- finding read pattern sources in C.
local function build(extra)
  local lex = drill.evidence.lexicon()
  for _, g in ipairs(lexicon.thesaurus) do lex:group(g) end
  for _, g in ipairs(extra or {}) do lex:group(g) end
  for _, pair in ipairs(lexicon.swaps) do
    local a, b = pair[1], pair[2]
    for k, form in ipairs(a) do lex:swap(form, b[k] or b[1]) end
    for k, form in ipairs(b) do lex:swap(form, a[k] or a[1]) end
  end
  return lex
end
local base = build()
local per_bank = {}

-- th: {bank = name, groups = the bank's thesaurus}, or nil for the shared lexicon alone
local function lexicon_for(th)
  if not th then return base end
  local lex = per_bank[th.bank]
  if not lex then
    lex = build(th.groups)
    per_bank[th.bank] = lex
  end
  return lex
end

-- widen(pattern [, thesaurus]): each whole word or phrase of a thesaurus group
-- becomes an alternation of the group's members; words of four or more
-- letters also match their -s/-es forms.
function M.widen(src, th)
  return lexicon_for(th):widen(src)
end

-- swapped(pattern): the pattern with one swap pair exchanged, for each pair it holds.
function M.swapped(src)
  return base:swapped(src)
end

-- literals(pattern): literals one of which every match contains, or nil.
M.literals = drill.evidence.literals

-- wants_boundary_before_nt(pattern): does it put a word boundary before n't (\bn't, or n't as an
-- alternative of \b(?:...))? n't never starts a word, so that holds in no contraction ("don't").
function M.wants_boundary_before_nt(src)
  if src:find("\\bn'") then return true end
  for alts in src:gmatch("\\b%(%?:([^()]*)%)") do
    for alt in (alts .. "|"):gmatch("([^|]*)|") do
      if alt:find("^n'") then return true end
    end
  end
  return false
end

-- Is src[at] escaped: after an odd number of backslashes, none of them before src[from]?
local function escaped_at(src, at, from)
  local n, j = 0, at - 1
  while j >= (from or 1) and src:sub(j, j) == "\\" do n = n + 1; j = j - 1 end
  return n % 2 == 1
end

-- Where the "(" of the ")" at src[close] is, escaped ones skipped; nil when none.
local function opening_of(src, close)
  local depth = 0
  for i = close, 1, -1 do
    local c = src:sub(i, i)
    if (c == ")" or c == "(") and not escaped_at(src, i) then
      depth = depth + (c == ")" and 1 or -1)
      if depth == 0 then return i end
    end
  end
  return nil
end

local ends_in_symbol

-- The symbol the part src[s, e] of a pattern must end with, or nil: its last element, past a
-- quantifier. An element that may be left out ("\\}?", "%{0,2}") gives nil: the \b then holds
-- before it ("d_\\{?k\\}?\b").
local function part_ends_in_symbol(src, s, e)
  local function escaped(at) return escaped_at(src, at, s) end
  local k = e
  if k > s and src:sub(k, k) == "?" and not escaped(k) and src:sub(k - 1, k - 1):match("[?*+}]")
      and not escaped(k - 1) then
    k = k - 1 -- a lazy quantifier
  end
  if k >= s and src:sub(k, k):match("[?*]") and not escaped(k) then return nil end
  if k >= s and src:sub(k, k) == "}" and not escaped(k) then
    local open, least = src:sub(s, k):match(".*(){(%d*),?%d*}$")
    if open and (least == "" or tonumber(least) == 0) then return nil end
    if open then k = s + open - 2 end
  end
  while k >= s and src:sub(k, k) == "+" and not escaped(k) do k = k - 1 end
  if k < s then return nil end
  local c = src:sub(k, k)
  if escaped(k) then -- an escaped character: "\\+" is a symbol, "\\d" is not
    return not c:match("[%w_]") and c or nil
  end
  if c == ")" then
    local open = opening_of(src, k)
    if not open or open < s then return nil end
    local opener = src:sub(open, open + 3)
    if opener:match("^%(%?[=!]") or opener:match("^%(%?<[=!]") then return nil end -- a lookaround
    local head = src:match("^%?[:|>]", open + 1) or src:match("^%?P?<[%w_]+>", open + 1) or ""
    if src:sub(open + 1, open + 1) == "?" and head == "" then return nil end -- another kind
    return ends_in_symbol(src, open + 1 + #head, k - 1)
  end
  -- an unescaped symbol that stands for itself (not an anchor, a class's end, any character or
  -- a space)
  if c:match("[%%'\"/:;,!#&=<>~-]") then return c end
  return nil
end

-- The symbol one of the alternatives at the top level of src[s, e] must end with, or nil.
function ends_in_symbol(src, s, e)
  local depth, start, i, class = 0, s, s, false
  while i <= e + 1 do
    local c = i <= e and src:sub(i, i) or "|"
    if i <= e and c == "\\" then
      i = i + 2
    else
      if class then
        if c == "]" then class = false end
      elseif c == "[" then class = true
      elseif c == "(" then depth = depth + 1
      elseif c == ")" then depth = depth - 1
      elseif c == "|" and depth == 0 then
        local sym = part_ends_in_symbol(src, start, i - 1)
        if sym then return sym end
        start = i + 1
      end
      i = i + 1
    end
  end
  return nil
end

-- boundary_after_symbol(pattern): a word boundary (\b) that only a symbol can come right
-- before ("50 ?%\b", "k-means\\+\\+\b", "p\\(x\\)\b", or a group one of whose alternatives ends
-- so: "(?:0?\\.5|50 ?%)\b"), where no word follows it in the pattern: it holds only where a
-- letter or digit comes next ("50%of"), never at the end of the term. Returns the symbol and
-- where the \b is, or nil. Lookarounds are left alone.
function M.boundary_after_symbol(src)
  local i = 1
  while true do
    local at = src:find("\\b", i)
    if not at then return nil end
    local word_next = src:sub(at + 2, at + 2):match("[%w_]") or src:sub(at + 2, at + 3):match("^\\[wd]")
    if not escaped_at(src, at) and not word_next and at > 1 then
      -- the alternative the \b is in begins after the last "|" or "(" of its level
      local starts, k, class = { 1 }, 1, false
      while k < at do
        local c = src:sub(k, k)
        if c == "\\" then
          k = k + 1
        elseif class then
          class = c ~= "]"
        elseif c == "[" then
          class = true
        elseif c == "(" then -- past the group's head: "?:", "?!", "?<=", "?<name>", ...
          local head = src:match("^%?[:=!|>]", k + 1) or src:match("^%?<[=!]", k + 1)
            or src:match("^%?P?<[%w_]+>", k + 1) or ""
          starts[#starts + 1] = k + 1 + #head
        elseif c == ")" and #starts > 1 then
          starts[#starts] = nil
        elseif c == "|" then
          starts[#starts] = k + 1
        end
        k = k + 1
      end
      local sym = starts[#starts] <= at - 1 and part_ends_in_symbol(src, starts[#starts], at - 1)
      if sym then return sym, at end
    end
    i = at + 2
  end
end

-- ----------------------------------------------------------- compiling

-- Compiled rubrics by the rubric table a grader was given. The cache holds its keys: a
-- grader is given read-only views, which the sandbox may make anew once nothing holds
-- them, and a view made anew would compile the rubric again.
local compiled = {}

local function thesaurus_for(q)
  if not (q and q.thesaurus) then return nil end
  return { bank = q.bank or "?", groups = drill.plain(q.thesaurus, math.maxinteger) }
end

-- A misconception's claim, added to the item just opened: its subject, its rivals (its own,
-- and the swap partners of the subject's) and what it says, each through add(role, pattern, j).
local function add_misclaim(claim, add)
  local rivals, taken = {}, {}
  for _, p in ipairs(claim.subject or {}) do taken[p] = true end
  local function rival(p)
    if not taken[p] then
      taken[p] = true
      rivals[#rivals + 1] = p
    end
  end
  for _, p in ipairs(claim.rivals or {}) do rival(p) end
  for _, p in ipairs(claim.subject or {}) do
    for _, d in ipairs(M.swapped(p)) do
      if drill.re.compile(d, "i") then rival(d) end
    end
  end
  for j, p in ipairs(claim.subject or {}) do add("subject", p, j) end
  for j, p in ipairs(rivals) do add("rival", p, j) end
  for j, p in ipairs(claim.says or {}) do add("says", p, j) end
end

-- The items of a compiled rubric, each {roles = {role = {source, ...}}} made from the engine when
-- asked for: a worker holds hundreds of rubrics, and the engine holds every source already.
local function items_of(ev, n, misconception)
  return setmetatable({}, {
    __len = function() return n end,
    __index = function(_, i)
      if math.type(i) == "integer" and i >= 1 and i <= n then
        return { roles = ev:sources(i, misconception) }
      end
    end,
  })
end

-- What a grader reads of a compiled rubric once it runs: the patterns and claims are the engine's.
local function slim(rubric)
  for _, concept in ipairs(rubric.concepts or {}) do
    concept.patterns, concept.reversed, concept.claim = nil, nil, nil
  end
  for _, m in ipairs(rubric.misconceptions or {}) do
    m.patterns, m.claim = nil, nil
  end
  return rubric
end

-- compile(q, rubric) -> {ev = evidence rubric, rubric = a plain copy of the rubric without its
--                        patterns and claims, concepts = {{roles = {role = {source...}}}}, ...}
-- Errors name the question, the concept and the pattern.
function M.compile(q, rubric)
  local c = compiled[rubric]
  if c then return c end
  local key = rubric
  -- a plain copy: a grader is handed read-only views, and reading every pattern through
  -- one costs more than the copy (made in C, reading the tables raw)
  rubric = drill.plain(rubric, math.maxinteger)
  local th = thesaurus_for(q)
  local ev = drill.evidence.new()
  c = { ev = ev, rubric = rubric }
  local lex = lexicon_for(th)
  local function add(role, src, what, j)
    -- widened, whether it states a denial ("not available at prediction time": a negation
    -- does not cancel it), its literals (lex:prepare, kept between runs), added in one call
    local ok, err = ev:prepared(role, src, lex)
    if not ok then
      error(("%s: question %q: %s: %s %d: %s"):format(q.source or "?", q.id or "?", what, role, j, err), 0)
    end
  end
  for i, concept in ipairs(rubric.concepts or {}) do
    ev:item()
    local what = ("concept %q"):format(concept.name or i)
    local info = { roles = { pattern = {}, reversed = {}, subject = {}, rival = {}, says = {}, contrast = {} } }
    -- a pattern in a role, numbered in it as the errors and the evidence number it
    local function record(role, p)
      add(role, p, what, #info.roles[role] + 1)
      info.roles[role][#info.roles[role] + 1] = p
    end
    local function put(role, list)
      for _, p in ipairs(list or {}) do record(role, p) end
    end
    put("pattern", concept.patterns)
    put("reversed", concept.reversed)
    local claim = concept.claim
    if claim then
      put("subject", claim.subject)
      put("rival", claim.rivals)
      put("says", claim.says)
      put("contrast", claim.contrasts)
      if claim.derive ~= false then
        -- contrasts from the swap pairs, but none that matches the concept's own statement:
        -- it would contradict the model answer itself
        local own = table.concat({ concept.statement or "", concept.feedback or "", concept.name or "" }, " ")
        own = drill.text.normalize(own)
        local have = {}
        for _, p in ipairs(info.roles.contrast) do have[p] = true end
        for _, p in ipairs(claim.says or {}) do
          for _, d in ipairs(M.swapped(p)) do
            local re = not have[d] and drill.re.compile(d, "i")
            if re and not re:find(own) then
              have[d] = true
              record("contrast", d)
            end
          end
        end
        -- rivals: what the rubric's other claims are about, and the swap partners of the subject
        local taken = {}
        for _, p in ipairs(info.roles.rival) do taken[p] = true end
        for _, p in ipairs(claim.subject or {}) do taken[p] = true end
        local function rival(p)
          if not taken[p] then
            taken[p] = true
            record("rival", p)
          end
        end
        for k, other in ipairs(rubric.concepts) do
          if claim.subject and k ~= i and other.claim then
            for _, p in ipairs(other.claim.subject or {}) do rival(p) end
          end
        end
        for _, p in ipairs(claim.subject or {}) do
          for _, d in ipairs(M.swapped(p)) do
            if drill.re.compile(d, "i") then rival(d) end
          end
        end
      end
    end
  end
  for i, m in ipairs(rubric.misconceptions or {}) do
    ev:item(true)
    local what = ("misconception %q"):format(m.name or i)
    local function record(role, p, j) add(role, p, what, j) end
    for j, p in ipairs(m.patterns or {}) do record("pattern", p, j) end
    if m.claim then add_misclaim(m.claim, record) end
  end
  c.concepts = items_of(ev, #(rubric.concepts or {}), false)
  c.misconceptions = items_of(ev, #(rubric.misconceptions or {}), true)
  slim(rubric)
  compiled[key] = c
  return c
end

-- shared() -> {ev = evidence rubric, misconceptions = the list}: the field's common
-- misconceptions (lib.misconceptions), compiled once for every answer of every question.
-- An entry states its error as patterns, or as a claim: what it says (says) held of its
-- subject where the answer names it, not of a rival (its own, and the swap partners of
-- the subject's).
local shared
function M.shared()
  if shared then return shared end
  local list = require("lib.misconceptions")
  local ev = drill.evidence.new()
  for i, m in ipairs(list) do
    ev:item(true)
    local function add(role, p, j)
      local ok, err = ev:prepared(role, p, base)
      if not ok then
        error(("lib/misconceptions.lua: %q (%d): %s %d: %s"):format(m.name, i, role, j, err), 0)
      end
    end
    for j, p in ipairs(m.patterns or {}) do add("pattern", p, j) end
    if m.claim then add_misclaim(m.claim, add) end
  end
  shared = { ev = ev, misconceptions = list }
  return shared
end

return M
