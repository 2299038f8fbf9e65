-- The shared lexicon of the field, for rubric format v2 (docs/banks.md):
--   swaps      pairs a confused answer mixes up; a claim's contrasts and rivals are derived
--              from them
--   thesaurus  groups of words and phrases that say the same thing; a whole word or phrase of
--              a pattern matches every member of its group
-- All entries are lower case. A phrase is matched against a pattern's literal text exactly
-- ("out-of-bag" is one phrase; "out of bag" another).
local M = {}

-- Each entry: the two sides, each a list of forms; the k-th form of one side swaps with the
-- k-th form of the other (or with its first form when the other side has fewer).
M.swaps = {
  { { "precision" }, { "recall" } },
  { { "sensitivity" }, { "specificity" } },
  { { "false positive", "false positives", "false-positive", "false-positives" },
    { "false negative", "false negatives", "false-negative", "false-negatives" } },
  { { "true positive rate" }, { "false positive rate" } },
  { { "type i", "type 1", "type one" }, { "type ii", "type 2", "type two" } },
  { { "bias" }, { "variance" } },
  { { "overfitting", "overfit", "overfits", "overfitted", "over-fitting", "over-fit" },
    { "underfitting", "underfit", "underfits", "underfitted", "under-fitting", "under-fit" } },
  { { "l1" }, { "l2" } },
  { { "lasso" }, { "ridge" } },
  { { "maximum likelihood", "mle" }, { "maximum a posteriori", "map estimate" } },
  { { "bagging" }, { "boosting" } },
  { { "filter", "filters" }, { "wrapper", "wrappers" } },
  { { "generative" }, { "discriminative" } },
  { { "supervised" }, { "unsupervised" } },
  { { "training set", "training data", "train set" }, { "test set", "test data", "test set" } },
  { { "increase", "increases", "increased", "increasing", "raise", "raises" },
    { "decrease", "decreases", "decreased", "decreasing", "lower", "lowers" } },
  { { "reduce", "reduces", "reduced", "reducing" }, { "increase", "increases", "increased", "increasing" } },
  { { "higher", "high" }, { "lower", "low" } },
  { { "more" }, { "fewer" } },
  { { "larger", "large", "bigger", "big" }, { "smaller", "small", "smaller", "small" } },
  { { "longer", "long" }, { "shorter", "short" } },
  { { "sequential", "sequentially" }, { "parallel", "in parallel" } },
  { { "harmonic" }, { "arithmetic" } },
  { { "convex" }, { "non-convex" } },
  { { "maximize", "maximizes", "maximizing", "maximum", "maximise", "maximises", "maximising" },
    { "minimize", "minimizes", "minimizing", "minimum", "minimise", "minimises", "minimising" } },
  { { "faster", "fast" }, { "slower", "slow" } },
  { { "before" }, { "after" } },
  { { "above" }, { "below" } },
  { { "overestimate", "overestimates" }, { "underestimate", "underestimates" } },
  { { "wider", "wide" }, { "narrower", "narrow" } },
  { { "deeper", "deep" }, { "shallower", "shallow" } },
  { { "dense" }, { "sparse" } },
  { { "stable" }, { "unstable" } },
  { { "biased" }, { "unbiased" } },
  { { "correlated" }, { "uncorrelated" } },
  { { "decorrelate", "decorrelates", "decorrelated", "decorrelating" },
    { "correlate", "correlates", "correlated", "correlating" } },
  { { "parametric" }, { "non-parametric" } },
  { { "linear" }, { "non-linear" } },
  { { "global" }, { "local" } },
  { { "first-order" }, { "second-order" } },
  { { "numerator" }, { "denominator" } },
  { { "hard" }, { "soft" } },
  { { "positive class" }, { "negative class" } },
}

-- Words spelled -ize in American English and -ise in British.
local ize_stems = {
  "normal", "regular", "initial", "optim", "minim", "maxim", "general", "standard", "penal", "random",
  "parameter", "parametr", "summar", "visual", "character", "token", "vector", "categor", "emphas",
  "recogn", "real", "util", "stabil", "special", "memor", "discret", "binar", "factor", "linear",
  "central", "organ", "final", "local", "neutral", "polar", "synthes", "symmetr", "priorit", "custom",
  "material", "theor", "general", "capital", "serial", "anonym", "homogen", "personal", "quant",
}
local ize_endings = { "ize", "izes", "ized", "izing", "ization", "izations", "izer", "izers" }

-- Groups of words and phrases that say the same thing.
M.thesaurus = {
  { "not", "n't" },
  { "cannot", "can't", "can not" },
  { "does not", "doesn't" }, { "is not", "isn't" }, { "are not", "aren't" }, { "do not", "don't" },
  { "will not", "won't" },
  { "mean", "average" },
  { "means", "averages" },
  { "averaging", "taking the mean" },
  { "moving average", "running average", "running mean", "moving mean", "exponential moving average",
    "exponentially weighted average", "exponentially weighted moving average", "ewma" },
  { "moving averages", "running averages", "running means" },
  { "gaussian mixture", "mixture of gaussians", "gaussian mixture model", "gmm", "mixture of normals" },
  { "out-of-bag", "out of bag", "oob", "left out of the bootstrap sample", "not in the bootstrap sample",
    "left out of its bootstrap sample", "not drawn into the bootstrap sample" },
  { "sigma", "σ", "standard deviation", "std dev", "std" },
  -- "sqrt(n)" is said "square root of n": the members that end in "of" carry their space
  { "sqrt", "√", "square root of ", "the square root of ", "square root", "root of " },
  { "/", "divided by", "over" },
  { "lambda", "λ" }, { "alpha", "α" }, { "beta", "β" }, { "theta", "θ" }, { "mu", "μ" },
  { "eta", "η" }, { "epsilon", "ε" }, { "gamma", "γ" }, { "delta", "δ" }, { "infinity", "∞" },
  { "rho", "ρ" }, { "phi", "φ", "ϕ" }, { "pi", "π" }, { "tau", "τ" }, { "nu", "ν" }, { "kappa", "κ" },
  { "omega", "ω" }, { "xi", "ξ" }, { "psi", "ψ" }, { "chi", "χ" }, { "zeta", "ζ" },
  { "^2", "²", "squared" },
  { "sample", "example", "observation", "data point", "training example", "training sample" },
  { "samples", "examples", "observations", "data points", "training examples", "training samples" },
  { "feature", "predictor", "input variable", "covariate", "attribute" },
  { "features", "predictors", "input variables", "covariates", "attributes" },
  { "parameter", "weight", "coefficient" },
  { "parameters", "weights", "coefficients" },
  { "learning rate", "step size" },
  { "loss function", "cost function", "objective function" },
  { "neural network", "neural net" },
  { "dataset", "data set" },
  { "training set", "training data", "train set", "training dataset" },
  { "test set", "test data", "held-out set", "holdout set", "hold-out set", "test dataset" },
  { "validation set", "validation data", "dev set", "development set" },
  { "hyperparameter", "hyper-parameter", "hyper parameter" },
  { "hyperparameters", "hyper-parameters", "hyper parameters" },
  { "exactly zero", "exactly 0", "exact zero", "exact zeros", "exactly to zero", "precisely zero",
    "all the way to zero", "identically zero" },
  { "cross-validation", "cross validation", "crossvalidation" },
  { "k-fold", "k fold" },
  { "principal component analysis", "pca" },
  { "support vector machine", "svm" },
  { "recall", "sensitivity", "true positive rate", "tpr" },
  { "false positive rate", "fpr", "fall-out" },
  { "specificity", "true negative rate", "tnr" },
  { "maximum likelihood estimation", "maximum likelihood estimate", "maximum likelihood", "mle" },
  { "maximum a posteriori", "map estimate", "map estimation" },
  { "i.i.d", "iid", "independent and identically distributed" },
  { "big", "large" },
  { "increases", "raises" },
  { "decreases", "lowers", "reduces" },
  { "decrease", "reduce" },
  { "fewer", "less" },
  { "neighbour", "neighbor" }, { "neighbours", "neighbors" }, { "behaviour", "behavior" },
  { "labelled", "labeled" }, { "labelling", "labeling" }, { "modelling", "modeling" },
  { "modelled", "modeled" }, { "centre", "center" }, { "centred", "centered" },
  { "analyse", "analyze" }, { "analysed", "analyzed" }, { "favour", "favor" },
  { "k-nearest neighbors", "k-nearest neighbours", "k nearest neighbors", "k nearest neighbours", "knn",
    "k-nn" },
  { "decision boundary", "decision surface" },
  { "zero-centered", "zero-centred", "centered at zero", "centred at zero" },
}
for _, stem in ipairs(ize_stems) do
  for _, e in ipairs(ize_endings) do
    M.thesaurus[#M.thesaurus + 1] = { stem .. e, stem .. e:gsub("^iz", "is") }
  end
end

return M
