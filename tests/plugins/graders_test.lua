-- The graders on real bank questions: paraphrases and typos accepted, negated
-- and reversed statements rejected, misconceptions penalised with their
-- explanation, parroting scored low, composition and isolation.
local t = require("tap")
local grade = require("lib.grade")
local keyword = require("graders.keyword")
local coach = require("graders.framework")
local pick = require("lib.questions")

local function q(id) return assert(drill.bank.get(id), id) end
local function kw(id, text) return keyword.grade(q(id), text, { rubric = q(id).rubric }) end
local function hit(r, name)
  for _, h in ipairs(r.hits) do if h.name == name then return h end end
end
local function miss(r, name)
  for _, m in ipairs(r.misses) do if m.name == name then return m end end
end

local BV_BIAS = "high bias = too simple, underfitting"
local BV_VAR = "high variance = fits noise, overfitting"

-- paraphrase: none of the model answer's wording
local r = kw("core.bias-variance", "A model that is too rigid systematically misses the real pattern, while a very "
  .. "flexible one memorises the noise of its sample. Expected error splits into bias squared plus variance plus "
  .. "an irreducible part, so I tune capacity with cross-validation.")
t.ok(r.pass and r.score >= 0.9, "a paraphrase in other words passes", r.score)
local h = hit(r, BV_BIAS)
t.ok(h and h.alternative and h.pattern and h.text, "a hit reports which alternative matched and the text")

-- typos: scaled to word length
r = kw("core.bias-variance", "Bias is undrefitting from a simple model; variance is memorising noise.")
h = hit(r, BV_BIAS)
t.ok(h ~= nil and h.typo and h.typo.from == "undrefitting", "a typo in a long word is accepted (undrefitting)")
local fb = table.concat(r.feedback, "\n")
t.ok(fb:find('Read "undrefitting" as', 1, true) ~= nil, "the accepted typo is named in the feedback", fb)
local v = drill.text.vocab({ "bias", "regularization", "variance" })
t.eq(v:correct("bais"), nil, "no typo tolerance in words under five letters")
t.eq(v:correct("regularizaton"), "regularization", "one typo in a long word is corrected")
t.eq(v:correct("varaince"), "variance", "a transposition in an eight-letter word is corrected")
t.eq(v:correct("varyance"), "variance", "a substitution in an eight-letter word is corrected")
t.eq(v:correct("vrnc"), nil, "a word too far from any vocabulary word is left alone")
t.eq(drill.text.vocab({ "model" }):correct("modle"), "model", "five-letter words allow one typo")
t.eq(drill.text.vocab({ "model" }):correct("mdoel"), "model", "... a transposition included")
t.eq(drill.text.vocab({ "model" }):correct("mdlee"), nil, "... but not two")
t.eq(drill.text.vocab({ "mean" }):correct("maen"), nil, "four-letter words allow none")
t.eq(drill.text.vocab({ "αβγδ" }):correct("αβδγ"), nil, "... four characters of more bytes neither")
t.eq(drill.text.vocab({ "model" }):correct("A Modle."), "A model.", "a word's own case and the text around it")
-- a vocabulary of a whole text: its words, normalised and lower-cased, each once
local tv = drill.text.vocab("The Variance — variance, and\nREGULARIZATION; don't k-means 42")
t.eq(tv:correct("varaince"), "variance", "a text's vocabulary corrects like a list's")
t.eq(tv:correct("regularizaton"), "regularization", "... its words lower-cased")
t.eq(drill.text.vocab("Stratification, the MEANS", 5):correct("stratificaton"), "stratification",
  "a text's words of at least min characters are kept")
t.eq(drill.text.vocab("Stratification", 15):correct("stratificaton"), nil, "... and no shorter one")
t.eq(drill.text.vocab("αβγδε", 5):correct("αβγδζ"), "αβγδε", "... counted in characters, not bytes")
t.ok(not pcall(drill.text.vocab, "text", "five"), "... min is a number")
local with_known = drill.text.vocab({ "smearing" })
t.eq(with_known:correct("squaring"), "smearing", "without a known word, a near word is corrected")
t.eq(with_known:correct("squaring", drill.text.vocab("Squaring the error")), nil,
  "a word of a known text is never corrected")
t.eq(with_known:correct("squaring", drill.text.vocab("")), "smearing", "an empty text knows no word")

-- negation: "not X" does not state X
r = kw("core.bias-variance", "The tradeoff is not about underfitting. It is about noise in the labels.")
local m = miss(r, BV_BIAS)
t.ok(m and m.negated, "a concept stated only as a negation does not count", m and m.name)
t.ok(table.concat(r.feedback, "\n"):find("stated only as a negation", 1, true) ~= nil, "the feedback says so")
r = kw("core.bias-variance", "Bias is not only underfitting from a model that is too simple.")
t.ok(hit(r, BV_BIAS) ~= nil, "'not only X' still states X")
r = kw("core.bias-variance", "It doesn't overfit, but high variance models do memorise noise.")
t.ok(hit(r, BV_VAR) ~= nil, "a later, unnegated statement counts after a negated one")

-- misconceptions: penalised with their explanation, unless denied
r = kw("core.bias-variance", "High bias is underfitting and high variance is overfitting; more data reduces bias.")
t.ok(#r.misconceptions == 1 and r.misconceptions[1].feedback ~= "", "a misconception is found, with its explanation")
local clean = kw("core.bias-variance", "High bias is underfitting and high variance is overfitting.")
t.ok(r.score < clean.score, "a misconception lowers the score", r.score .. " vs " .. clean.score)
t.ok(table.concat(r.feedback, "\n"):find("Misconception:", 1, true) ~= nil, "the feedback explains the misconception")
r = kw("core.bias-variance", "High bias is underfitting; more data does not reduce bias, it reduces variance.")
t.eq(#r.misconceptions, 0, "a denied misconception is not penalised")
-- a misconception named only to reject it is not held against the answer; one turned back to is
r = kw("core.bias-variance", "High bias is underfitting and high variance is overfitting. A common misconception "
  .. "is that more data reduces bias.")
t.eq(#r.misconceptions, 0, "a misconception framed as a common mistake is not penalised")
r = kw("core.bias-variance", "High bias is underfitting and high variance is overfitting. People often assume "
  .. "more data reduces bias.")
t.eq(#r.misconceptions, 0, "... nor one framed as what people assume")
r = kw("core.bias-variance", "High bias is underfitting and high variance is overfitting. Bias matters less than "
  .. "people think: more data reduces bias.")
t.eq(#r.misconceptions, 1, "a comparison with what people think ('less than people think: ...') is the answer's own")
r = kw("core.bias-variance", "High bias is underfitting and high variance is overfitting. It is not as hard as "
  .. "most people assume: more data reduces bias.")
t.eq(#r.misconceptions, 1, "... as is 'not as hard as most people assume'")
r = kw("core.bias-variance", "High bias is underfitting and high variance is overfitting. Some say it is a myth, "
  .. "but in fact more data reduces bias.")
t.eq(#r.misconceptions, 1, "a misconception the answer turns back to ('but in fact') is penalised")
r = kw("core.no-free-lunch", "Averaged over all target functions every learner has the same off-training-set "
  .. "error, so you need an inductive bias. Saying all algorithms are equally good in practice is wrong.")
t.eq(#r.misconceptions, 0, "a misconception disowned right after ('... is wrong') is not penalised")
-- an alternative weighed and turned down is not claimed; the same words claimed are
local scaling = "Each score sums d_k products of unit variance, so its variance is d_k and the softmax saturates. "
r = kw("adv.attention-scaling-variance", scaling .. "Dividing by the square root of d_k brings the variance back "
  .. "to one; dividing by d_k itself would overcorrect, leaving a variance of one over d_k.")
t.eq(#r.contradictions, 0, "an alternative the answer turns down ('... would overcorrect') is not held against it")
r = kw("adv.attention-scaling-variance", scaling .. "Dividing by d_k brings the variance back to one.")
t.ok(#r.contradictions > 0, "the same alternative claimed is still a contradiction")

-- reversed cause and effect
r = kw("sup.bagging-vs-boosting", "Bagging reduces bias and boosting reduces variance; bagging trains deep trees in "
  .. "parallel on bootstrap samples, boosting fits weak learners sequentially to residuals.")
local m_bag = miss(r, "bagging reduces variance")
t.ok(m_bag and (m_bag.reversed or m_bag.contradicted), "a concept stated the wrong way round does not count")
t.ok(not r.pass, "an answer with bias and variance swapped fails", r.score)
local right = kw("sup.bagging-vs-boosting", "Bagging reduces variance and boosting reduces bias; bagging trains deep "
  .. "trees in parallel on bootstrap samples, boosting fits weak learners sequentially to residuals.")
t.ok(right.pass and right.score > r.score + 0.5, "the same answer the right way round passes", right.score)

-- feedback says what the model answer says for every miss
r = kw("core.bias-variance", "It is a tradeoff.")
t.eq(#r.feedback >= #r.misses, true, "every miss has a feedback line")
t.ok(r.feedback[1]:find(q("core.bias-variance").rubric.concepts[1].feedback, 1, true) ~= nil,
  "a miss's feedback quotes what the model answer says")

-- parroting the question scores low, for every question in the banks
local worst, worst_id, passed = 0, nil, 0
for _, question in ipairs(drill.bank.questions()) do
  local pr = keyword.grade(question, question.prompt, { rubric = question.rubric })
  if pr.score > worst then worst, worst_id = pr.score, question.id end
  if pr.pass then passed = passed + 1 end
end
t.eq(passed, 0, "no question's own prompt passes its rubric")
t.ok(worst <= 0.4, "parroting the question scores at most 40% on every question", worst_id .. " " .. worst)

-- composition and isolation, through lib.grade
local base = q("core.bias-variance")
local model = pick.model_text(base)
local res = assert(grade.answer(base, model))
t.ok(res.pass and res.graders[1].name == "keyword", "by default a rubric with concepts is graded by keyword")
t.ok(res.coach ~= nil, "the coach always reports")
local fake = { id = "test.compose", format = "conceptual", prompt = base.prompt, answer = base.answer,
  rubric = { pass = 0.5, concepts = base.rubric.concepts, graders = { { name = "keyword", weight = 3 },
    { name = "framework", weight = 1 } } } }
res = assert(grade.answer(fake, model))
local k, f = res.graders[1].result.score, res.graders[2].result.score
t.ok(math.abs(res.score - (3 * k + f) / 4) < 1e-9, "weights combine the graders' scores", res.score)
fake.rubric.graders = { { name = "runaway", weight = 1 } }
local ok, err, kind = grade.answer(fake, model)
t.ok(ok == nil and kind == "limit" and err:find("grading question test.compose with runaway", 1, true),
  "a runaway grader fails that answer with a limit error naming the question", err)
fake.rubric.graders = { { name = "noscore", weight = 1 } }
ok, err = grade.answer(fake, model)
t.ok(ok == nil and err:find("returned no score", 1, true), "a grader without a score is an error", err)
fake.rubric.graders = { { name = "nosuch", weight = 1 } }
ok, err = grade.answer(fake, model)
t.ok(ok == nil and err:find("nosuch", 1, true), "an unknown grader is an error naming it", err)

-- the similarity grader: no rubric needed
local similarity = require("graders.similarity")
local bv = q("core.bias-variance")
local para = similarity.grade(bv, "A model that is too rigid systematically misses the real pattern, while a very "
  .. "flexible one memorises the noise of its sample; tune capacity with cross-validation.", {})
local unrelated = similarity.grade(bv, "Softmax turns logits into probabilities that sum to one.", {})
t.ok(para.score > 0.3 and para.score > unrelated.score + 0.3 and unrelated.score < 0.1,
  "similarity: a paraphrase scores clearly above an unrelated answer",
  para.score .. " / " .. unrelated.score)
local worst_sim, worst_sim_id = 0, nil
for _, question in ipairs(drill.bank.questions()) do
  local sr = similarity.grade(question, question.prompt, {})
  if sr.score > worst_sim then worst_sim, worst_sim_id = sr.score, question.id end
end
t.ok(worst_sim <= 0.3, "similarity: repeating the question scores low on every question", worst_sim_id .. " " .. worst_sim)
t.ok(table.concat(unrelated.feedback, "\n"):find("model answer also talks about", 1, true),
  "similarity: feedback names the model answer's missing terms")
local norubric = { id = "test.norubric", format = "conceptual", prompt = bv.prompt, answer = bv.answer }
local nr = assert(grade.answer(norubric, pick.model_text(bv)))
t.ok(nr.graders[1].name == "similarity" and nr.pass, "a question without a rubric is graded by similarity")

-- the framework coach
local rf = q("rf.softmax")
local c = coach.grade(rf, ("Softmax turns scores into probabilities. "):rep(6), {})
t.ok(table.concat(c.feedback, "\n"):find("two or three sentences", 1, true), "coach: too long for rapid fire")
c = coach.grade(base, "I don't know.", {})
t.ok(table.concat(c.feedback, "\n"):find("reason out loud", 1, true), "coach: giving up without reasoning")
c = coach.grade(base, "E[(y - f(x))^2] = bias^2 + variance + sigma^2. So it is a tradeoff.", {})
t.ok(c.checks.summary == false and c.checks.order == false, "coach: math before intuition")
c = coach.grade(base, "It is the tension between underfitting and overfitting. Think of a target: bias is "
  .. "aim, variance is scatter. In practice I tune it with cross-validation.", {})
t.ok(c.checks.summary and c.checks.intuition and c.checks.practice, "coach: the four steps are recognised")
c = coach.grade(q("scn.imbalanced-small-data"), "I would train a random forest with class weights.", {})
t.ok(c.checks.clarifying == false, "coach: a scenario without a clarifying question")
c = coach.grade(q("scn.imbalanced-small-data"), "First, what does a false negative cost? I would train a "
  .. "regularised logistic regression with class weights.", {})
t.ok(c.checks.clarifying == true, "coach: a clarifying question is recognised")

-- a pattern that itself states a denial is not cancelled by its own "no", escaped or not
local rubrics = require("lib.rubric")
local denial_q = { id = "t.denial", prompt = "What does the hinge loss do beyond the margin?" }
local denial_r = { concepts = { { name = "no loss beyond the margin", patterns = { "\\bno loss beyond the margin" },
  feedback = "Points beyond the margin cost nothing." } } }
local ev = rubrics.compile(denial_q, denial_r).ev:run("There is no loss beyond the margin.")
t.ok(ev.concepts[1] and ev.concepts[1].state == "stated", "a pattern that states a denial ('\\bno ...') stands")

-- what a "rather than" inside a match turns down is not stated; past a clause's end it is
local rt_q = { id = "t.rather", prompt = "How does a linear autoencoder relate to PCA?" }
local rt_r = { concepts = {
  { name = "PCA subspace", patterns = { "\\bautoencoders?\\b[^.]{0,60}\\bpca\\b" }, feedback = "PCA." },
  { name = "by norm", patterns = { "\\bby norm rather than by value" }, feedback = "Norm." } } }
local rt = rubrics.compile(rt_q, rt_r).ev
local function rt_state(text, i) return (rt:run(text).concepts[i] or { state = "missing" }).state end
t.ok(rt_state("A linear autoencoder learns the same subspace as PCA.", 1) == "stated",
  "rather than: a plain statement stands")
t.ok(rt_state("A linear autoencoder is equivalent to LDA rather than PCA.", 1) ~= "stated",
  "rather than: what it turns down is not stated")
t.ok(rt_state("A linear autoencoder is equivalent to LDA instead of PCA.", 1) ~= "stated",
  "instead of: what it turns down is not stated")
t.ok(rt_state("A linear autoencoder, rather than a deep one, spans the PCA subspace.", 1) == "stated",
  "rather than: past a clause's end the statement goes on")
t.ok(rt_state("Clip by norm rather than by value.", 2) == "stated",
  "a pattern that says 'rather than' itself stands")

-- a negation kept out of a match by a negative lookaround states no denial: a negation
-- before the match still cancels it
local nl_q = { id = "t.lookaround", prompt = "What is the kernel trick?" }
local nl_r = { concepts = { { name = "implicit", patterns = { "\\bimplicit" }, feedback = "Implicit.",
  reversed = { "(?<!instead of )(?<!rather than )\\bcomput\\w* (?:\\w+ ){0,2}explicitly",
    "\\bexplicitly (?:map|comput)\\w*(?!(?:\\w+ ){0,2}\\b(?:never|not)\\b)" } } } }
local nl = rubrics.compile(nl_q, nl_r).ev
local function nl_state(text) return (nl:run(text).concepts[1] or { state = "missing" }).state end
t.ok(nl_state("It works in the feature space implicitly, without ever computing the features explicitly.")
  == "stated", "a negative lookbehind states no denial: 'without ever computing ... explicitly' is no reversal")
t.ok(nl_state("It is never explicitly mapping the points.") == "missing",
  "a negative lookahead states no denial: a negation before the match cancels it")
t.ok(nl_state("It works by computing the features explicitly.") == "contradicted",
  "the reversed statement itself still contradicts")

-- a claim said of a rival first and of its subject later is stated, and reported as such
local cl_q = { id = "t.claim", prompt = "Which models need feature scaling?" }
local cl_r = { concepts = { { name = "trees are invariant", feedback = "Trees.",
  claim = { subject = { "\\btrees?\\b" }, rivals = { "\\bsvms?\\b" }, says = { "\\binvariant\\b" },
    derive = false } } } }
local cl = rubrics.compile(cl_q, cl_r).ev:run("SVMs are invariant to it. Trees are invariant too.").concepts[1]
t.ok(cl and cl.state == "stated" and cl.via == "claim" and cl.text == "invariant" and cl.about == "Trees"
  and cl.rival == nil, "a claim stated of its subject after a rival: stated, with its text and subject")
cl = rubrics.compile(cl_q, cl_r).ev:run("SVMs are invariant to it.").concepts[1]
t.ok(cl and cl.state == "missing" and cl.rival and cl.rival.about == "SVMs", "said of a rival only: missing")

-- a compiled rubric's pattern sources come from the engine, as the author gave them: the widened
-- form is the engine's own; the plain copy keeps what a grader reads, not the patterns
local src_q = { id = "t.sources", prompt = "What does batch normalisation do?" }
local src_r = { concepts = {
  { name = "normalises", feedback = "It normalises.", patterns = { "\\bsubtract\\w* the mean", "\\bcentres\\b" },
    reversed = { "\\bmultipl\\w* by the mean" } },
  { name = "learned scale", feedback = "Scale.", statement = "It learns a scale and shift.", core = true,
    claim = { subject = { "\\bgamma\\b" }, says = { "\\blearn\\w*" }, derive = false } } },
  misconceptions = { { name = "test statistics", feedback = "Running averages.", patterns = { "\\btest batch\\b" } } } }
local sc = rubrics.compile(src_q, src_r)
t.ok(sc.ev:source(1, "pattern", 1) == "\\bsubtract\\w* the mean" and sc.ev:source(1, "pattern", 2) == "\\bcentres\\b"
  and sc.ev:source(1, "reversed", 1) == "\\bmultipl\\w* by the mean", "ev:source: the author's patterns, not their widened forms")
t.ok(sc.ev:source(1, "pattern", 3) == nil and sc.ev:source(1, "contrast", 1) == nil,
  "ev:source: nil past an item's alternatives")
t.ok(sc.ev:source(2, "subject", 1) == "\\bgamma\\b" and sc.ev:source(2, "says", 1) == "\\blearn\\w*"
  and sc.ev:source(1, "pattern", 1, true) == "\\btest batch\\b", "ev:source: claims' roles and misconceptions")
t.ok(not pcall(sc.ev.source, sc.ev, 3, "pattern", 1) and not pcall(sc.ev.source, sc.ev, 1, "nonsense", 1)
  and not pcall(sc.ev.source, sc.ev, 2, "pattern", 1, true), "ev:source raises for an item past its kind's, or no role")
local roles = sc.concepts[1].roles
t.ok(#sc.concepts == 2 and #sc.misconceptions == 1 and sc.concepts[3] == nil and #roles.pattern == 2
  and roles.pattern[2] == "\\bcentres\\b" and #roles.reversed == 1 and #roles.says == 0
  and sc.misconceptions[1].roles.reversed == nil and sc.misconceptions[1].roles.pattern[1] == "\\btest batch\\b",
  "compile: each item's roles, made from the engine")
t.ok(sc.rubric.concepts[1].patterns == nil and sc.rubric.concepts[2].claim == nil and sc.rubric.misconceptions[1].patterns == nil
  and sc.rubric.concepts[2].core == true and sc.rubric.concepts[2].statement == "It learns a scale and shift."
  and src_r.concepts[1].patterns[1] == "\\bsubtract\\w* the mean", "compile: the plain copy without patterns; the rubric itself untouched")
local sh = keyword.grade({ id = "t.sources", prompt = src_q.prompt, rubric = src_r }, "It subtracts the mean, and gamma is learned.",
  { own_words = false })
t.ok(sh.hits[1] and sh.hits[1].pattern == "\\bsubtract\\w* the mean" and sh.hits[2] and sh.hits[2].pattern == "\\blearn\\w*",
  "a hit names the author's pattern behind it")

-- a contradiction named only to reject it costs nothing, and the concept stated elsewhere counts
local dq = { id = "t.disown", prompt = "How does rotary position embedding encode position?" }
dq.rubric = { pass = 0.6, concepts = { { name = "rotates queries and keys", feedback = "It rotates them.",
  patterns = { "\\brotat\\w*" }, reversed = { "\\badded to the embeddings" } } } }
local function dgrade(text) return keyword.grade(dq, text, { rubric = dq.rubric, own_words = false }) end
r = dgrade("A common mistake is to think it is added to the embeddings; it rotates the queries and keys.")
t.ok(#r.hits == 1 and #r.contradictions == 0 and r.pass, "a rejected contradiction leaves the concept stated",
  r.score)
r = dgrade("It is added to the embeddings, and it rotates the queries and keys.")
t.ok(#r.hits == 0 and #r.contradictions == 1 and not r.pass, "a contradiction not rejected still fails it")
r = dgrade("With i.i.d. data and a 0.9 ratio, a common mistake is to think it is added to the embeddings; "
  .. "it rotates the queries and keys.")
t.ok(#r.hits == 1 and #r.contradictions == 0, "an abbreviation or a decimal point does not end the sentence")
r = dgrade("People mix them up and say it is added to the embeddings; it rotates the queries and keys.")
t.ok(#r.hits == 1 and #r.contradictions == 0, "'mix them up' rejects what follows")
-- rejected however a candidate who corrects it frames it: {answer, contradictions, what}
for _, case in ipairs({
  { "A common confusion is that it is added to the embeddings. It isn't: it rotates the queries and keys.", 0,
    "a sentence rejected as the next one opens ('It isn't:')" },
  { "It is added to the embeddings. That's backwards - it rotates the queries and keys.", 0,
    "... or 'That's backwards'" },
  { "It is added to the embeddings. It is not learned, and it rotates the queries and keys.", 1,
    "a next sentence that opens 'It is not' and goes on rejects nothing" },
  { "It's not that it is added to the embeddings; it rotates the queries and keys.", 0,
    "'It's not that ...' rejects what follows" },
  { "Juniors often assume it is added to the embeddings, but it rotates the queries and keys.", 0,
    "what others are said to assume is not the answer's own" },
  { "We often say it is added to the embeddings, and it rotates the queries and keys.", 1,
    "what the speaker says is" },
}) do
  r = dgrade(case[1])
  t.ok(#r.contradictions == case[2] and (case[2] == 1 or #r.hits == 1), case[3], r.score)
end
r = dgrade("People often say it rotates the queries and keys - that's backwards: it is added to the embeddings.")
t.ok(#r.contradictions == 1 and not r.pass, "an error the answer turns to after rejecting the right view is its own")

-- a rival's statement said of no one, where the question names both: the answer gives both
-- definitions without saying which is which, and neither contradicts the other
local function pr_rubric()
  return { pass = 0.6, concepts = {
    { name = "precision", feedback = "Precision: of everything flagged, the share right.",
      claim = { subject = { "\\bprecision\\b" }, says = { "\\bof everything (?:it )?flagged\\b" },
        contrasts = { "\\bof (?:all )?the real positives\\b" } } },
    { name = "recall", feedback = "Recall: of the real positives, the share flagged.",
      claim = { subject = { "\\brecall\\b" }, says = { "\\bof (?:all )?the real positives\\b" },
        contrasts = { "\\bof everything (?:it )?flagged\\b" } } } } }
end
local both = { id = "t.pr", prompt = "What are precision and recall?", rubric = pr_rubric() }
local function prgrade(pq, text) return keyword.grade(pq, text, { rubric = pq.rubric, own_words = false }) end
r = prgrade(both, "Of everything flagged, the share that is right, and of the real positives, the share it flagged.")
t.ok(#r.hits == 2 and #r.contradictions == 0 and r.pass, "two definitions said of no one: both credited", r.score)
r = prgrade(both, "Precision is of all the real positives, the share flagged.")
t.ok(#r.contradictions == 1 and not r.pass, "a definition said of the wrong subject still contradicts it")
r = prgrade(both, "They are of everything flagged and of the real positives.")
t.ok(#r.contradictions == 2, "... and two said in one breath map neither")
local one = { id = "t.p", prompt = "What is precision?", rubric = pr_rubric() }
r = prgrade(one, "Of everything flagged, the share that is right, and of the real positives, the share it flagged.")
t.ok(#r.contradictions > 0, "where the question names one subject, what the answer says is of it")

-- a concept's everyday wording (`plain`): a sentence that says most of it, in its own words, is credited
local pq = { id = "t.plain", prompt = "Why does early stopping regularise?" }
local pr = { pass = 0.6, concepts = { { name = "stops when validation loss stops improving", core = true,
  patterns = { "\\bvalidation (?:loss|error)\\b[^.;]{0,30}\\bstops? (?:improving|decreasing)" },
  feedback = "Stop when the validation loss stops improving.",
  plain = "Keep checking on data held back from training and quit once it stops getting better." } } }
local function pgrade(text, rubric)
  return keyword.grade(pq, text, { rubric = rubric or pr })
end
r = pgrade("You keep an eye on data you held back from training, and you quit once that number stops getting "
  .. "better.")
t.ok(r.pass and #r.hits == 1 and r.hits[1].own_words, "the everyday wording said in other words is credited",
  r.score)
local bare = { pass = 0.6, concepts = { { name = pr.concepts[1].name, core = true, patterns = pr.concepts[1].patterns,
  feedback = pr.concepts[1].feedback } } }
t.ok(not pgrade("You keep an eye on data you held back from training, and you quit once that number stops getting "
  .. "better.", bare).pass, "... and not without it")
t.ok(not pgrade("You train on all the data and quit once it stops getting better on the training data.").pass,
  "an answer that misses the point is not credited for sharing a few of its words")
local several = { pass = 0.6, concepts = { { name = pr.concepts[1].name, core = true,
  patterns = pr.concepts[1].patterns, feedback = pr.concepts[1].feedback,
  plain = { "Quit when the score on held-back data stops rising.", "Halt once the practice exam score peaks." } } } }
r = pgrade("Basically you halt training once the score on the practice exam peaks.", several)
t.ok(r.pass and r.hits[1] and r.hits[1].own_words, "any one of several everyday wordings is credited", r.score)

-- the core at the full level: at least half its weight stated; at the core level, all of it
local core_q = { id = "t.core", prompt = "Describe the widget." }
core_q.rubric = { pass = 0.6, concepts = {
  { name = "core one", core = true, patterns = { "\\balpha\\b" }, feedback = "Alpha." },
  { name = "core two", core = true, patterns = { "\\bbeta\\b" }, feedback = "Beta." },
  { name = "depth one", patterns = { "\\bgamma\\b" }, feedback = "Gamma." },
  { name = "depth two", patterns = { "\\bdelta\\b" }, feedback = "Delta." } } }
local function core_grade(text, level)
  return keyword.grade(core_q, text, { rubric = core_q.rubric, level = level, own_words = false })
end
r = core_grade("Alpha, then gamma and delta.")
t.ok(r.pass and math.abs(r.score - 0.7) < 1e-9, "full level: one of two core concepts and all the depth passes",
  r.score)
t.ok(not core_grade("Alpha, then gamma and delta.", "core").pass, "core level: the same answer fails")
r = core_grade("Alpha, then gamma.")
t.ok(not r.pass and math.abs(r.score - 0.5) < 1e-9, "full level: half the core and half the depth fails", r.score)
r = core_grade("Gamma and delta.")
t.ok(not r.pass and r.required_missed, "full level: no core concept fails whatever the depth", r.score)
r = core_grade("Alpha and beta.")
t.ok(r.pass and core_grade("Alpha and beta.", "core").pass, "the whole core passes at both levels", r.score)

-- a required concept: missing it fails the answer, unless the answer reaches the pass mark saying
-- nothing wrong in a rubric with depth beyond its core; in a short rubric it is the answer
local req_q = { id = "t.required", prompt = "Describe the gadget." }
req_q.rubric = { pass = 0.6, concepts = {
  { name = "core one", core = true, required = true, patterns = { "\\balpha\\b" }, feedback = "Alpha." },
  { name = "core two", core = true, patterns = { "\\bbeta\\b" }, feedback = "Beta." },
  { name = "core three", core = true, patterns = { "\\bepsilon\\b" }, feedback = "Epsilon." },
  { name = "depth one", patterns = { "\\bgamma\\b" }, feedback = "Gamma." },
  { name = "depth two", patterns = { "\\bdelta\\b" }, feedback = "Delta." } },
  misconceptions = { { name = "zeta", patterns = { "\\bzeta\\b" }, feedback = "Not zeta." } } }
local function req_grade(rubric, text, level)
  return keyword.grade(req_q, text, { rubric = rubric, level = level, own_words = false })
end
r = req_grade(req_q.rubric, "Beta and epsilon, then gamma and delta.")
t.ok(r.pass and r.score >= 0.6, "a thorough answer passes without its required concept", r.score)
t.ok(not req_grade(req_q.rubric, "Beta and epsilon, then gamma and delta.", "core").pass,
  "the core level still wants it")
r = req_grade(req_q.rubric, "Beta and epsilon, then gamma and delta, and zeta.")
t.ok(not r.pass, "not when it says something wrong", r.score)
r = req_grade(req_q.rubric, "Beta and epsilon.")
t.ok(not r.pass, "nor below the pass mark", r.score)
local short = { pass = 0.6, concepts = { req_q.rubric.concepts[1], req_q.rubric.concepts[2],
  req_q.rubric.concepts[3], req_q.rubric.concepts[4] } }
r = req_grade(short, "Beta and epsilon, then gamma.")
t.ok(not r.pass and r.required_missed, "in a rubric with no depth beyond its core it is the answer", r.score)
local unmarked = { pass = 0.6, concepts = {} }
for i, concept in ipairs(req_q.rubric.concepts) do
  unmarked.concepts[i] = { name = concept.name, required = concept.required, patterns = concept.patterns,
    feedback = concept.feedback }
end
r = req_grade(unmarked, "Beta and epsilon, then gamma and delta.")
t.ok(not r.pass and r.required_missed, "a rubric that marks no core keeps it required", r.score)

-- a quotation mark does not hide a negation from what follows it
r = kw("core.parametric-vs-nonparametric", "Parametric models have a fixed set of parameters. "
  .. "Non-parametric ones grow with the data. It doesn't mean 'no parameters'.")
t.ok(#r.contradictions == 0 and r.pass, "\"doesn't mean 'no parameters'\" contradicts nothing", r.score)
r = kw("core.parametric-vs-nonparametric", "Parametric models have a fixed set of parameters. "
  .. "Non-parametric ones grow with the data; they have 'no parameters'.")
t.ok(#r.contradictions == 1, "\"they have 'no parameters'\" still does", r.score)

-- maths typed in TeX is read as the same maths typed in plain text
local plain_ridge = "J(w) = ||y - Xw||^2 + lambda ||w||^2. Setting grad_w J = -2 X^T (y - Xw) + 2 lambda w = 0 "
  .. "gives w_hat = (X^T X + lambda I)^-1 X^T y. X^T X is positive semi-definite, so adding lambda I lifts every "
  .. "eigenvalue to at least lambda > 0 and the matrix is invertible even when X^T X is singular."
local tex_ridge = [[J(w) = \|y - Xw\|^2 + \lambda \|w\|^2. Setting \nabla_w J = -2 X^\top (y - Xw) + ]]
  .. [[2\lambda w = 0 gives \hat{w} = (X^\top X + \lambda I)^{-1} X^\top y. X^\top X is positive semi-definite, ]]
  .. [[so adding \lambda I lifts every eigenvalue to at least \lambda > 0 and the matrix is invertible even when ]]
  .. [[X^\top X is singular.]]
local rp, rtex = kw("drv.ridge-closed-form", plain_ridge), kw("drv.ridge-closed-form", tex_ridge)
t.ok(rp.pass and rtex.pass and rtex.score == rp.score, "a derivation in TeX scores as the same in plain text",
  rp.score, rtex.score)
rp = kw("adv.attention-scaling", "Attention is softmax(QK^T / sqrt(d_k)) V. With unit-variance components the dot "
  .. "product has variance d_k, so unscaled logits saturate the softmax and its gradients vanish; dividing keeps "
  .. "the variance at 1.")
rtex = kw("adv.attention-scaling", [[Attention is \mathrm{softmax}\left(\frac{QK^\top}{\sqrt{d_k}}\right) V. With ]]
  .. [[unit-variance components the dot product has variance d_k, so unscaled logits saturate the softmax and its ]]
  .. [[gradients vanish; dividing keeps the variance at 1.]])
t.ok(rp.pass and rtex.score == rp.score, "\\frac{QK^\\top}{\\sqrt{d_k}} is QK^T/sqrt(d_k)", rp.score, rtex.score)

return t.done()
