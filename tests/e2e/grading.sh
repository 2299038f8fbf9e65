#!/usr/bin/env bash
# Grading engine v2 through the real binary: claims bound to their subject,
# contrasts, levels, the thesaurus, own words, and bad rubrics.
DRILL=$1
source "$(dirname "$0")/lib.sh"
B="$FIX/banks/v2"

grade() { # question answer [args...]
  local q=$1 a=$2
  shift 2
  out=$(printf '%s' "$a" | "$DRILL" --no-store --bank "$B" grade.lua --question "$q" --format json "$@" 2>"$TMP/err")
  rc=$?
}

grade_builtin() { # question answer: graded against the built-in banks
  out=$(printf '%s' "$2" | "$DRILL" --no-store grade.lua --question "$1" --format json 2>"$TMP/err")
  rc=$?
}

grade v2.type-errors "Type I is a false positive and type II is a false negative."
expect_rc "a right answer passes" 0
grade v2.type-errors "Type II is a false positive and type I is a false negative."
expect_rc "swapped definitions fail, though every right word is there" 1
expect_eq "both claims are named as contradicted" \
  "$(jq -r '[.graders[0].contradictions[].name] | join(";")' <<<"$out")" \
  "Type I error = false positive;Type II error = false negative"
expect_in "the feedback quotes what was said and gives the fact" "$(jq -r '.feedback[0]' <<<"$out")" \
  'You said "type I is a false negative"'
grade v2.type-errors "A Type I error, in other words a false negative, is when we wrongly keep the null. A false positive is a Type II error."
expect_rc "a claim said of the wrong subject earns nothing" 1
grade v2.type-errors "Type I, not Type II, is a false positive: rejecting a true null. Type II is a false negative."
expect_rc "what a sentence is not about ('not Type II') owns nothing after it" 0
grade v2.type-errors "Type II, not Type I, is a false positive: rejecting a true null. Type I is a false negative."
expect_rc "and said the other way round, it fails" 1
grade v2.type-errors "Two ways to be wrong: a false positive, like a Type I error, where we reject a true null, and a false negative, like a Type II error, where we keep a false one."
expect_rc "an example named after a claim ('like a Type II error') is what the claim is about" 0
grade v2.type-errors "Two ways to be wrong: a false negative, like a Type I error, where we reject a true null, and a false positive, like a Type II error, where we keep a false one."
expect_rc "and named the other way round, it fails" 1
grade v2.type-errors "Type I means rejecting a true null; it is a false positive far more costly than a Type II error. Type II is a false negative."
expect_rc "what a clause only compares with ('than a Type II error') is not who it is said of" 0
grade v2.type-errors "Type I means rejecting a true null; it is a false negative far more costly than a Type II error. Type II is a false positive."
expect_rc "and said the other way round, it fails" 1

# a negation in a condition does not deny the main clause after it, comma or none (the built-in bank)
l1="L1 bills every weight by its plain size, so even a tiny weight still costs the same per unit; if it isn't earning its keep it goes to zero. Squared, a small weight costs almost nothing, so it shrinks but stays."
grade_builtin core.l1-vs-l2 "$l1"
expect_rc "'if it isn't earning its keep it goes to zero' says it goes to zero" 0
grade_builtin core.l1-vs-l2 "${l1/it goes to zero/it never goes to zero}"
expect_rc "and 'it never goes to zero' denies it" 1

# a clause opening with "while" turns to another subject: what came before is not said of it
w="L1 gives zeros. Its push stays constant all the way down, so weak weights get clamped to zero, while the squared penalty's push dies away near zero."
grade_builtin core.l1-vs-l2 "$w"
expect_rc "'..., while the squared penalty's push dies away' does not take what came before" 0
grade_builtin core.l1-vs-l2 "L2 gives zeros. Its push stays constant all the way down, so weak weights get clamped to zero, while the absolute penalty's push dies away near zero."
expect_rc "and said of L2, with L1 after 'while', it fails" 1

# a question opening a clause with a negative auxiliary asks to agree: it states what it asks
q="L1 adds the absolute weights to the loss, and its push stays constant however small a weight gets; so doesn't it zero out weights? L2 adds the squares, whose push fades near zero, so it only shrinks them."
grade_builtin core.l1-vs-l2 "$q"
expect_rc "'...; so doesn't it zero out weights?' says that it does" 0
grade_builtin core.l1-vs-l2 "${q/; so doesn\'t it zero out weights?/; so it doesn\'t zero out weights.}"
expect_rc "and '...; so it doesn't zero out weights.' denies it" 1

# "why not X" suggests X, where "not X" denies it (the built-in bank)
b="Several routes, unknown which is fastest: stick with the best so far or test others? Try a random one now and then; or why not favour routes you're least sure of; or draw a guess from your beliefs about each and take the best."
grade_builtin adv.bandits "$b"
expect_rc "'why not favour the routes you're least sure of' says to favour them" 0
grade_builtin adv.bandits "${b/why not favour/do not favour}"
expect_rc "and 'do not favour them' denies it" 1

# a clause whose subject points back ("its", "it") is about what came before, not a rival
# named later that the clause only compares with (the built-in bank: sigmoid and tanh are rivals)
r="ReLU is max(0, x). Its derivative is exactly 1 for positive inputs, so it doesn't saturate like sigmoid or tanh, whose derivatives are small, and it is cheap."
grade_builtin rf.relu "$r"
expect_rc "'its derivative is 1, so it doesn't saturate like sigmoid, whose ...' is said of ReLU" 0
grade_builtin rf.relu "${r/ReLU is max/Tanh is max}"
expect_rc "and opened by tanh, it fails" 1
grade_builtin rf.relu "Because for positive input the slope is just 1, the gradient does not get small after many layers like with sigmoid. And it is very cheap, only a max with zero."
expect_rc "'like with sigmoid' only compares" 0
grade_builtin rf.relu "Sigmoid keeps the learning signal strong in deep nets; ReLU is just cheaper to compute."
expect_rc "what is said of sigmoid is not said of ReLU" 1

# "the former" and "the latter" point back to the earlier and the later of the two named
r="Type I and type II errors: the former is a false positive, rejecting a true null; the latter is a false negative, failing to reject a false null."
grade_builtin rf.type-i-ii-errors "$r"
expect_rc "'the former is a false positive' is said of Type I" 0
grade_builtin rf.type-i-ii-errors "$(sed 's/the former/the X/; s/the latter/the former/; s/the X/the latter/' <<<"$r")"
expect_rc "swapped, each is said of the wrong one and it fails" 1

# a misconception written as a claim: held of its subject, in its sentence or, pointing back, the next
grade v2.type-errors "Type I is a false positive and type II is a false negative. Collecting more data reduces your Type I error rate."
expect_rc "a misconception's claim said of its subject fails the answer" 1
expect_in "the feedback quotes the words from the subject to the claim" \
  "$(jq -r '.graders[0].misconceptions[0].text' <<<"$out")" 'more data reduces your Type I error rate'
grade v2.type-errors "Type I is a false positive and type II is a false negative. Collecting more data reduces your Type I error rate." --level core
expect_rc "and at the core level, where the penalty leaves its score above the pass mark" 1
grade v2.type-errors "Type I is a false positive and type II is a false negative. Type one errors are false alarms. They drop with more data."
expect_rc "and said of it through a word pointing back" 1
grade v2.type-errors "Type I is a false positive and type II is a false negative. The Type I rate is alpha. It does not fall with more data; more data lowers the Type II rate."
expect_rc "denied, or said of a rival, it is no misconception" 0
grade v2.type-errors "Type I is a false positive and type II is a false negative. A common mistake is to think that more data reduces the Type I error rate."
expect_rc "nor when named only to be rejected" 0

grade v2.isolation-forest "Random splits isolate anomalies quickly, so anomalies have short paths; normal points need long paths."
expect_rc "a contrast said of another subject contradicts nothing" 0
grade v2.isolation-forest "Anomalies have long isolation paths because random splits struggle to separate them."
expect_rc "a reversed effect fails" 1
grade v2.isolation-forest "Random splits are pointless here; anomalies have short paths."
expect_eq "a concept set aside as not worth doing ('random splits are pointless') is not stated" \
  "$(jq -r '[.graders[0].hits[].name] | join(",")' <<<"$out")" "anomalies have short paths"
grade v2.isolation-forest "Don't skip random splits: anomalies have short paths."
expect_eq "and 'don't skip' keeps it" "$(jq -r '.graders[0].hits | length' <<<"$out")" 2

grade v2.standard-error "The standard error is sigma/n."
expect_rc "a wrong formula fails" 1
grade v2.standard-error "It is the standard deviation divided by the square root of n."
expect_rc "spelled-out maths passes through the thesaurus" 0
grade v2.standard-error "The standard error of the mean is σ/√n."
expect_rc "symbols pass" 0

# own words: a sentence close to the concept's statement earns it, and says so; parroting the
# question or dropping its terms earns nothing, nor does the statement with a word swapped
grade v2.isolation-forest "Odd points get separated from the rest after only a few random splits, so their typical path length is short."
expect_rc "a correct answer in plain words passes" 0
expect_in "credited in the answer's own words" "$(jq -r '.feedback[0]' <<<"$out")" "In your own words: anomalies have short paths"
grade v2.isolation-forest "Odd points get separated from the rest after many random splits, so their typical path length is long."
expect_rc "the same words with the direction swapped earn nothing" 1
grade v2.standard-error "The standard error of the mean is the standard error of the mean."
expect_rc "parroting the question earns nothing" 1
grade v2.standard-error "Standard error, mean, sigma, deviation, root, samples."
expect_rc "dropping the question's terms earns nothing" 1

# levels: a terse answer that states the core passes at both levels, below full marks
grade v2.type-errors "Type I: false positive; type II: false negative." --level core
expect_rc "a terse answer passes at the core level" 0
expect_eq "the core level scores the core alone" "$(jq '.score' <<<"$out")" 1
grade v2.type-errors "Type I: false positive; type II: false negative."
expect_rc "and at the full level, at the pass mark" 0
expect_eq "the full level leaves room for depth" "$(jq '.score < 1' <<<"$out")" true

# check.lua takes --level and reports contradictions
mkdir -p "$TMP/ans"
printf '## v2.type-errors\nType II is a false positive and type I is a false negative.\n\n## v2.standard-error\nSE = s / sqrt(n).\n' \
  >"$TMP/ans/m.md"
out=$("$DRILL" --no-store --bank "$B" check.lua --format json --level core "$TMP/ans" 2>"$TMP/err")
rc=$?
expect_rc "check.lua --level core grades and exits 1 on a failure" 1
expect_eq "check.lua names the contradictions" \
  "$(jq -r '.files[0].answers[0].contradictions | length' <<<"$out")" 2
expect_eq "the right answer passes" "$(jq -r '.files[0].answers[1].status' <<<"$out")" pass
printf '%s' "$out" >"$TMP/check.json"
if msg=$(python3 - "$ROOT/tests/schemas/check.schema.json" "$TMP/check.json" 2>&1 <<'PYEOF'
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2]))))
for e in errors[:5]:
    print("/".join(map(str, e.absolute_path)) + ": " + e.message)
sys.exit(1 if errors else 0)
PYEOF
); then ok "the report with contradictions follows the JSON schema"; else not_ok "the report with contradictions follows the JSON schema" "$msg"; fi
run --no-store --bank "$B" check.lua --level deep "$TMP/ans"
expect_rc "an unknown level is a usage error" 64

# bad v2 rubrics are explained with file:line:column
run --no-store lint.lua "$FIX/banks/bad/v2-in-v1.json"
expect_rc "a v2 key in a v1 bank is refused" 65
expect_in "and says how to fix it" "$err" 'v2-in-v1.json:35:13: question "mini.overfitting": "core" is a format v2 key'
run --no-store lint.lua "$FIX/banks/bad/bad-claim.json"
expect_rc "a claim without says is refused" 65
expect_in "naming the place" "$err" 'bad-claim.json:45:22:'
run --no-store lint.lua "$FIX/banks/bad/bad-misclaim.json"
expect_rc "a misconception's claim written wrong is refused" 65
expect_in "one without a subject" "$err" 'bad-misclaim.json:21:22: question "misclaim.type-errors": misconception "no subject" has no "subject"'
expect_in "one with a contrast" "$err" 'bad-misclaim.json:26:102: question "misclaim.type-errors": unknown key "contrasts" in a misconception'"'"'s claim'
expect_in "one with nothing to state it" "$err" 'bad-misclaim.json:29:11: question "misclaim.type-errors": misconception "nothing to state it" has neither "patterns" nor a "claim"'
expect_in "one whose says does not compile" "$err" 'bad-misclaim.json:35:74: question "misclaim.type-errors": misconception "a says that does not compile": pattern /(falls/ does not compile'
cat >"$TMP/self.json" <<'JSON'
{"bank": "self", "title": "Patterns that reward their opposite", "format_version": 2, "questions": [
 {"id": "self.weights", "lesson": "l", "topic": "averaging", "level": "junior", "format": "conceptual",
  "prompt": "How does a random forest combine its trees?", "answer": "A weighted average of the trees, or a majority vote.",
  "rubric": {"concepts": [
   {"name": "averaging", "core": true, "patterns": ["weighted (?:average|mean)", "majority vote"], "feedback": "It averages."},
   {"name": "forest", "patterns": ["forest"], "feedback": "A forest."},
   {"name": "trees", "patterns": ["(?=[\\s\\S]{0,300}?\\btrees\\b)(?=[\\s\\S]{0,300}?\\bvote)", "(?=[^.]*\\btrees)"],
    "feedback": "Trees vote."},
   {"name": "said at a sentence", "patterns": ["(?:^|(?<=[.;!?:]) )(?=[\\s\\S]{0,300}?\\btrees\\b)(?=[\\s\\S]{0,300}?\\bvote)"],
    "feedback": "Trees vote."},
   {"name": "a reversal inside its opposite", "patterns": ["\\bbootstrap"], "reversed": ["saturating for large inputs"],
    "feedback": "Bootstrap."},
   {"name": "a contrast inside its opposite", "claim": {"subject": ["\\btrees\\b"], "says": ["\\bindependently\\b"],
    "contrasts": ["trained one after another"]}, "feedback": "Independent trees."},
   {"name": "a contraction after a word boundary", "patterns": ["\\btrees\\b(?![^.]{0,30}\\b(?:not|n't)\\b) vote"],
    "feedback": "Trees vote."},
   {"name": "a word boundary after a symbol", "patterns": ["\\bvotes? (?:of )?(?:half|50 ?%)\\b", "\\bvotes? \\d+ ?%?\\b"],
    "feedback": "Trees vote."}]}}]}
JSON
run --no-store lint.lua "$TMP/self.json"
expect_in "lint warns where a pattern rewards its opposite" "$err" 'also matches inside "unweighted"'
expect_in "... a reversed pattern inside its opposite" "$err" \
  'concept "a reversal inside its opposite": pattern /saturating for large inputs/ also matches inside "non-saturating"'
expect_in "... and a contrast" "$err" \
  'concept "a contrast inside its opposite": pattern /trained one after another/ also matches inside "untrained"'
expect_in "lint warns where a pattern wants a word boundary before n't" "$err" \
  "concept \"a contraction after a word boundary\": pattern /\\btrees\\b(?![^.]{0,30}\\b(?:not|n't)\\b) vote/ wants a word boundary before n't"
expect_in "lint warns where a word boundary comes right after a symbol" "$err" \
  'concept "a word boundary after a symbol": pattern /\bvotes? (?:of )?(?:half|50 ?%)\b/ has a word boundary right after "%"'
expect_not_in "not after a symbol that may be left out" "$err" 'pattern /\bvotes? \d+ ?%?\b/ has a word boundary'
expect_in "lint warns about a concept met by a bare topic word" "$err" 'the bare word /forest/ from the question'
expect_in "lint warns where a pattern opens with a lookahead across a long gap" "$err" \
  'opens with a lookahead across up to 300 characters, read again from every place in the answer'
expect_in "or an unbounded one" "$err" 'opens with a lookahead across any number of characters'
expect_not_in "not where it starts at a sentence" "$err" 'concept "said at a sentence": pattern'
# a term or two names the topic without answering: it passes no question but a rapid-fire one
bank=$B
B="$TMP/self.json"
grade self.weights "Majority vote."
expect_rc "an answer of a term that meets the core does not pass" 1
expect_in "and is told why" "$(jq -r '.feedback | join(" ")' <<<"$out")" "A few words name the topic but do not answer the question"
grade self.weights "Majority vote." --level core
expect_rc "nor at the core level" 1
grade self.weights "The trees take a majority vote."
expect_rc "a sentence that says it passes" 0
B=$bank
finish
