-- The framework coach: checks an answer against the course's four steps
-- (summary first, then intuition, then technical depth, then practice) and
-- its common mistakes, and coaches. It reports; it does not grade: lib/grade
-- adds its feedback and leaves its score out of the mark.
local M = { name = "framework", api = 1 }

local function re(p) return assert(drill.re.compile(p, "i")) end

-- Signs of each step, as people say them.
local analogy = re([[\b(?:like a|think of|imagine|picture|analog(?:y|ous)|intuiti(?:on|vely)|as if|]]
  .. [[similar to|for example|for instance|e\.g\.|such as|metaphor|in other words)\b]])
local practice = re([[\b(?:in practice|practical(?:ly)?|in production|real[- ]world|i(?:'d| would)|]]
  .. [[we (?:used|use|would)|when (?:to use|you|i)|use (?:it|this|them) when|trade-?offs?|monitor|deploy|]]
  .. [[tun(?:e|ing)|cross-?validat|choose|pick|prefer|rule of thumb|in my experience)\b]])
local math_re = re([[=|\^|∂|∑|Σ|\bsum_|\\frac|\bargmin\b|\bargmax\b|\b[a-z]\([a-z]\)|\bE\[|\|\||\blog\s*\(]])
local giving_up = re([[\b(?:i (?:do not|don't|dont) know|no idea|not sure|i(?:'m| am) not familiar|]]
  .. [[never heard|can't remember|cannot remember|i forget)\b]])
local reasoning = re([[\b(?:because|so|therefore|which means|my guess|i (?:think|would guess|suspect)|probably|likely|if)\b]])
local clarifying = re([[\?|\b(?:clarif|i(?:'d| would) ask|ask(?:ing)? (?:about|whether|what|how|if)|]]
  .. [[assum(?:e|ing|ption)|depends on|first i(?:'d| would) (?:want to )?(?:know|understand|check))]])

-- The first sentence: up to the first . ! or ? that ends the text or is followed by a space;
-- the whole text when none is.
local function first_sentence(text)
  local e = text:find("[.!?]%s")
  if e then return text:sub(1, e) end
  return text
end

-- grade(question, answer, ctx) -> {grader, score, pass = nil, checks = {...}, feedback = {...}}
function M.grade(q, answer, ctx)
  local text = drill.text.normalize(answer or "")
  local r = { grader = M.name, checks = {}, feedback = {}, hits = {}, misses = {} }
  local words, nsent = drill.text.count(text)
  local format = ctx and ctx.part and "part" or q.format
  if words == 0 then
    r.score = 0
    r.feedback[1] = "Say something: a one-sentence answer beats silence, and reasoning out loud beats both."
    return r
  end
  local first = first_sentence(text)
  local first_words = drill.text.count(first)
  -- a formula in the first sentence: no plain summary, and math before intuition
  local math_first = math_re:test(first)

  local function check(name, ok, advice)
    r.checks[name] = ok
    if not ok and advice then r.feedback[#r.feedback + 1] = advice end
  end

  if giving_up:test(text) and not (words >= 25 and reasoning:test(text)) then
    check("reasoning", false, "Don't stop at \"I don't know\": reason out loud from what you do know — "
      .. "interviewers grade the thinking, not only the answer.")
  end
  local short = format == "rapid-fire" or format == "part"
  check("summary", first_words <= 40 and not math_first,
    "Open with a one-sentence summary in plain words before any detail or formula.")
  if not short then
    check("intuition", analogy:test(text), "Give an intuition or an analogy after the summary: "
      .. "it shows you understand, not just remember.")
    check("practice", practice:test(text), "Connect it to practice: when you would use it, "
      .. "what it costs, how you would check it in real work.")
  end
  -- going deep too fast: the first formula comes before any plain-language sentence
  check("order", not math_first,
    "Math before intuition: start with what it means, then go deeper if the interviewer wants.")
  if format == "rapid-fire" then
    check("length", nsent <= 4 and words <= 90, ("Rapid-fire answers are two or three sentences; "
      .. "this one is %d sentences and %d words."):format(nsent, words))
  end
  if q.format == "scenario" and not (ctx and ctx.part) then
    check("clarifying", clarifying:test(text), "Start a scenario by asking a clarifying question "
      .. "or stating your assumptions (data size, costs of errors, latency).")
  end

  local n, good = 0, 0
  for _, ok in pairs(r.checks) do
    n = n + 1
    if ok then good = good + 1 end
  end
  r.score = n > 0 and good / n or 1
  return r
end

return M
