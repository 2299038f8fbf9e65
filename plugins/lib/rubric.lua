-- Rubrics compiled for the evidence engine (drill.evidence): patterns widened
-- through the thesaurus, contrasts and rivals derived from the swap pairs of
-- the lexicon, and for each regex the literals one of which any match must
-- contain, so the engine can skip it. docs/banks.md, "Rubric format v2".
local lexicon = require("lib.lexicon")

local M = {}

-- ------------------------------------------------------------------ regex sources

-- A pattern's source as tokens: {lit = c} for a literal character (escaped
-- punctuation included), {raw = s} for anything else: escapes like \b and \w,
-- classes, groups, alternation, quantifiers ({quant = true, min = n}).
local function tokenize(src)
  local toks, i, n = {}, 1, #src
  while i <= n do
    local c = src:sub(i, i)
    if c == "\\" then
      local d = src:sub(i + 1, i + 1)
      if d == "" then
        return nil
      elseif d:match("[%p ]") then
        toks[#toks + 1] = { lit = d }
        i = i + 2
      elseif d == "Q" or d == "E" then
        return nil -- quoting: not worth reading
      elseif (d == "p" or d == "P" or d == "x" or d == "N" or d == "g" or d == "k") and src:sub(i + 2, i + 2) == "{" then
        local e = src:find("}", i + 3, true)
        if not e then return nil end
        toks[#toks + 1] = { raw = src:sub(i, e), width = true }
        i = e + 1
      else
        -- \b \B \A \z \Z \G are zero-width; the rest stand for a character
        toks[#toks + 1] = { raw = "\\" .. d, zero = d:match("[bBAzZG]") ~= nil, width = not d:match("[bBAzZG]") }
        i = i + 2
      end
    elseif c == "[" then
      local j = i + 1
      if src:sub(j, j) == "^" then j = j + 1 end
      if src:sub(j, j) == "]" then j = j + 1 end
      while j <= n and src:sub(j, j) ~= "]" do
        if src:sub(j, j) == "\\" then
          j = j + 2
        elseif src:sub(j, j + 1) == "[:" then
          local e = src:find(":]", j + 2, true)
          j = e and e + 2 or j + 1
        else
          j = j + 1
        end
      end
      if j > n then return nil end
      toks[#toks + 1] = { raw = src:sub(i, j), width = true }
      i = j + 1
    elseif c == "(" then
      local head = src:match("^%(%?[:=!>|]", i) or src:match("^%(%?<[=!]", i) or src:match("^%(%?P?<[%a_][%w_]*>", i)
        or src:match("^%(%?'[%a_][%w_]*'", i)
      if head then
        toks[#toks + 1] = { open = head, look = head:match("[=!]$") ~= nil }
        i = i + #head
      elseif src:match("^%(%?[%a%-^]*%)", i) then
        local opt = src:match("^%(%?[%a%-^]*%)", i)
        if opt:find("x", 1, true) then return nil end
        toks[#toks + 1] = { raw = opt, zero = true }
        i = i + #opt
      elseif src:sub(i + 1, i + 1) == "?" or src:sub(i + 1, i + 1) == "*" then
        return nil -- conditionals, verbs: leave alone
      else
        toks[#toks + 1] = { open = "(" }
        i = i + 1
      end
    elseif c == ")" then
      toks[#toks + 1] = { close = true }
      i = i + 1
    elseif c == "|" then
      toks[#toks + 1] = { bar = true }
      i = i + 1
    elseif c == "?" or c == "*" or c == "+" then
      local min = c == "+" and 1 or 0
      local q = c
      local nxt = src:sub(i + 1, i + 1)
      if nxt == "?" or nxt == "+" then q = q .. nxt end
      toks[#toks + 1] = { raw = q, quant = true, min = min }
      i = i + #q
    elseif c == "{" and src:match("^{%d*,?%d*}", i) and src:match("^{%d*,?%d*}", i) ~= "{}"
      and src:match("^{%d*,?%d*}", i) ~= "{,}" then
      local q = src:match("^{%d*,?%d*}", i)
      local nxt = src:sub(i + #q, i + #q)
      if nxt == "?" or nxt == "+" then q = q .. nxt end
      toks[#toks + 1] = { raw = q, quant = true, min = tonumber(q:match("^{(%d*)")) or 0 }
      i = i + #q
    elseif c == "." then
      toks[#toks + 1] = { raw = ".", width = true }
      i = i + 1
    elseif c == "^" or c == "$" then
      toks[#toks + 1] = { raw = c, zero = true }
      i = i + 1
    else
      -- a literal character: a whole UTF-8 sequence
      local len = c:byte() >= 0xF0 and 4 or c:byte() >= 0xE0 and 3 or c:byte() >= 0xC0 and 2 or 1
      toks[#toks + 1] = { lit = src:sub(i, i + len - 1) }
      i = i + len
    end
  end
  return toks
end

local function escape(s)
  return (s:gsub("[%^%$%(%)%.%[%]%*%+%?%{%}|\\/]", "\\%0"))
end

local function render(toks)
  local out = {}
  for _, t in ipairs(toks) do
    if t.lit then
      out[#out + 1] = t.lit:match("^[%^%$%(%)%.%[%]%*%+%?%{%}|\\]$") and "\\" .. t.lit or t.lit
    elseif t.open then
      out[#out + 1] = t.open
    elseif t.close then
      out[#out + 1] = ")"
    elseif t.bar then
      out[#out + 1] = "|"
    else
      out[#out + 1] = t.raw
    end
  end
  return table.concat(out)
end

local function wordch(t)
  return t and t.lit and t.lit:match("^[%w]$") ~= nil
end
local function lower(t)
  return t and t.lit and t.lit:lower()
end

-- Does `phrase` match the literal tokens from position i, as a whole word or
-- phrase? Returns the position after it.
local function phrase_at(toks, i, phrase)
  local k = i
  for ch in phrase:gmatch("[%z\1-\127\194-\244][\128-\191]*") do
    if lower(toks[k]) ~= ch then return nil end
    k = k + 1
  end
  return k
end

-- Phrases indexed by their first character, longest first.
local function index(groups)
  local by = {}
  for gi, g in ipairs(groups) do
    for _, p in ipairs(g) do
      local first = p:match("^[%z\1-\127\194-\244][\128-\191]*")
      by[first] = by[first] or {}
      table.insert(by[first], { phrase = p, group = gi })
    end
  end
  for _, list in pairs(by) do
    table.sort(list, function(a, b) return #a.phrase > #b.phrase end)
  end
  return by
end

-- Walks the literal runs of a token list and calls fn(i, j, entry) for each
-- whole phrase of `by` found at tokens i..j-1 (not inside a longer word, not
-- followed by a quantifier). Returns the token list rebuilt with fn's
-- replacement tokens.
local function rewrite(toks, by, fn)
  local out, i = {}, 1
  while i <= #toks do
    local t = toks[i]
    local done = false
    local key = t.lit and t.lit:lower()
    local list = key and by[key]
    if list and not (wordch(t) and wordch(toks[i - 1])) then
      for _, e in ipairs(list) do
        local j = phrase_at(toks, i, e.phrase)
        if j then
          local last = toks[j - 1]
          local nxt = toks[j]
          local ok = not (nxt and nxt.quant) and not (wordch(last) and wordch(nxt))
          if ok then
            local rep = fn(i, j, e)
            if rep then
              for _, r in ipairs(rep) do out[#out + 1] = r end
              i = j
              done = true
              break
            end
          end
        end
      end
    end
    if not done then
      out[#out + 1] = t
      i = i + 1
    end
  end
  return out
end

-- ------------------------------------------------------------- the lexicon

local function thesaurus_index(extra)
  local groups = {}
  for _, g in ipairs(lexicon.thesaurus) do groups[#groups + 1] = g end
  for _, g in ipairs(extra or {}) do
    local low = {}
    for k, p in ipairs(g) do low[k] = p:lower() end
    groups[#groups + 1] = low
  end
  -- a phrase in several groups matches the members of all of them
  local merged = {}
  for gi, g in ipairs(groups) do
    for _, p in ipairs(g) do
      merged[p] = merged[p] or {}
      merged[p][#merged[p] + 1] = gi
    end
  end
  return index(groups), groups, merged
end

local base_index, base_groups, base_merged = thesaurus_index()

local swap_groups, swap_partner = {}, {}
for _, pair in ipairs(lexicon.swaps) do
  local a, b = pair[1], pair[2]
  for k, form in ipairs(a) do
    local other = b[k] or b[1]
    swap_groups[#swap_groups + 1] = { form }
    swap_partner[#swap_groups] = { other = other, side = form }
  end
  for k, form in ipairs(b) do
    local other = a[k] or a[1]
    swap_groups[#swap_groups + 1] = { form }
    swap_partner[#swap_groups] = { other = other, side = form }
  end
end
local swap_index = index(swap_groups)

-- Words that take no -s.
local uninflected = {}
for w in ([[among about above after again also although because before being below between both
  cannot could does down during each either every from further have having here into itself just
  more most much must neither never once only other over same should since some such than that their
  them then there these they this those through under until upon very were what when where which
  while whom whose will with within without would your zero half]]):gmatch("%a+") do
  uninflected[w] = true
end

-- A pattern widened through the thesaurus: each whole word or phrase in a
-- group becomes an alternation of the group's members.
function M.widen(src, th)
  local toks = tokenize(src)
  if not toks then return src end
  local by, groups, merged = base_index, base_groups, base_merged
  if th then by, groups, merged = th.index, th.groups, th.merged end
  local out = rewrite(toks, by, function(_, _, e)
    local alts, seen = {}, {}
    for _, gi in ipairs(merged[e.phrase] or { e.group }) do
      for _, p in ipairs(groups[gi]) do
        if not seen[p] then
          seen[p] = true
          alts[#alts + 1] = escape(p)
        end
      end
    end
    if #alts <= 1 then return nil end
    return { { raw = "(?:" .. table.concat(alts, "|") .. ")", width = true } }
  end)
  -- a whole word of four or more letters also matches its -s and -es forms
  local final, k = {}, 1
  while k <= #out do
    local t = out[k]
    if wordch(t) and t.lit:match("%a") and not wordch(out[k - 1]) then
      local j = k
      while wordch(out[j]) do j = j + 1 end
      for x = k, j - 1 do final[#final + 1] = out[x] end
      local word = {}
      for x = k, j - 1 do word[#word + 1] = out[x].lit end
      word = table.concat(word)
      local nxt = out[j]
      local ends = not nxt or nxt.close or nxt.bar or (nxt.lit and not wordch(nxt)) or nxt.raw == "\\b"
      local low = word:lower()
      if ends and #word >= 4 and low:match("^%a+$") and not uninflected[low] and not low:match("s$")
        and not low:match("ed$") and not low:match("ing$") and not low:match("ly$") then
        final[#final + 1] = { raw = "(?:e?s)?" }
      end
      k = j
    else
      final[#final + 1] = t
      k = k + 1
    end
  end
  return render(final)
end

-- The patterns a claim's pattern turns into with one swap pair exchanged
-- (all of that pair's occurrences), skipping pairs whose both sides occur.
function M.swapped(src)
  local toks = tokenize(src)
  if not toks then return {} end
  local found = {}
  rewrite(toks, swap_index, function(_, _, e)
    found[#found + 1] = swap_partner[e.group]
    return nil
  end)
  local present = {}
  for _, f in ipairs(found) do present[f.side] = true end
  local out, seen = {}, {}
  for _, f in ipairs(found) do
    if not present[f.other] and not seen[f.side] then
      seen[f.side] = true
      local rep = rewrite(toks, swap_index, function(_, _, e)
        local p = swap_partner[e.group]
        if p.side == f.side then
          local r = {}
          for ch in p.other:gmatch("[%z\1-\127\194-\244][\128-\191]*") do r[#r + 1] = { lit = ch } end
          return r
        end
        return nil
      end)
      out[#out + 1] = render(rep)
    end
  end
  return out
end

-- ------------------------------------------------------------ literal filter

-- The literals (lower case, ASCII, 3+ bytes) one of which every match of the
-- pattern contains; nil when none is known.
function M.literals(src)
  local toks = tokenize(src)
  if not toks then return nil end
  local pos = 1

  local function score(set)
    if not set then return -1 end
    local m = math.huge
    for _, s in ipairs(set) do m = math.min(m, #s) end
    return m - 0.01 * #set
  end

  local parse_alt
  -- a sequence up to | or ) : the best required set among its runs and groups
  local function parse_seq()
    local best, cur = nil, {}
    local function consider(set)
      if set and #set > 0 and score(set) >= 2.5 and score(set) > score(best) then best = set end
    end
    local function flush()
      if #cur >= 3 then consider({ table.concat(cur):lower() }) end
      cur = {}
    end
    while pos <= #toks do
      local t = toks[pos]
      if t.bar or t.close then break end
      local nxt = toks[pos + 1]
      local q = nxt and nxt.quant and nxt
      if t.lit then
        pos = pos + 1
        if t.lit:byte() >= 0x80 then
          flush()
        elseif q then
          if q.min >= 1 then cur[#cur + 1] = t.lit end
          flush()
          pos = pos + 1
        else
          cur[#cur + 1] = t.lit
        end
      elseif t.open then
        pos = pos + 1
        local set = parse_alt()
        if toks[pos] and toks[pos].close then pos = pos + 1 end
        local q2 = toks[pos] and toks[pos].quant and toks[pos]
        if q2 then pos = pos + 1 end
        flush()
        if not t.look and not (q2 and q2.min == 0) then consider(set) end
      elseif t.zero then
        pos = pos + 1
        if q then
          pos = pos + 1
        end
      else
        pos = pos + 1
        flush()
        if q then pos = pos + 1 end
      end
    end
    flush()
    return best
  end

  parse_alt = function()
    local union, ok = {}, true
    while true do
      local set = parse_seq()
      if not set then ok = false else
        for _, s in ipairs(set) do union[#union + 1] = s end
      end
      if toks[pos] and toks[pos].bar then
        pos = pos + 1
      else
        break
      end
    end
    if not ok or #union == 0 or #union > 24 then return nil end
    return union
  end

  local set = parse_alt()
  if pos <= #toks then return nil end -- an unbalanced ')': leave it
  return set
end

-- ----------------------------------------------------------- compiling

-- A statement that is itself a denial ("not available at prediction time")
-- is stated *with* a negation, so a negation does not cancel it.
local denial = drill.re.compile([[\bnot\b|n't|\bnever\b|\bwithout\b|\bcannot\b|\bno\b|\(\?:not\||\bun\b]], "i")

local compiled = setmetatable({}, { __mode = "k" })

local function thesaurus_for(q)
  if not (q and q.thesaurus) then return nil end
  local by, groups, merged = thesaurus_index(q.thesaurus)
  return { index = by, groups = groups, merged = merged }
end

-- compile(q, rubric) -> {ev = evidence rubric, concepts = {{roles = {role = {source...}}}}, ...}
-- Errors name the question, the concept and the pattern.
function M.compile(q, rubric)
  local c = compiled[rubric]
  if c then return c end
  local th = thesaurus_for(q)
  local ev = drill.evidence.new()
  c = { ev = ev, concepts = {}, misconceptions = {} }
  local function add(role, src, what, j, widen)
    local w = widen and M.widen(src, th) or src
    local ok, err = ev:pattern(role, w, denial:test(src), M.literals(w))
    if not ok then
      -- the widened form failed: the author's own pattern may still be fine
      ok, err = ev:pattern(role, src, denial:test(src), M.literals(src))
      if not ok then
        error(("%s: question %q: %s: %s %d: %s"):format(q.source or "?", q.id or "?", what, role, j, err), 0)
      end
    end
  end
  for i, concept in ipairs(rubric.concepts or {}) do
    ev:item()
    local what = ("concept %q"):format(concept.name or i)
    local info = { roles = { pattern = {}, reversed = {}, subject = {}, rival = {}, says = {}, contrast = {} } }
    c.concepts[i] = info
    local function put(role, list)
      for j, p in ipairs(list or {}) do
        add(role, p, what, j, true)
        info.roles[role][#info.roles[role] + 1] = p
      end
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
        -- the statement the concept must not contradict: a derived contrast
        -- that matches it would contradict the model answer itself
        local own = table.concat({ concept.statement or "", concept.feedback or "", concept.name or "" }, " ")
        own = drill.text.normalize(own)
        local have = {}
        for _, p in ipairs(info.roles.contrast) do have[p] = true end
        for _, p in ipairs(claim.says or {}) do
          for _, d in ipairs(M.swapped(p)) do
            local re = not have[d] and drill.re.compile(d, "i")
            if re and not re:find(own) then
              have[d] = true
              add("contrast", d, what, #info.roles.contrast + 1, true)
              info.roles.contrast[#info.roles.contrast + 1] = d
              info.derived = info.derived or {}
              info.derived[#info.roles.contrast] = true
            end
          end
        end
        local rivals = {}
        for _, p in ipairs(info.roles.rival) do rivals[p] = true end
        -- what the rubric's other claims are about is not this claim's subject
        local own_subject = {}
        for _, p in ipairs(claim.subject or {}) do own_subject[p] = true end
        for k, other in ipairs(rubric.concepts) do
          if k ~= i and other.claim and other.claim.subject then
            for _, p in ipairs(other.claim.subject) do
              if not own_subject[p] and not rivals[p] then
                rivals[p] = true
                add("rival", p, what, #info.roles.rival + 1, true)
                info.roles.rival[#info.roles.rival + 1] = p
              end
            end
          end
        end
        for _, p in ipairs(claim.subject or {}) do
          for _, d in ipairs(M.swapped(p)) do
            if not rivals[d] and drill.re.compile(d, "i") then
              rivals[d] = true
              add("rival", d, what, #info.roles.rival + 1, true)
              info.roles.rival[#info.roles.rival + 1] = d
            end
          end
        end
      end
    end
  end
  for i, m in ipairs(rubric.misconceptions or {}) do
    ev:item(true)
    c.misconceptions[i] = { roles = { pattern = m.patterns } }
    for j, p in ipairs(m.patterns or {}) do add("pattern", p, ("misconception %q"):format(m.name or i), j, true) end
  end
  compiled[rubric] = c
  return c
end

return M
