-- The field's common misconceptions (lib.misconceptions): each one caught in the wrong
-- statements it names and in none of the right ones, and every entry tested; one stated fails
-- an answer to any question, unless the answer names it only to reject it.
local t = require("tap")
local list = require("lib.misconceptions")
local rubric = require("lib.rubric")
local keyword = require("graders.keyword")

-- name -> {wrong = statements it must catch, right = statements nothing may catch}
local examples = {
  ["precision and recall swapped"] = {
    wrong = {
      "Precision tells you what fraction of all the actual fraud cases you caught.",
      "Recall is the share of the transactions you flagged that really were fraud.",
      "Precision = TP / (TP + FN).",
      "Recall is TP/(TP+FP).",
    },
    right = {
      "Precision is the share of flagged transactions that really are fraud; recall is the fraction of actual fraud we caught.",
      "Recall tells you what fraction of the actual positives you found, and precision what fraction of the predicted positives are correct.",
      "Precision = TP / (TP + FP) and recall = TP / (TP + FN).",
    },
  },
  ["Type I and Type II errors swapped"] = {
    wrong = { "A Type I error is a false negative.", "A type 2 error is a false positive: rejecting a true null." },
    right = { "A Type I error is a false positive; a Type II error is a false negative.",
      "Type II error means failing to reject a false null." },
  },
  ["a discount factor above 1"] = {
    wrong = { "The discount γ is normally set greater than 1 so the agent values the future more.",
      "Use gamma > 1 for long horizons." },
    right = { "The discount factor is between 0 and 1; a value close to 1 makes the agent far-sighted.",
      "γ is never set greater than 1, or the return diverges." },
  },
  ["larger batches give noisier gradients"] = {
    wrong = { "The bigger the batch, the noisier the gradient estimate.",
      "Smaller batches give smoother, more stable convergence." },
    right = { "Larger batches give less noisy gradients; smaller batches are noisier but generalise well.",
      "Smaller batches are noisier, while larger batches give smoother updates." },
  },
  ["attributions read as causal effects"] = {
    wrong = { "SHAP values are causal: raising income raises the approval chance.",
      "Permutation importance tells you the causal effect of each feature." },
    right = { "SHAP values are not causal; they describe the model.",
      "Feature importance does not give causal effects." },
  },
  ["symmetry said to make a matrix invertible"] = {
    wrong = { "Symmetric matrices are always invertible, so the inverse exists.",
      "It is invertible because it's symmetric." },
    right = { "A symmetric positive definite matrix is invertible.",
      "XᵀX + λI is symmetric and positive definite, so it is invertible." },
  },
  ["stratified and grouped splits swapped"] = {
    wrong = { "Use stratified folds when you have repeated measurements from the same patient.",
      "Use grouped folds when the classes are imbalanced, so each fold gets the same class proportions." },
    right = { "Stratified folds keep the class proportions, and grouped folds keep the same patient together.",
      "Group k-fold keeps each user's rows in one fold; stratified k-fold preserves class balance." },
  },
  ["the causal mask needed only at inference"] = {
    wrong = { "The mask is only really needed at inference, when the future tokens don't exist yet." },
    right = { "The mask is needed in training, where all positions are predicted in parallel.",
      "The KV cache is only used at inference." },
  },
  ["support vectors placed outside the margin"] = {
    wrong = { "Support vectors are the points lying well outside the margin.",
      "Points inside the margin are treated as noise and dropped." },
    right = { "Support vectors lie on or inside the margin.", "Support vectors are not the points far from the margin." },
  },
  ["unstructured pruning said to give the big speed-ups"] = {
    wrong = { "Unstructured magnitude pruning gives the biggest real speedups on GPUs." },
    right = { "Unstructured pruning gives little real speed-up without sparse kernels; structured pruning gives big speed-ups." },
  },
  ["downsampling said to leave probabilities intact"] = {
    wrong = { "Downsampling negatives doesn't affect the predicted probabilities, so use them as they are." },
    right = { "Downsampling doesn't affect the ranking, but it inflates the probabilities, which need correcting." },
  },
  ["L2 said to give sparse weights"] = {
    wrong = { "L2 sets many weights exactly to zero.", "Ridge gives sparse solutions.", "Lasso never pushes a weight exactly to zero." },
    right = { "L1 sets weights exactly to zero; L2 rarely sets them exactly to zero.",
      "Ridge shrinks weights but never exactly to zero.", "Unlike lasso, ridge does not give sparse solutions." },
  },
  ["bagging and boosting swapped"] = {
    wrong = { "Bagging mainly reduces bias.", "Boosting mainly reduces variance.", "Bagging trains the models sequentially." },
    right = { "Bagging reduces variance, boosting reduces bias.", "Bagging does not reduce bias much.",
      "Boosting trains models sequentially and reduces bias, and bagging trains them in parallel." },
  },
  ["random feature subsets said to correlate the trees"] = {
    wrong = { "Random feature subsets increase the correlation between trees." },
    right = { "Random feature subsets decrease the correlation between trees." },
  },
  ["anomalies said to need long isolation paths"] = {
    wrong = { "Anomalies need long paths to isolate." },
    right = { "Anomalies have short paths, normal points long paths.", "Anomalies are isolated quickly: short paths." },
  },
  ["the standard error as σ / n"] = {
    wrong = { "The standard error is σ/n.", "The standard error of the mean equals sigma over n." },
    right = { "The standard error is σ/√n.", "The standard error is sigma / sqrt(n)." },
  },
  ["MLE and MAP swapped"] = {
    wrong = { "MLE uses a prior over the parameters.", "MAP ignores the prior." },
    right = { "MLE ignores the prior, while MAP uses a prior.", "MAP adds a prior to the likelihood; MLE has no prior." },
  },
  ["k-means said to find the global optimum"] = {
    wrong = { "K-means always converges to the global optimum." },
    right = { "K-means is not guaranteed to find the global optimum.", "k-means converges to a local optimum." },
  },
  ["PCA said to use the labels"] = {
    wrong = { "PCA uses the labels to find the best directions." },
    right = { "PCA doesn't use the labels.", "Unlike PCA, LDA uses the labels." },
  },
  ["a p-value read as the probability the null is true"] = {
    wrong = { "The p-value is the probability that the null hypothesis is true.",
      "A p-value of 0.03 means a 3% chance that the result is due to chance." },
    right = { "The p-value is not the probability that the null is true.",
      "The p-value is the probability of data at least this extreme if the null were true." },
  },
  ["a confidence interval read as a probability for the parameter"] = {
    wrong = { "There is a 95% probability that the true mean lies in this interval." },
    right = { "It does not mean a 95% probability that the true mean lies in this interval.",
      "95% of such intervals contain the true mean." },
  },
  ["overfitting and underfitting swapped"] = {
    wrong = { "Overfitting shows up as high training error.",
      "Underfitting is when you get low training error and much higher validation error." },
    right = { "Overfitting: low training error, high validation error; underfitting: high training error.",
      "Underfitting means high training error, and overfitting a large gap." },
  },
  ["more capacity said to cut variance, or regularisation to add it"] = {
    wrong = { "More model complexity reduces variance.", "Regularisation increases variance." },
    right = { "More complexity reduces bias and increases variance.",
      "Regularisation increases bias, and reduces variance." },
  },
  ["the generalisation gap said to grow with more data"] = {
    wrong = { "The gap between training and test error grows as you add more training data." },
    right = { "The gap shrinks as you add more training data." },
  },
  ["softmax said to set the largest score to one"] = {
    wrong = { "Softmax sets the largest value to 1 and all the others to 0." },
    right = { "Softmax turns scores into probabilities that sum to one; argmax sets the largest to 1 and the others to 0." },
  },
  ["k-fold trained on one fold"] = {
    wrong = { "You train on one fold and test on the remaining k-1." },
    right = { "You train on k-1 folds and test on the remaining one." },
  },
  ["learning-rate effects reversed"] = {
    wrong = { "Too low a learning rate makes training diverge.", "If the learning rate is too small it oscillates." },
    right = { "Too low a learning rate is slow, and too high diverges.",
      "If the learning rate is too small, training is slow; too large and it diverges." },
  },
}

local shared = rubric.shared()
local function caught(text)
  local ev = shared.ev:run(text)
  local names = {}
  for i, m in ipairs(list) do
    local e = ev.misconceptions[i]
    if e and e.state == "stated" then names[#names + 1] = m.name end
  end
  return names
end

for _, m in ipairs(list) do
  local ex = examples[m.name]
  t.ok(ex and #ex.wrong > 0 and #ex.right > 0, ("%s: has wrong and right examples"):format(m.name))
  t.ok(type(m.feedback) == "string" and #m.feedback > 0, ("%s: says what is right"):format(m.name))
  for _, s in ipairs(ex and ex.wrong or {}) do
    local names = caught(s)
    local found = false
    for _, n in ipairs(names) do found = found or n == m.name end
    t.ok(found, ("%s: caught in %q"):format(m.name, s), table.concat(names, "; "))
  end
  for _, s in ipairs(ex and ex.right or {}) do
    local names = caught(s)
    t.ok(#names == 0, ("%s: nothing caught in %q"):format(m.name, s), table.concat(names, "; "))
  end
end
for name in pairs(examples) do
  local known = false
  for _, m in ipairs(list) do known = known or m.name == name end
  t.ok(known, ("%s: an entry of the list"):format(name))
end

-- through the keyword grader: a thorough answer that states one fails, and says what is right;
-- named only to be rejected, it costs nothing
local q = assert(drill.bank.get("eval.accuracy-paradox"))
local base = "Accuracy is misleading here: always predicting legit scores 99.5%, the same as the model. "
  .. "Measure the fraud class with recall and precision, and summarise with PR-AUC, weighing missed fraud "
  .. "against review cost in the confusion matrix. "
local ok_r = keyword.grade(q, base, { rubric = q.rubric })
t.ok(ok_r.pass, "a good answer passes", ok_r.score)
local r = keyword.grade(q, base .. "Precision is the fraction of all the actual fraud cases you catch.", { rubric = q.rubric })
local m = r.misconceptions[#r.misconceptions]
t.ok(not r.pass and r.veto and m and m.shared and m.name == "precision and recall swapped",
  "one of the field's misconceptions fails it", r.score)
local said = false
for _, line in ipairs(r.feedback) do said = said or line:find("TP / (TP + FP)", 1, true) ~= nil end
t.ok(said, "and the feedback says what is right")
r = keyword.grade(q, base .. "A common mistake is to think precision is the fraction of all the actual fraud cases "
  .. "you catch.", { rubric = q.rubric })
t.ok(r.pass and #r.misconceptions == 0, "named only to be rejected, it costs nothing", r.score)

return t.done()
