-- The field's common misconceptions: statements that are wrong whatever the question, looked
-- for in every answer the keyword grader reads (docs/banks.md, "The field's misconceptions").
-- A rubric's own misconceptions are about its question; these are the swapped definitions and
-- reversed effects a confident answer makes in passing, about something the rubric never asked.
-- One stated, and not named only to be rejected ("a common mistake is to think ..."), fails the
-- answer and says what is right.
--
-- Each entry: name, patterns (PCRE2, caseless, on the normalised answer, widened through the
-- thesaurus as a rubric's are), feedback. A pattern must not match a correct statement: a gap
-- that could run into the other half of a contrast ("recall ..., and precision ...") keeps
-- the other term and the joining words out of it.
return {
  {
    name = "precision and recall swapped",
    patterns = {
      -- precision said to be the share of the actual positives found
      [[\bprecision\b(?![- ]recall\b)(?:(?!\brecall\b|\bwhile\b|\bwhereas\b|\bbut\b|\band\b)[^.;]){0,40}\b(?:fraction|proportion|share|percentage|how many|what fraction|what share)\b(?:(?!\bpredicted\b|\bflagged\b)[^.;]){0,20}\bof (?:all )?(?:the )?(?:actual|true|real|existing)\b[^.;]{0,20}\b(?:positives|cases|fraud\w*|frauds)\b(?: \w+){0,3} (?:you |we |it |the model )?(?:caught|catch|found|find|detected|detects|identified|recovered|retrieved)\b]],
      [[\bprecision\s*(?:=|is)\s*tp\s*/\s*\(\s*tp\s*\+\s*fn\s*\)]],
      -- recall said to be the share of the predicted positives that are right
      [[(?<!precision-)(?<!precision )\brecall\b(?:(?!\bprecision\b|\bwhile\b|\bwhereas\b|\bbut\b|\band\b)[^.;]){0,40}\b(?:fraction|proportion|share|percentage|how many|what fraction|what share)\b[^.;]{0,20}\bof (?:the |your |all )?(?:predicted positives|positive predictions|flagged|predictions? (?:you|we) (?:made|flagged)|(?:items|cases|transactions|things) (?:you |we |it )?(?:flagged|predicted|labelled|labeled))\b[^.;]{0,30}\b(?:really|actually|truly|correct|right|positive)\b]],
      [[\brecall\s*(?:=|is)\s*tp\s*/\s*\(\s*tp\s*\+\s*fp\s*\)]],
    },
    feedback = "Precision is the share of predicted positives that are right, TP / (TP + FP); recall is the "
      .. "share of actual positives found, TP / (TP + FN).",
  },
  {
    name = "Type I and Type II errors swapped",
    patterns = {
      [[\btype (?:i|1|one) errors? (?:is|are|=|means?|,? (?:i\.e\.|that is|a|an))\s*(?:a |an )?(?:false negatives?|missed (?:\w+ )?(?:effect|detection)|failing to reject)]],
      [[\btype (?:ii|2|two) errors? (?:is|are|=|means?|,? (?:i\.e\.|that is|a|an))\s*(?:a |an )?(?:false positives?|false alarms?|rejecting (?:a |the )?true null)]],
    },
    feedback = "A Type I error is a false positive (rejecting a true null); a Type II error is a false negative "
      .. "(failing to reject a false null).",
  },
  {
    name = "a discount factor above 1, or its horizon reversed",
    patterns = {
      [[\b(?:discount(?: factor)?|gamma|γ)\b[^.;]{0,40}\b(?:set|chosen|kept|is|be|usually|normally|typically)\b[^.;]{0,15}\b(?:greater|bigger|larger|more) than (?:1|one)\b]],
      [[\b(?:gamma|γ)\s*>\s*1\b(?![^.;]{0,40}\b(?:diverg\w*|blows? up|explod\w*|invalid|undefined|infinite)\b)]],
      [[\b(?:gamma|γ|discount(?: factor)?) (?:close|near) (?:to )?(?:1|one)\b[^.;]{0,40}\bshort-?sighted]],
      [[\b(?:small|low) (?:gamma|γ|discount(?: factor)?)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,40}\bplans? (?:far )?ahead]],
    },
    feedback = "The discount factor γ lies in [0, 1] (below 1 for infinite horizons): a γ near 1 weighs future "
      .. "rewards almost fully (far-sighted), a small γ makes the agent short-sighted, and γ > 1 would make "
      .. "the return diverge.",
  },
  {
    name = "larger batches give noisier gradients",
    patterns = {
      [[\blarge-batch training tends to generali[sz]e better\b[^.;]{0,40}\bsmall batches give (?:very )?precise gradients]],
      [[\blarger batches average over more examples but that adds more noise\b]],
      [[\b(?:larger|bigger|more examples in (?:a|the|each)) (?:mini-?)?batch(?:es| sizes?)?\b(?:(?!\bsmall|\bwhile\b|\bwhereas\b|\bbut\b|,)[^.;]){0,40}\b(?:noisier|more noisy|more noise|higher variance|more variance|less stable|less accurate gradient)]],
      [[\b(?:smaller|tinier) (?:mini-?)?batch(?:es| sizes?)?\b(?:(?!\blarg|\bbig|\bwhile\b|\bwhereas\b|\bbut\b|,)[^.;]){0,40}\b(?:less noisy|less noise|smoother|more stable|lower variance|less variance|more accurate gradient)]],
      [[\bbigger the batch,? the noisier]],
    },
    feedback = "A gradient averaged over more examples has less variance: larger batches give smoother, less "
      .. "noisy gradient estimates, smaller ones noisier.",
  },
  {
    name = "attributions read as causal effects",
    patterns = {
      [[\b(?:shap(?: values?)?|feature importances?|permutation importances?|lime)\b[^.;]{0,40}\b(?:are|is|give|gives|show|shows|tell you|tells you|measure|measures|reveal|reveals)\b[^.;]{0,15}\bcausal\b]],
      [[\b(?:shap|shapley) values? (?:are|is) causal]],
      [[\b(?:shap|shapley)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bbut\b|\bwhile\b|\bwhereas\b|\bunlike\b|\bnor\b)[^.;]){0,80}\b(?:tell|tells|give|gives|show|shows|reveal|reveals|measure|measures|estimate|estimates|identify|identifies) (?:you )?(?:the )?(?:true )?causal (?:effects?|impact|influence|contributions?)\b]],
    },
    feedback = "SHAP values and feature importances describe the model, not the world: they say how the "
      .. "prediction depends on a feature, not what changing it would cause.",
  },
  {
    name = "symmetry said to make a matrix invertible",
    patterns = {
      [[(?<!definite )(?<!definite, )\bsymmetric (?:matrices|matrix)\b(?:(?!\bdefinite\b)[^.;]){0,20}\b(?:are|is) (?:always )?invertible]],
      [[\binvertible because (?:it is |it's )?symmetric]],
      [[\bx ?(?:ᵀ|\^ ?t|') ?x (?:is |are )?always invertible\b]],
      [[\bpositive semi-?definite\b[^.;]{0,30}\b(?:it is |it's |so it is |so it's |hence |and so |so )?always invertible\b]],
      [[\bx ?(?:ᵀ|\^ ?t|') ?x\b(?:(?!\bsemi|\bnot\b|n't\b|\bonly\b|\bfull\b|\brank\b|λ|\blambda\b|\+)[^.;]){0,30}\bpositive definite for (?:any|every|all)\b]],
      [[\badding (?:lambda|λ)(?: ?i)?(?: to the diagonal)? makes\b(?:(?!\blarge\b|\bbig\b|\benough\b|\bsufficient\w*|\bnot\b|n't\b)[^.;]){0,40}\bdiagonally dominant\b(?![^.;]{0,30}\b(?:large|big|enough|sufficient\w*)\b)]],
    },
    feedback = "A symmetric matrix can be singular; it is invertible when its eigenvalues are non-zero, as for "
      .. "XᵀX + λI with λ > 0, whose eigenvalues are at least λ.",
  },
  {
    name = "stratified and grouped splits swapped",
    patterns = {
      [[\bgroup(?:ed)? (?:k-?fold|folds?|cv|splits?)\b[^.;]{0,30}\bimbalanced classification\b]],
      [[\bstratif\w*(?:(?!\bgroup|\band\b|\bwhile\b|\bwhereas\b|\bbut\b|,)[^.;]){0,50}\b(?:several|multiple|many) rows per (?:user|patient|customer|person)\b]],
      [[\bstratif\w*(?:(?!\bgroup|\band\b|\bwhile\b|\bwhereas\b|\bbut\b|,)[^.;]){0,50}\b(?:same (?:patient|user|customer|person|subject|group|entity)|repeated measurements)]],
      [[\bgroup(?:ed)? (?:k-?fold|folds?|cv|splits?|cross-validation)\b(?:(?!\bstratif|\band\b|\bwhile\b|\bwhereas\b|\bbut\b|,)[^.;]){0,50}\b(?:class (?:proportions|balance|ratios?|mix|distribution)|imbalanced classes|(?:when|if) the classes are imbalanced)]],
    },
    feedback = "Stratified folds keep each class's proportion in every fold; grouped folds keep all rows of one "
      .. "entity (a patient, a user) in the same fold.",
  },
  {
    name = "the causal mask needed only at inference",
    patterns = {
      [[\binference-time constraint\b[^.;]{0,80}\battend bidirectionally\b]],
      [[\bduring training the model\b[^.;]{0,40}\bcan attend bidirectionally\b]],
      [[\bduring training you (?:do not|don't) need (?:it|the mask)\b]],
      [[\bmask\w*\b[^.;]{0,40}\bonly (?:really )?(?:needed|used|required|applied|matters)? ?(?:at|during|for|in) (?:inference|generation|decoding|test time)]],
      [[\b(?:during|in) training\b[^.;]{0,80}\blet every position attend (?:over|to) the (?:full|whole|entire) sequence]],
      [[\b(?:during|in|at) training\b,? (?:you|we|one) (?:can|could|may) (?:safely |just |simply )?(?:drop|remove|skip|omit|disable|turn off|leave out) (?:the (?:causal |attention )?mask|masking|the masking|causal masking)\b]],
      [[\b(?:during|in|at) training\b,? (?:you|we|one) (?:can|could|may) (?:safely |just |simply )?(?:drop|remove|skip|omit|disable|turn off|leave out) it\b,? (?:because|since|as) (?:of )?teacher forcing\b]],
      [[\bteacher forcing\b[^.;]{0,80}\b(?:so |hence |therefore |and )?(?:there is |there's )?nothing (?:to|can|could|that could) leak\b]],
    },
    feedback = "The causal mask is what makes training work: all positions are trained in parallel, and without "
      .. "the mask each would see the token it must predict.",
  },
  {
    name = "support vectors placed outside the margin",
    patterns = {
      [[\bsupport vectors (?:are|lie|sit)\b(?:(?!\bnot\b)[^.;]){0,40}\b(?:outside|far from|beyond|well away from|away from) the margin]],
      [[\bpoints (?:inside|within) the margin[^.;]{0,40}\b(?:are )?(?:dropped|ignored|discarded|removed|treated as noise)]],
      [[\bpoints (?:that (?:fall|lie|sit|are) )?(?:inside|within) the margin\b(?:(?!\bnot\b|n't\b)[^.;]){0,40}\b(?:are )?(?:dropped|ignored|discarded|removed|treated as (?:noise|outliers)|drop out of the solution)\b]],
    },
    feedback = "Support vectors are the points on or inside the margin (and misclassified ones); points beyond "
      .. "the margin do not affect the solution.",
  },
  {
    name = "unstructured pruning said to give the big speed-ups",
    patterns = {
      [[\bunstructured\b[^.;]{0,60}\b(?:gives?|yields?) (?:the )?(?:biggest|largest|big|huge) latency (?:win|gain|reduction)]],
      [[\bunstructured\b[^.;]{0,60}\b(?:gives?|yields?|brings?|delivers?|produces?) (?:the )?(?:biggest|largest|big|huge|large|major|significant) (?:real )?(?:\w+ )?speed-?ups?]],
      [[\bunstructured\b[^.;]{0,40}\bis the best (?:choice|option)\b[^.;]{0,20}\b(?:for )?speed]],
      [[\bfor speed,? unstructured\b[^.;]{0,40}\bis the best (?:choice|option)\b]],
      [[\bzeroing \d+ ?% of (?:the )?(?:individual )?weights gives (?:roughly |about |around )?(?:a )?\d+ ?[x×] speed-?up]],
      [[\bunstructured\b(?:(?!\bnot\b|n't\b|\bonly\b|\bsparse kernels?\b|\bhardware\b)[^.;]){0,40}\b(?:get|gets|gives?|yields?) (?:roughly |about |around |approximately )?(?:a )?\d+ ?[x×*] speed-?ups?\b(?![^.;]{0,40}\b(?:only|if|given|provided|with sparse|sparse kernels?|hardware support)\b)]],
      [[\bprun\w* \d+ ?% of (?:the )?(?:individual )?weights\b(?:(?!\bstructured\b|\bchannels?\b|\bsparse\b|\b2:4\b|\bhardware\b|\bnot\b|n't\b)[^.;]){0,40}\b\d+ ?[x×*] (?:faster|speed-?up)]],
      [[\bunstructured\b(?:(?!\bnot\b|n't\b|\bnever\b|\brarely\b|\bseldom\b|\bstructured\b|\b2:4\b|\bsparse kernels?\b|\bspecial\w*\b|\bhardware\b)[^.;]){0,60}\b(?:becomes?|runs?|is|gets?) (?:roughly |about |around |approximately |up to )?(?:\d+|two|three|four|five|ten|twenty) ?(?:x|\*|times) faster\b(?![^.;]{0,40}\b(?:only|if|given|provided|on cpus?|sparse kernels?|hardware support|with (?:sparse|special))\b)]],
      [[\bprun\w* \d+ ?% of (?:the )?(?:individual )?weights\b(?:(?!\bstructured\b|\bchannels?\b|\bsparse\b|\b2:4\b|\bhardware\b|\bnot\b|n't\b|\bonly\b)[^.;]){0,40}\b(?:roughly |about |around |approximately )?(?:a )?(?:\d+|ten|five|two) ?(?:[x×*]|times) (?:latency|inference[- ]time|runtime|run-time|compute) (?:reduction|cut|drop|improvement|speed-?up)\b(?![^.;]{0,40}\b(?:only|if|given|provided|with sparse|sparse kernels?|hardware support)\b)]],
    },
    feedback = "Unstructured (weight-level) sparsity rarely speeds up dense GPU kernels; removing whole channels, "
      .. "heads or blocks (structured pruning) is what gives real speed-ups without sparse-kernel support.",
  },
  {
    name = "downsampling said to leave probabilities intact",
    patterns = {
      [[\b(?:down-?sampl\w*|undersampl\w*)\b(?:(?!\bso\b|\bto keep\b|\bcorrect\w*|\brecalibrat\w*|\brescal\w*|\breweight\w*|\badjust\w*)[^.;]){0,60}\b(?:doesn't|does not|won't|will not|cannot|can't) (?:affect|change|hurt|bias|distort|shift) (?:the )?(?:calibration|probabilit\w*|predicted probabilit\w*)]],
      [[\bprobabilit\w* (?:can|may) be used (?:directly|as they are|as is)\b[^.;]{0,40}\bdown-?sampl]],
      [[\bdown-?sampl\w*\b(?:(?!\bcorrect\w*|\brecalibrat\w*|\brescal\w*|\breweight\w*|\badjust\w*)[^.:]){0,80}\bprobabilit\w*\b[^.;:]{0,40}\b(?:go straight|straight into|used directly|directly into|as they are|without (?:any )?correct\w*)]],
      [[\bdown-?sampl\w*\b(?:(?!\bnot\b|n't\b|\bnever\b|\bcorrect\w*|\bcalibrat\w*|\brecalibrat\w*|\breweight\w*)[^.;]){0,60}\b(?:use|take|feed|treat)\w* (?:the )?(?:model'?s? )?(?:raw )?(?:outputs?|scores?|predictions?|predicted (?:ctr|probabilit\w*))s? (?:directly|as is|as-is|straight)\b[^.;]{0,15}\bas (?:the )?(?:ctr|probabilit\w*|click probabilit\w*|conversion rate|pctr|p\(click\))(?!\w)(?![^.;]{0,60}\b(?:inflat\w*|overestimat\w*|too high|biased|wrong|miscalibrat\w*)\b)]],
    },
    feedback = "Downsampling negatives raises the predicted probabilities; they must be corrected "
      .. "(p / (p + (1 − p) / w), w the sampling rate) before use as calibrated probabilities.",
  },
  {
    name = "L2 said to give sparse weights",
    patterns = {
      [[\b(?:l2|ridge)\b[^.;]{0,60}\bsquared penalty drives\b[^.;]{0,30}\bexactly (?:to )?zero\b]],
      [[\b(?:l2|ridge)\b(?:(?!\bl1\b|\blasso\b|\brarely\b|\bhardly\b|\bseldom\b|\bnever\b|\bnot\b|n't\b|\bunlike\b|\bwhereas\b|\bwhile\b|\bbut\b|\bnothing\b|\bno\b|\bnone\b|\bneither\b)[^.;]){0,40}\b(?:sets?|drives?|pushes?|forces?|makes?|shrinks?)\b(?:(?!\bnot\b|n't\b|\bnever\b|\brarely\b|\bno\b)[^.;]){0,45}\bexactly (?:to )?zero]],
      [[\b(?:l2|ridge)\b(?:(?!\bl1\b|\blasso\b|\bnot\b|n't\b|\bunlike\b|\bwhereas\b|\bwhile\b|\bbut\b)[^.;]){0,25}\b(?:gives|yields|produces|leads to|performs|does) (?:sparse (?:solutions?|weights|models?)|(?:automatic )?feature selection)]],
      [[(?<!unlike )(?<!than )\b(?:l1|lasso)\b(?:(?!\bl2\b|\bridge\b|\bunlike\b|\bwhereas\b|\bwhile\b|\bbut\b)[^.;]){0,25}\b(?:never|rarely|doesn't|does not|cannot|can't) (?:(?:actually|really|ever|quite) )?(?:set|drive|push|force|make|shrink|send|bring|take|put|get|reach|produce|give|yield|lead|zero)\w*(?: \w+){0,2} (?:exactly )?(?:to )?zero\b]],
    },
    feedback = "L1 (lasso) sets weights exactly to zero, selecting features; L2 (ridge) shrinks them smoothly and "
      .. "rarely to exactly zero.",
  },
  {
    name = "bagging and boosting swapped",
    patterns = {
      [[\bboosting\b[^.;]{0,30}\baverag\w* many (?:deep )?trees trained on bootstrap\b]],
      [[\bbagging\b(?:(?!\bboost\w*|\bwhereas\b|\bwhile\b|\bbut\b|\bunlike\b|\bnot\b|n't\b|,|\band\b|\bor\b)[^.;]){0,40}\b(?:mainly |mostly |primarily )?(?:reduces?|lowers?|cuts?|decreases?) (?:the )?bias\b]],
      [[\bboosting\b(?:(?!\bbagg\w*|\brandom forests?\b|\bwhereas\b|\bwhile\b|\bbut\b|\bunlike\b|\bnot\b|n't\b|\balso\b|,|\band\b|\bor\b)[^.;]){0,40}\b(?:mainly |mostly |primarily |only )(?:reduces?|lowers?|cuts?|decreases?) (?:the )?variance\b]],
      [[\bbagging\b(?:(?!\bboost\w*|\bwhereas\b|\bwhile\b|\bbut\b|\bunlike\b)[^.;]){0,30}\b(?:trains?|fits?|builds?) (?:\w+ ){0,3}(?:sequentially|one after (?:the|an)other|in sequence)]],
      [[\bboosting\b(?:(?!\bbagg\w*|\brandom forests?\b|\bwhereas\b|\bwhile\b|\bbut\b|\bunlike\b|\bnot\b|n't\b|\balso\b)[^.;]){0,30}\b(?:is )?(?:primarily|mainly|mostly|chiefly|essentially) a variance[- ]reduc\w*]],
      [[\bbagging\b(?:(?!\bboost\w*|\bwhereas\b|\bwhile\b|\bbut\b|\bunlike\b|\bnot\b|n't\b|\balso\b)[^.;]){0,30}\b(?:is )?(?:primarily|mainly|mostly|chiefly|essentially) a bias[- ]reduc\w*]],
      [[\bbagging\b(?:(?!\bboost\w*|\bwhereas\b|\bwhile\b|\bbut\b|\bunlike\b|\bnot\b|n't\b|\bvariance\b)[^.;]){0,50}\b(?:works?|helps?) (?:mainly |mostly |primarily |chiefly )?by (?:reducing|lowering|cutting|decreasing) (?:the )?bias\b]],
    },
    feedback = "Bagging trains models independently on bootstrap samples and averages them, which mainly reduces "
      .. "variance; boosting trains them in sequence, each correcting the last, which mainly reduces bias.",
  },
  {
    name = "random feature subsets said to correlate the trees",
    patterns = {
      [[\b(?:feature (?:subsets?|sampling|bagging)|random (?:subsets? of )?features?)\b[^.;]{0,40}\b(?:increases?|raises?|adds?) (?:the )?correlation (?:between|among|of) (?:the )?trees]],
      [[\b(?:feature (?:subsets?|sampling|subsampling|bagging)|random (?:subsets? of )?features?|(?:subsets?|sampling) of features)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bonly\b|\balso\b|\bside\b|\bbonus\b)[^.;]){0,30}\b(?:are|is) (?:there |used |done )?(?:mainly|mostly|primarily|chiefly|largely) (?:for|about|to (?:gain|get|improve|increase)) (?:speed|efficiency|computation|compute|faster training)\b]],
    },
    feedback = "Choosing among a random subset of features at each split decorrelates the trees, so averaging "
      .. "them removes more variance.",
  },
  {
    name = "anomalies said to need long isolation paths",
    patterns = {
      [[\b(?:most|many|more) splits to isolate\b(?:(?!\bnormal\b|\binliers?\b|\bthan\b|\bwhile\b|\bwhereas\b|\bbut\b|\bshort\w*|,)[^.;]){0,60}\b(?:anomal\w*|outliers?|unusual)]],
      [[\b(?:flags?|marks?)\b[^.;]{0,20}\bpoints? that (?:take|need) the most splits]],
      [[\b(?:anomal\w*|outliers?)\b(?:(?!\bshort|\bnormal\b|\binliers?\b|\bwhile\b|\bwhereas\b|\bbut\b|,)[^.;]){0,40}\b(?:long|longer|deep|deeper|many) (?:average )?(?:isolation )?(?:paths?|splits)\b]],
      [[\b(?:flags?|marks?|scores?|labels?|treats?|reports?)\b(?:(?!\bnormal\b|\binliers?\b|\bnot\b|n't\b)[^.;]){0,30}\b(?:points?|samples?|instances?|observations?|records?) with the (?:longest|deepest|highest) (?:average |mean |expected )?(?:path|isolation path|depth|tree depth)]],
      [[\b(?:anomal\w*|outliers?)\b(?:(?!\bshort|\bnormal\b|\binliers?\b|\bwhile\b|\bwhereas\b|\bbut\b|\bnot\b|n't\b|,)[^.;]){0,20}\b(?:sit|lie|end up|are|live|land) deep (?:inside|in|within|down) the trees?\b]],
      [[\b(?:anomal\w*|outliers?)\b(?:(?!\bshort|\bnormal\b|\binliers?\b|\bwhile\b|\bwhereas\b|\bbut\b|\bnot\b|n't\b|\bfew\w*\b|,)[^.;]){0,40}\b(?:need|take|require)s? (?:the )?most splits\b]],
      [[\b(?:flags?|marks?|scores?|reports?)\b[^.;]{0,20}\bpoints? that (?:take|need|require) the most (?:random |recursive |axis-aligned )?splits\b]],
      [[\b(?:anomal\w*|outliers?)\b(?:(?!\bshort|\bnormal\b|\binliers?\b|\bwhile\b|\bwhereas\b|\bbut\b|\bnot\b|n't\b|\bfew\w*\b|\bquick\w*|,)[^.;]){0,40}\b(?:take|need|require)s? (?:the )?long(?:est|er) to (?:isolate|separate|split off|single out|cut off)\b]],
    },
    feedback = "In an isolation forest anomalies are isolated in few splits: short average path lengths mark "
      .. "anomalies, long ones normal points.",
  },
  {
    name = "the standard error as σ / n",
    patterns = {
      [[\bstandard error\b[^.;]{0,30}(?:=|\bis\b|\bequals\b|\bof\b)\s*(?:σ|sigma|s|the standard deviation)\s*(?:/|over|divided by)\s*n\b(?!\s*(?:\^|²|\*\*))]],
      [[\b(?:std|standard deviation|σ)\b(?:(?!\bvariance\b)[^.;]){0,40}\b(?:falls?|scales?|shrinks?|decreases?|goes down) (?:off )?(?:like|as|with|proportional to) 1 ?/ ?(?:b|n|batch size)\b(?! ?(?:\^|²|\*\*))]],
      [[\bfrom 32 to 128\b[^.;]{0,20}\bcuts? the noise by (?:a factor of )?(?:4|four)\b]],
    },
    feedback = "The standard error of a mean (a mini-batch gradient's too) is σ / √n: it shrinks with the square "
      .. "root of the sample size, so four times the data halves it.",
  },
  {
    name = "MLE and MAP swapped",
    patterns = {
      [[\b(?:mle|maximum likelihood)\b(?:(?!\bmap\b|\bposterior\b|\bwhereas\b|\bwhile\b|\bbut\b|\bunlike\b|\bnot\b|n't\b|\bwithout\b)[^.;]){0,30}\b(?:uses?|includes?|incorporates?|adds?|needs?|requires?) (?:a |the )?prior\b]],
      [[\b(?:map|maximum a posteriori)\b(?:(?!\bmle\b|\blikelihood\b|\bwhereas\b|\bwhile\b|\bbut\b|\bunlike\b)[^.;]){0,30}\b(?:ignores?|drops?|has no|doesn't use|does not use) (?:a |the |any )?prior\b]],
      [[\b(?:mle|maximum likelihood)\b(?:(?!\bnot\b|n't\b|\bmap\b|\bposterior\b|\bprior\b|\bwhereas\b|\bwhile\b|\bbut\b|\bunlike\b)[^.;]){0,100}\bmaximi[sz]es p ?\( ?(?:θ|theta|w|parameters?) ?\| ?(?:data|d|x)\b]],
    },
    feedback = "MLE maximises the likelihood alone; MAP maximises likelihood × prior, and equals MLE under a "
      .. "flat prior.",
  },
  {
    name = "k-means or EM said to find the global optimum",
    patterns = {
      [[\b(?:em|expectation[- ]maximi[sz]ation)\b[^.;]{0,60}\b(?:always|guaranteed to|is guaranteed to|will) (?:converges?|finds?|reach\w*) (?:to )?(?:the )?global (?:maximum|optimum|solution)]],
      [[\bk-?means\b[^.;]{0,40}\b(?:always|guaranteed to|is guaranteed to|will) (?:finds?|converges? to|reach\w*) (?:the )?global (?:optimum|minimum|solution)]],
      [[\blloyd'?s(?: algorithm)?\b[^.;]{0,40}\b(?:always|guaranteed to|is guaranteed to|will) (?:finds?|converges? to|reach\w*) (?:the )?global (?:optimum|minimum|solution)]],
    },
    feedback = "k-means and EM converge to a local optimum that depends on where they start: run them from "
      .. "several starts (k-means++ for the centres) and keep the best.",
  },
  {
    name = "PCA said to use the labels",
    patterns = {
      [[\bpca\b(?:(?!\blda\b|\bpls\b|\bunlike\b|\bwhereas\b|\bwhile\b|\bbut\b)[^.;]){0,30}\b(?:uses|needs|requires|takes into account|looks at) (?:the )?(?:class )?(?:labels|targets|y)\b]],
    },
    feedback = "PCA is unsupervised: it finds directions of largest variance without looking at the labels.",
  },
  {
    name = "a p-value read as the probability the null is true",
    patterns = {
      [[\bp-?values?\b[^.;]{0,20}\b(?:is|=|gives|tells you|means)(?!\w)[^.;]{0,15}\b(?:the )?(?:probability|chance) (?:that )?(?:the )?(?:null|h0|h_0)(?: hypothesis)? is (?:true|correct|right)]],
      [[\bp ?= ?0?\.0\d\b[^.;]{0,40}\b9\d ?% (?:probability|chance)\b]],
      [[\bp(?:-value)? (?:is )?(?:above|over|>|greater than|bigger than) 0?\.05\b[^.;]{0,40}\b(?:are|is) (?:equivalent|the same|equally good)\b]],
      [[\bp-?values?\b(?:[^.;]|(?<=\d)\.(?=\d)){0,20}\b(?:is|=|gives|tells you|means)(?!\w)[^.;]{0,15}\b(?:the )?(?:probability|chance) (?:that )?(?:the )?(?:result|effect|difference) (?:is|was) (?:due to|just) (?:chance|luck|random)]],
    },
    feedback = "A p-value is the probability, if the null hypothesis were true, of data at least as extreme as "
      .. "observed; it is not the probability that the null is true.",
  },
  {
    name = "a confidence interval read as a probability for the parameter",
    patterns = {
      [[\b9\d ?% (?:probability|chance) (?:that )?the (?:true|population|real) (?:\w+ )?(?:is|lies|falls) (?:in|within|inside) (?:this|the|that|our) (?:specific |particular |computed |calculated )?interval]],
    },
    feedback = "A 95% confidence interval comes from a procedure that covers the true value in 95% of repeated "
      .. "samples; a computed interval either contains it or not.",
  },
  {
    name = "overfitting and underfitting swapped",
    patterns = {
      [[\boverfit\w*\b(?:(?!\bunder\w*|\bwhile\b|\bwhereas\b|\bbut\b|,)[^.;]){0,30}\b(?:high|large|poor) (?:training|train) (?:error|loss)\b]],
      [[\bunderfit\w*\b(?:(?!\bover\w*|\bwhile\b|\bwhereas\b|\bbut\b|,)[^.;]){0,30}\b(?:low|small) (?:training|train) (?:error|loss)\b[^.;]{0,20}\b(?:high|large|much higher) (?:validation|test)]],
    },
    feedback = "Overfitting: low training error and much higher validation error. Underfitting: high error on "
      .. "both.",
  },
  {
    name = "more capacity said to cut variance, or regularisation to add it",
    patterns = {
      [[(?<!\bless )(?<!\bweaker )(?<!\blower )(?<!\bno )(?<!\breduced )(?<!\breducing )(?<!\bremoving )\b(?:early stopping|regulari[sz]ation|regulari[sz]ing|dropout|weight decay|pruning)\b(?:(?!\bvariance\b|,|\band\b|\bbut\b|\bwhile\b|\btoo much\b)[^.;]){0,30}\b(?:lowers?|lowering|reduces?|reducing|decreases?|cuts?) (?:the )?bias\b]],
      [[\b(?:more|higher|greater|increas\w*) (?:model )?(?:complexity|capacity|parameters)\b(?:(?!\bbias\b|,|\band\b)[^.;]){0,30}\b(?:reduces?|decreases?|lowers?) (?:the )?variance\b]],
      [[\bregulari[sz]\w*\b(?:(?!\bbias\b|,|\band\b)[^.;]){0,30}\b(?:increases?|raises?|adds?) (?:the )?variance\b]],
      [[\bmore (?:complex|flexible)\b(?:(?!\bless\b|\bsimpler\b|\bwhile\b|\bwhereas\b|\bbut\b|\bnot\b|n't\b)[^.;]){0,50}\bbias (?:goes up|increases|rises|grows)\b[^.;]{0,15}\bvariance (?:goes down|decreases|falls|drops|shrinks)\b]],
      [[\bmore (?:complex|flexible) models? (?:has|have|gets?) (?:a )?(?:higher|more|larger) bias and (?:a )?(?:lower|less|smaller) variance\b]],
      [[\b(?:simpler|less complex|less flexible) models? (?:has|have|gets?) (?:a )?(?:lower|less|smaller) bias and (?:a )?(?:higher|more|larger) variance\b]],
    },
    feedback = "More capacity lowers bias and raises variance; regularisation (early stopping, dropout, weight "
      .. "decay, pruning) trades a little bias for lower variance.",
  },
  {
    name = "the generalisation gap said to grow with more data",
    patterns = {
      [[\b(?:gap|generali[sz]ation (?:gap|error))\b[^.;]{0,30}\b(?:shrinks?|decreases?|narrows?|gets? smaller)\b[^.;]{0,25}\b(?:richer|more complex|more expressive|more flexible|larger|bigger) (?:hypothesis class|hypothesis space|models?|class)\b]],
      [[\b(?:gap|generali[sz]ation (?:gap|error))\b[^.;]{0,30}\b(?:shrinks?|decreases?|narrows?|gets? smaller)\b[^.;]{0,15}\b(?:as|when|with) (?:the )?(?:hypothesis class|hypothesis space|model|class)(?: \w+){0,2}? (?:gets? |becomes? |grows? )?(?:richer|more complex|more expressive|bigger|larger)\b]],
      [[\b(?:gap|generali[sz]ation error)\b[^.;]{0,40}\b(?:grows?|increases?|widens?|gets? (?:bigger|larger|wider))\b[^.;]{0,15}\b(?:as|when|with) (?:you )?(?:add )?(?:more|larger|bigger) (?:training )?(?:data|datasets?|samples|examples)]],
      [[\b(?:bigger|larger|richer|more expressive|more complex)\b(?:(?!\bdata\w*|\bsamples?\b|\bexamples\b|\bsimpler\b|\bsmaller\b|\bfixed\b|\bnot\b|n't\b)[^.;]){0,40}\bhypothesis (?:class|space)\b(?:(?!\bnot\b|n't\b|\blarger\b|\bbigger\b|\bwider\b|\bgrows?\b|\bincreas\w*)[^.;]){0,20}\bsmaller (?:the )?(?:generali[sz]ation )?gap\b]],
    },
    feedback = "With more training data the gap between training and test error shrinks, and with a richer "
      .. "hypothesis class it grows: the empirical risk is a worse estimate of the true risk when more "
      .. "hypotheses can fit the sample.",
  },
  {
    name = "softmax said to set the largest score to one",
    patterns = {
      [[\bsoftmax\b[^.;]{0,40}\bsets? (?:the )?(?:largest|max\w*|biggest|top|highest)\b[^.;]{0,20}\bto (?:1|one)\b[^.;]{0,30}\b(?:others?|rest)\b[^.;]{0,10}\b(?:to )?(?:0|zero)\b]],
    },
    feedback = "Softmax maps scores to positive probabilities that sum to one, exp(z_i) / Σ exp(z_j); setting the "
      .. "largest to 1 and the rest to 0 is argmax.",
  },
  {
    name = "k-fold trained on one fold",
    patterns = {
      [[\btrain\w* on (?:one|a single|1) fold\b[^.;]{0,30}\b(?:test|validat|evaluat)\w* on (?:the )?(?:other|remaining) (?:k ?- ?1|k−1|folds)]],
    },
    feedback = "k-fold cross-validation trains on k − 1 folds and validates on the one held out, rotating through "
      .. "all k.",
  },
  {
    name = "learning-rate effects reversed",
    patterns = {
      [[\btoo (?:low|small) (?:a |of a )?learning rate\b(?:(?!\btoo\b|\bhigh|\blarge|\bwhile\b|\bwhereas\b|\bbut\b|,|\band\b)[^.;]){0,30}\b(?:diverg|explod|oscillat|overshoot)\w*]],
      [[\b(?:learning rate|lr|step size) (?:is |that's |set )?too (?:low|small)\b(?:(?!\btoo\b|\bhigh|\blarge|\bwhile\b|\bwhereas\b|\bbut\b|,|\band\b)[^.;]){0,30}\b(?:diverg|explod|oscillat|overshoot)\w*]],
    },
    feedback = "Too high a learning rate overshoots, oscillates or diverges; too low a rate converges slowly or "
      .. "stalls.",
  },
  {
    name = "resampling, augmenting or shuffling so both sets look alike",
    patterns = {
      [[\baugmented copies up front for the whole data ?set\b]],
      [[\bsplit (?:that|the|this) augmented (?:set|data ?set|data)\b]],
      [[\bmake the test set balanced\b]],
      [[\boversampl\w*\b[^.;]{0,60}\btest set\b[^.;]{0,30}\b50 ?/ ?50\b]],
      [[\b(?:so|so that) both (?:the )?(?:train\w*(?: set)? and (?:the )?test(?: sets?)?|sets|splits)\b[^.;]{0,30}\b(?:are balanced|balanced|contain the same|have the same (?:distribution|kinds?|variation|class balance))]],
      [[\b(?:good practice|right workflow|best practice|the right way|you should|we should|i'd|i would|always)\b(?:(?!\b(?:check\w*|whether|if|verify\w*|audit\w*|look\w*|ensur\w*|confirm\w*|make sure|never|not|avoid\w*|instead)\b|n't\b)[^.;]){0,60}\b(?:whole|full|entire) (?:data ?set|data)\b(?: first)?[^.;]{0,30}\b(?:before (?:splitting|the split|you split|we split)|then split|and then split)]],
      [[\b(?:replace|switch|swap|change)\w*\b[^.;]{0,25}\btime[- ]based (?:split|validation)\b[^.;]{0,15}\b(?:with|for|to) an? (?:random|shuffled|randomly shuffled)\b]],
      [[\bbalanc\w*\b(?:(?!\bnot\b|n't\b|\bnever\b|\bonly\b)[^.;]){0,30}\btest (?:sets?|data|split)\b(?:(?!\bnot\b|n't\b|\bnever\b)[^.;]){0,30}\b(?:50 ?/ ?50|with smote|with (?:over|under)sampl\w*|by (?:over|under)sampl\w*)]],
      [[\bsplit\w* (?:that|the|this|our|your) augmented (?:pool|set|data ?set|data|images|collection|corpus|samples)\b]],
      [[\b(?:first )?augment\w* (?:the |all |our |your )?(?:whole |full |entire )?(?:\d[\d,]* )?(?:images|data ?set|data|samples|examples)\b[^.;]{0,60}\bthen (?:randomly )?split\b]],
      [[\btime[- ]series\b(?:(?!\bnot\b|n't\b|\bnever\b|\bavoid\w*|\bwhile\b|\bwhereas\b|\bbut\b|\bunlike\b|\bmistake\w*|\berror\w*|\bpitfall\w*)[^.;]){0,60}\bshuffl\w* (?:all )?(?:the )?(?:rows|data|samples|observations|examples|points)\b(?:(?!\bnot\b|n't\b|\bleak\w*)[^.;]){0,30}\bbefore (?:splitting|the split|you split|we split)\b(?![^.;]{0,40}\b(?:leak\w*|wrong|mistake|bad|breaks?|destroys?|invalid\w*|optimistic|cheat\w*|inflat\w*)\b)]],
      [[\bshuffling breaks the (?:temporal|time) (?:ordering|order|dependence|correlation)\b(?:(?!\bnot\b|n't\b|\bleak\w*)[^.;]){0,20}\bso (?:the )?(?:folds|rows|samples|points) (?:become|are) independent\b]],
      [[\bfit\w* (?:the )?(?:scaler|imputer|normali[sz]er|standardi[sz]er|encoder)s?(?: (?:or|and) (?:the )?(?:scaler|imputer|normali[sz]er|standardi[sz]er|encoder))? on the (?:full|whole|entire) (?:data ?set|data)\b(?: before (?:splitting|the split))? is (?:fine|ok|okay|safe|harmless|acceptable)\b]],
      [[\baugment\w* (?:the |all |our |your )?(?:whole |full |entire )?(?:data ?set|data)\b[^.;]{0,60}\bthen (?:do |perform |make |run )(?:the |a )?(?:random |randomly )?(?:train[- ]test |train\/test )?split\b]],
    },
    feedback = "Split first; resample, augment or fit any preprocessing on the training part only. The test set "
      .. "must look like the data the model will meet, so it is never balanced or augmented, and data ordered "
      .. "in time keeps a time-based split.",
  },
  {
    name = "collaborative filtering said to need no interaction history",
    patterns = {
      [[\bpure collaborative filtering,? because it learns from other users\b]],
      [[\bcollaborative filtering\b[^.;]{0,30}\b(?:doesn't|does not|don't|do not|won't) (?:need|require) (?:any )?(?:interaction|usage|rating|click|behaviou?r(?:al)?) (?:history|data)]],
      [[\b(?:a |an )?(?:product|item)s? (?:that )?(?:nobody|no one|no user)(?: has)? (?:(?:ever|yet) )?(?:interacted with|rated|clicked|bought|seen)(?: yet)? can (?:still )?be recommended\b(?:(?!\bcontent\b|\bmetadata\b|\battributes?\b|\bfeatures?\b|\bnot\b|n't\b)[^.;]){0,40}\b(?:through|via|by|from|using) (?:those |the |its )?(?:user )?(?:neighbou?rhoods?|similar users|co-?interactions?)]],
      [[\bfor (?:new|brand-new|unseen|cold-start) (?:items|products)\b,? (?:i'd|i would|we'd|we would|use|rely on|lean on)(?: \w+)? (?:on )?(?:pure )?collaborative filtering\b]],
    },
    feedback = "Collaborative filtering learns from interactions, so it cannot place a new item or user; content "
      .. "features (or a hybrid) bridge the cold start.",
  },
  {
    name = "embeddings said to be wider than one-hot, or orthogonal",
    patterns = {
      [[\bembeddings? (?:are|is) (?:much |far )?(?:higher|larger|bigger)[- ]dimensional than (?:the )?one-hot]],
      [[\bembeddings?\b[^.;]{0,20}\b(?:are )?kept orthogonal]],
      [[\bembeddings? (?:are|is) orthogonal\b]],
      [[\bone-hot (?:vectors?|encodings?) (?:overlap|are correlated)\b]],
      [[\badvantage over one-hot\b(?:(?!\bnot\b|n't\b|\bcannot\b)[^.;]){0,60}\b(?:keep\w*|with|while|preserv\w*) (?:every|each|all)(?: the)? (?:items?|categor\w*|vectors?|tokens?|words?)\b[^.;]{0,10}\borthogonal\b]],
      [[\bembeddings?\b(?:(?!\bnot\b|n't\b|\bcannot\b|\bone-hot\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\bnever\b|\bno\b|\brandom\w*)[^.;]){0,40}\b(?:keep\w*|mak\w*|preserv\w*) (?:every|each|all|the)(?: the)? (?:items?|categor\w*|vectors?|tokens?|words?)\b(?: (?!nearly\b|almost\b|approximately\b|roughly\b|close\b)\w+){0,2} orthogonal\b]],
      [[\b(?:each|every) (?:item|category|token|word)'?s? embedding (?:is|stays|remains) orthogonal to\b]],
    },
    feedback = "Embeddings are dense, low-dimensional and learned, so similar items get nearby vectors; it is "
      .. "one-hot vectors that are high-dimensional and all orthogonal.",
  },
  {
    name = "the lowest inertia said to pick k",
    patterns = {
      [[\b(?:the )?k that minimi[sz]es the within-cluster sum of squares\b]],
      [[\b(?:best|optimal|right|correct|ideal) k\b[^.;]{0,30}\b(?:lowest|smallest|minimum|minimal) (?:inertia|wcss|within-cluster sum|sse)\b]],
      [[\bchoose (?:the )?k (?:with|that gives) (?:the )?(?:lowest|smallest|minimum) (?:inertia|wcss|sse)\b]],
      [[\b(?:choose|pick|select)\w* (?:the )?k (?:with|that gives|that has) (?:the )?(?:lowest|smallest|minimum|minimal) (?:within-cluster (?:sum of squares|sse|ss)|inertia|wcss|sse|distortion)\b]],
      [[\bwithin-cluster sum of squares\b[^.;]{0,40}\b(?:choose|pick|select) the k with the lowest value\b]],
      [[\b(?:within-cluster sum of squares|wcss|inertia|sse|distortion)\b[^.]{0,40}\.\s+the (?:best|optimal|right) k is (?:the one|whichever|the value) that minimi[sz]es it\b]],
      [[\bthe (?:best|optimal|right) k is (?:the one|whichever|the value) that minimi[sz]es (?:the )?(?:inertia|wcss|within-cluster sum of squares|sse|distortion)\b]],
    },
    feedback = "Inertia always falls as k grows (to zero at k = n): look for the elbow, or use the silhouette, "
      .. "the gap statistic or a downstream metric.",
  },
  {
    name = "the threshold's effect on precision and recall reversed",
    patterns = {
      [[\bto catch more\b[^.;]{0,40}\brais\w* the (?:decision |classification )?threshold\b]],
      [[\b(?:rais|increas|higher)\w* (?:the )?(?:classification |decision |probability )?threshold\b(?:(?!\blower\w*|\bdecreas\w*|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,50}\b(?:recall (?:go(?:es)? up|increases?|rises?|improves?)|predicts? (?:the )?positive(?: class)? more often|more (?:positive predictions|positives)|precision (?:go(?:es)? down|drops?|falls?|decreases?))]],
      [[\b(?:lower|decreas|reduc)\w* (?:the )?(?:classification |decision |probability )?threshold\b(?:(?!\brais\w*|\bincreas\w*|\bhigher\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,50}\b(?:recall (?:go(?:es)? down|decreases?|drops?|falls?)|precision (?:go(?:es)? up|increases?|rises?|improves?)|(?<!\bmiss )(?<!\bmisses )(?<!\bmissing )(?<!\bmissed )fewer (?:positive predictions|positives))]],
      [[\b(?:rais|increas)\w* (?:the )?(?:classification |decision |probability |operating )?threshold\b(?:(?!\blower\w*|\bdecreas\w*|\bwhile\b|\bwhereas\b|\bbut\b|\bfewer\b|\bless\b|\bnot\b|n't\b)(?:[^.;]|(?<=\d)\.(?=\d))){0,60}\b(?:flags?|labels?|marks?|calls?|classif(?:y|ies)|predicts?) more (?:\w+ )?(?:as )?positives?\b]],
      [[\b(?:rais|increas)\w* (?:the )?(?:classification |decision |probability |operating )?threshold\b(?:(?!\blower\w*|\bdecreas\w*|\bwhile\b|\bwhereas\b|\bbut\b|\bnot\b|n't\b)(?:[^.;]|(?<=\d)\.(?=\d))){0,80}\b(?:miss\w* fewer|fewer (?:missed|false negatives)|catch\w* more (?:of the )?(?:positives|cases|fraud|tumou?rs|cancers?|defects|disease)|(?:higher|more|better|increas\w*) (?:recall|sensitivity))\b]],
    },
    feedback = "Raising the threshold predicts positive less often: precision tends to rise and recall falls; "
      .. "lowering it does the opposite.",
  },
  {
    name = "DBSCAN said to handle clusters of different densities",
    patterns = {
      [[\bdbscan\b(?:(?!\bhdbscan\b|\boptics\b|\bunlike\b|\bwhereas\b|\bbut\b)[^.;]){0,80}\b(?:handles?|copes? with|works? well (?:with|for|when)|suited to|good (?:for|at|when)|choose it (?:over k-means )?(?:especially )?when|adapts? to)\b[^.;]{0,40}\b(?:(?:very )?different|varying|varied|variable) densit]],
      [[\badapts? (?:ε|eps|epsilon) to (?:each|every|the local)\b]],
      [[\bchoose dbscan\b[^.;]{0,40}\bwhen\b[^.;]{0,40}\b(?:(?:very )?different|varying|varied|variable) densit]],
      [[\b(?:ε|eps|epsilon)\b[^.;]{0,20}\badapts? to (?:each|every|the) (?:cluster'?s? )?(?:local )?densit]],
      [[\bdbscan\b(?:(?!\bhdbscan\b|\boptics\b|\bnot\b|n't\b)[\s\S]){0,400}?\b(?:each cluster|it) (?:effectively )?(?:adapts?|gets?|uses?|has|picks?) its own (?:ε|eps|epsilon)\b]],
      [[\bdbscan\b(?:(?!\bhdbscan\b|\boptics\b|\bnot\b|n't\b)[\s\S]){0,400}?\b(?:it|dbscan) adapts? (?:the |its )?(?:neighbou?rhood|radius|ε|eps|epsilon)\b[^.;]{0,30}\blocal densit]],
      [[\badapts? (?:automatically )?to (?:each|every) cluster'?s? (?:own )?(?:spacing|density|scale)\b[^.;]{0,20}\bwith a single (?:ε|eps|epsilon|radius)\b]],
    },
    feedback = "DBSCAN's single ε and minPts define one density threshold, so it struggles when clusters differ "
      .. "in density; HDBSCAN or OPTICS handle that.",
  },
  {
    name = "the batch size and learning rate scaled the wrong way",
    patterns = {
      [[\b(?:doubl\w*|increas\w*|rais\w*|larger|bigger)\b (?:the )?batch(?: size)?\b[^.;]{0,30}\b(?:halv\w*|decreas\w*|reduc\w*|lower\w*|shrink\w*|divid\w*) (?:the )?(?:learning rate|lr|step size)\b]],
    },
    feedback = "Larger batches give less noisy gradients and usually take a larger learning rate (the linear "
      .. "scaling rule: double the batch, double the rate, with warm-up).",
  },
  {
    name = "a reliability diagram read backwards",
    patterns = {
      [[\b(?:above|over) the diagonal\b(?:(?!\bunder|\bbelow\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,60}\bover-?confident\b]],
      [[\bbelow (?:the )?diagonal\b(?:(?!\bover|\babove\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,60}\bunder-?confident\b]],
    },
    feedback = "On a reliability diagram (predicted on x, observed on y) a curve below the diagonal means the "
      .. "model is overconfident (events happen less often than predicted); above it, underconfident.",
  },
  {
    name = "transfer learning that freezes the late layers",
    patterns = {
      [[\bfreez\w* (?:the )?(?:last|later|top|final|deeper|higher) layers\b[^.;]{0,80}\b(?:retrain|re-train|fine-tune|unfreeze|train)\w* (?:the )?(?:early|earlier|first|lower|bottom|initial) layers]],
      [[\b(?:last|later|top|final) layers\b[^.;]{0,20}\bhold (?:the )?(?:generic|general|low-level)]],
    },
    feedback = "Early layers learn generic features (edges, textures) and are kept or frozen; the later, "
      .. "task-specific layers and the head are the ones retrained for the new task.",
  },
  {
    name = "seen text said to have higher perplexity",
    patterns = {
      [[\bhigher perplexity to the original (?:test )?items than to paraphrase]],
      [[\b(?:higher|larger|greater) perplexity\b[^.;]{0,60}\b(?:has seen|seen (?:them|it|the)|memori[sz]\w*|in (?:the|its) training|contaminat\w*)]],
      [[\b(?:seen|memori[sz]ed|contaminated) (?:items|text|examples|data|benchmarks?)\b[^.;]{0,30}\b(?:higher|larger) perplexity\b]],
      [[\b(?:contaminat\w*|memori[sz]\w*)\b(?:(?!\blower\b|\bnot\b|n't\b|\bwhile\b|\bwhereas\b|\bbut\b|\buncontaminat\w*)[^.;]){0,40}\bperplexity (?:on|of|for) (?:the )?(?:original\w*|verbatim|exact|seen|benchmark|test)\b(?:(?!\blower\b|\bnot\b|n't\b|\bparaphras\w*)[^.;]){0,40}\b(?:higher|larger|greater) than\b]],
      [[\bperplexity (?:on|of|for) (?:the )?(?:original|verbatim|exact|benchmark)\b(?:(?!\blower\b|\bnot\b|n't\b)[^.;]){0,40}\bhigher than (?:on |for )?(?:the )?paraphras\w*[^.;]{0,80}\b(?:has seen|seen (?:them|it|the)|memori[sz]\w*|contaminat\w*|trained on)]],
    },
    feedback = "Text a model has trained on is predicted better: seen or memorised items show unusually low "
      .. "perplexity.",
  },
  {
    name = "trees said to need feature scaling, or called high-bias",
    patterns = {
      [[(?<!\bunlike )(?<!\bunlike decision )\b(?:decision )?trees?\b[^.;,]{0,40}\b(?:need|needs|require|requires) (?:feature )?(?:scaling|normali[sz]ation|standardi[sz]ation)\b]],
      [[\b(?:decision )?trees?\b[^.;]{0,30}\bbecause (?:they(?: are|'re)|it(?: is|'s)) high[- ]bias]],
      [[\b(?:also )?matters? (?:also )?for (?:decision )?trees\b]],
      [[\b(?:deep|fully grown|unpruned) (?:decision )?trees? (?:are|have) (?:\w+ )?high[- ]bias]],
      [[\b(?:need|needs|require|requires|benefit from|sensitive to) (?:it|scaling|feature scaling|standardi[sz]ation|normali[sz]ation)\b:?(?:(?!\bnot\b|n't\b|\bnever\b|\bexcept\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\bnor\b|\bwithout\b)[^.;]){0,90}\b(?:and also|also|as well as|and even|even) (?:for )?(?:decision )?trees\b]],
      [[\b(?:trees?|forests?|splits?)\b(?:(?!\bnot\b|n't\b|\bnever\b)[^.;]){0,80}\b(?:wide|large|bigger|larger|high)[- ](?:range|scale|valued|magnitude)d? features (?:get|are) (?:picked|chosen|selected|favou?red|preferred)\b]],
      [[\bfeatures with (?:large|big|larger|bigger|high|higher) (?:raw )?(?:values|ranges|scales|magnitudes)\b[^.;]{0,15}\b(?:get|are) (?:picked|chosen|selected|favou?red|preferred) (?:more often )?(?:for (?:the )?splits?|to split on|as splits?)\b]],
      [[\b(?:gradient-?)?boosted trees\b need (?:it|scaling|feature scaling|standardi[sz]ation|normali[sz]ation) (?:just )?as much\b]],
    },
    feedback = "Trees split on thresholds, so monotone rescaling changes nothing; a deep tree has low bias and "
      .. "high variance, which is why it overfits and why pruning and averaging help.",
  },
  {
    name = "the receptive field said to grow multiplicatively with stride 1",
    patterns = {
      [[\bstride[- ]?1\b(?:(?!\bwhile\b|\bwhereas\b|\bbut\b|\bstrides\b|\bpooling\b|\bdilat)[^.;]){0,80}\bgrows? (?:multiplicatively|exponentially|geometrically)]],
      [[\b(?:two|2) (?:stacked )?(?:3 ?[×x*] ?3 )?(?:conv\w* )?layers? (?:see|cover|have a receptive field of) 9 ?[×x*] ?9]],
      [[\beach (?:3 ?[×x*] ?3 )?(?:stride[- ]?1 )?(?:conv\w* )?layer doubles (?:it|the receptive field)\b]],
      [[\bgrows? (?:multiplicatively|exponentially|geometrically)\b(?:(?!\blinear\w*|\badditive\w*|\bnot\b|n't\b|\bbut\b|\bwhile\b|\bwhereas\b|,)[^.;]){0,30}\b(?:even )?(?:with|at|for) stride[- ]?(?:1|one)\b]],
      [[\btwo (?:(?:3 ?[x*] ?3|three-by-three|3-by-3) )?(?:conv\w* )?layers (?:see|cover) (?:nine|9)\b(?! ?[x*]| by)]],
      [[\b(?:grows?|increases?|expands?) (?:exponentially|multiplicatively|geometrically) with (?:depth|layers|the number of layers)\b,? even without (?:any )?(?:pooling|strides?|striding|downsampling|dilation)\b]],
    },
    feedback = "With stride 1, each k × k layer adds k − 1: L layers of 3 × 3 see (2L + 1) × (2L + 1), so two see "
      .. "5 × 5 and three 7 × 7; strides and pooling make it grow multiplicatively.",
  },
  {
    name = "the RLHF KL penalty placed on the reward model",
    patterns = {
      [[\bkl\b[^.;]{0,40}\b(?:applied to|keeps) the reward model\b]],
      [[\bkl\b[^.;]{0,60}\bclose to the reward model'?s?\b]],
      [[\bkl (?:penalty|term)\b(?:(?!\bnot\b|n't\b)[^.;]){0,30}\b(?:added|applied|used) (?:while|when|during) (?:training|fitting) (?:of )?the reward model\b]],
      [[\bkl (?:penalty|term)\b(?:(?!\bnot\b|n't\b)[^.;]){0,60}\badded (?:to the reward )?with a positive sign\b]],
    },
    feedback = "The KL penalty keeps the policy close to the supervised (reference) model, so it cannot drift "
      .. "into outputs that exploit the reward model.",
  },
  {
    name = "an interaction feature written as a sum",
    patterns = {
      [[\b(?:interaction|cross)(?:ed)?(?: feature| term| column)?\b[^.;]{0,25}\bx_?[₁1] ?\+ ?x_?[₂2]\b(?![^.;]{0,25}\b(?:would(?:n't| not)|does(?:n't| not)|won't|will not|is not|isn't|can't|cannot|doesn't help|fails?)\b)]],
    },
    feedback = "An interaction is a product such as x₁ · x₂; a sum is still linear in the inputs and separates "
      .. "nothing new.",
  },
  {
    name = "Davies-Bouldin read as higher-is-better",
    patterns = {
      [[\bdavies[- ]?bouldin\b(?:(?!\bsilhouette\b|\blower\b)[^.;]){0,120}\bhigher (?:values? |scores? )?(?:is |are |means? |indicates? )?(?:better|better[- ]separated)]],
    },
    feedback = "Lower Davies-Bouldin is better (compact, well-separated clusters); higher silhouette is better.",
  },
  {
    name = "a wider prior said to regularise more",
    patterns = {
      [[\b(?:wider|broader|larger[- ]variance|less certain|flatter|more diffuse|weaker) (?:gaussian )?prior\b[^.;]{0,30}\b(?:stronger|more|heavier) (?:regulari[sz]ation|shrinkage|penalty)]],
      [[\bflat prior\b[^.;]{0,30}\b(?:maximal|maximum|strongest|most) (?:shrinkage|regulari[sz]ation)]],
      [[\b(?:larger|bigger|higher) (?:the )?prior variance\b[^.;]{0,30}\b(?:stronger|more) (?:regulari[sz]ation|shrinkage)]],
      [[\b(?:wider|broader|flatter|more diffuse|more spread-out|more spread out)\b(?:,? (?:more )?[\w-]+){0,2} prior\b(?:(?!\bnot\b|n't\b|\bweaker\b|\bless\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,30}\b(?:stronger|more|heavier) (?:regulari[sz]ation|shrinkage|penalty)\b]],
      [[\blambda (?:equals|=|is) (?:tau|τ) ?(?:squared|\^ ?2|²) ?(?:over|/|divided by) ?(?:sigma|σ) ?(?:squared|\^ ?2|²)]],
    },
    feedback = "A tight prior (small variance) regularises strongly; a wide or flat prior barely at all. For ridge, "
      .. "λ = σ² / τ².",
  },
  {
    name = "data drift and concept drift swapped",
    patterns = {
      [[\binputs?(?: distributions?)? (?:have |has )?(?:stayed|remained|stay|remain|are|is) (?:the )?same\b[^.;]{0,60}\b(?:that's|that is|it's|it is|means|called) (?:data drift|covariate shift)]],
      [[\binputs?(?: distributions?)? (?:have |has )?(?:stayed|remained|stay|remain|are|is) (?:the )?same,? but\b[^.;]{0,60}\b(?:that's|that is|it's|it is|means|called) (?:data drift|covariate shift)]],
      [[\binputs? (?:have |has )?(?:shifted|changed|moved)\b[^.;]{0,30}\b(?:that's|that is|it's|it is|means|called) concept drift]],
      [[\b(?:psi|ks|kolmogorov\w*)\b(?:(?!\bbut\b|\bnot\b|n't\b|\bonly\b)[^.;]){0,80}\b(?:the concept has drifted|concept (?:has )?drifted)]],
      [[\b(?:feature|input) distributions? (?:haven't|have not|hasn't|has not|didn't|did not) (?:moved|changed|shifted|drifted)\b[^.;]{0,60}\bno concept drift]],
      [[\bcovariate shift (?:is|means|happens) (?:when )?(?:the )?(?:relationship|mapping|conditional)\b(?:(?!\bstays?\b|\bfixed\b|\bsame\b|\bconstant\b|\bunchanged\b|\bpreserved\b|\bintact\b|\bholds?\b|\bkept\b|\bstable\b|\binvariant\b|\bbut\b|\bwhile\b|\bwhereas\b|\bnot\b|n't\b)[^.;]){0,50}\b(?:changes?|shifts?|drifts?)\b]],
      [[\b(?:none of the|no) (?:feature|input)(?: distributions?|s)? (?:have |has )?(?:shifted|changed|moved|drifted)\b[^.;]{0,30}\brules? out (?:any )?(?:drift|concept drift)\b(?! in the (?:inputs|features))]],
      [[\bconcept drift\b\s*(?:=|:|is|means|refers to|is when|happens when|occurs when|is a)\s*(?:a |an |the )?(?:change in |shift in |change of )?(?:the )?(?:(?:input|feature|covariate)s?(?: features?)? (?:distribution|p ?\( ?x ?\))|p ?\( ?x ?\))(?![^.;]{0,40}\b(?:stays?|remains?|unchanged|fixed|same|constant|holds?|stable|preserved|intact|kept|invariant|doesn't change|does not change|but|while|whereas)\b)]],
      [[\b(?:data drift|covariate shift)\b\s*(?:=|:|is|means|refers to|is when|happens when|occurs when|is a)\s*(?:a |an |the )?(?:change in |shift in |change of )?(?:the )?(?:relationship between (?:the )?(?:features|inputs|x) and (?:the )?(?:label|target|y|outcome)|p ?\( ?y ?\| ?x ?\))(?![^.;]{0,40}\b(?:stays?|remains?|unchanged|fixed|same|constant|holds?|stable|preserved|intact|kept|invariant|doesn't change|does not change|but|while|whereas)\b)]],
      [[\bconcept drift\b\s*(?:is|means|refers to|is when|happens when|occurs when)\s*(?:a |an |the )?(?:change in |shift in |change of )?(?:the )?distribution of (?:the )?(?:inputs?|features?|covariates?|x)\b(?= (?:changes|shifts|drifts|moves)\b|(?![^.;]{0,40}\b(?:stays?|remains?|unchanged|fixed|same|constant|holds?|stable|preserved|intact|kept|invariant|doesn't change|does not change|but|while|whereas)\b))]],
      [[\b(?:data drift|covariate shift)\b\s*(?:is|means|refers to|is when|happens when|occurs when)\s*(?:a |an |the )?(?:change in |shift in |change of )?(?:the )?relationship between (?:the )?(?:features|inputs|x) and (?:the )?(?:labels?|targets?|y|outcomes?)(?= (?:changes|shifts|drifts|moves)\b)]],
    },
    feedback = "Data drift (covariate shift) is a change in the inputs P(x); concept drift a change in P(y | x), "
      .. "which the inputs alone cannot show: it needs labels or a proxy for them.",
  },
  {
    name = "MAPE said to handle zero targets, or to favour over-forecasts",
    patterns = {
      [[\bmape\b[^.;]{0,60}\bworks well for slow-moving and intermittent\b]],
      [[\bmape\b(?:(?!\bnot\b|n't\b|\bexcept\b|\bunless\b|\bbut\b|\bnever\b|\bwhile\b|\bwhereas\b|\bavoid\w*)[^.;]){0,100}\b(?:right|best|good|ideal|natural|appropriate) (?:choice|metric)\b(?:(?!\bnot\b|n't\b|\bexcept\b|\bunless\b|\bbut\b|\bnever\b|\bother than\b)[^.;]){0,40}\b(?:intermittent|slow-moving|sparse|zero(?:-| )(?:sales|demand)|many zeros?)\b]],
      [[\bmape\b[^.;]{0,60}\bpenali[sz]\w* under-?(?:forecasts?|predictions?|estimates?|forecasting|predicting) more\b]],
      [[\b(?:tuned|optimi[sz]ed|trained) (?:on|for) mape (?:tend to |will )?over-?(?:forecast|predict)]],
      [[\bmape\b[^.;]{0,80}\b(?:handles?|copes? with|works? (?:well |fine )?(?:with|for|on)|fine (?:with|for)|robust to|gracefully)\b(?:(?!\bbadly\b|\bpoorly\b)[^.;]){0,30}\bzero(?![^.;]{0,25}\b(?:badly|poorly)\b)]],
      [[\bmape\b(?:(?!\bquantile\b|\bpinball\b)[^.]){0,60}\bunder-?(?:forecasts?|predictions?|estimates?) (?:are |get |is )?(?:penali[sz]ed|punished|cost(?:s|ing)?) (?:more|harder|more heavily|more severely) than over-?(?:forecasts?|predictions?|estimates?)\b]],
      [[\bmape\b(?:(?!\bquantile\b|\bpinball\b)[^.]){0,60}\b(?:penali[sz]\w*|punish\w*) under-?(?:forecasts?|predictions?|estimates?|forecasting|predicting) (?:more|harder|more heavily|more severely)\b]],
      [[\bmape\b(?:(?!\bquantile\b|\bpinball\b|\bnot\b|n't\b)[^.]){0,80}\b(?:biased|bias(?:es)?|push\w*|tilt\w*|skew\w*) (?:the )?(?:models? |forecasts? |predictions? )?(?:toward|towards) over-?(?:predict\w*|forecast\w*|estimat\w*)]],
      [[\bmape\b[^.;]{0,80}\b(?:handles?|copes? with|deals? with|works? (?:well |fine )?(?:with|for|on))\b(?:(?!\bbadly\b|\bpoorly\b)[^.;]){0,50}\bzero[- ](?:sales|demand)(?: days| periods| weeks)?\b(?![^.;]{0,15}\b(?:badly|poorly)\b)]],
      [[\bunder-?(?:forecasts?|predictions?|estimates?)\b(?:(?!\bnot\b|n't\b)[^.;]){0,20}\b(?:penali[sz]ed|punished|unbounded|without (?:a )?bound)\b[^.;]{0,40}\bover-?(?:forecasts?|predictions?|estimates?) (?:are |is )?(?:capped|bounded|limited) at 100 ?%]],
      [[\b(?:tuned|optimi[sz]ed|trained) (?:on|for) mape (?:\w+ )?over-?(?:forecasts?|predicts?)\b]],
      [[\bmape\b(?:(?!\bnot\b|n't\b|\bexcept\b|\bunless\b|\bbut\b|\bnever\b|\bwhile\b|\bwhereas\b|\bavoid\w*)[^.;]){0,60}\btreats? (?:slow-moving|low-volume|intermittent|small)(?: \w+)? (?:items|products|series|skus) fairly\b]],
    },
    feedback = "MAPE divides by the actual value, so it is undefined or explodes when actuals are zero or near "
      .. "zero, and it penalises over-forecasts more (an under-forecast costs at most 100%), so it pushes "
      .. "forecasts low; use MAE, a scaled error (MASE) or weighted MAPE.",
  },
  {
    name = "cross-encoder and bi-encoder roles swapped",
    patterns = {
      [[(?<!\bthan )(?<!\bthan a )(?<!\bthan the )\bcross-?encoders?\b(?:(?!\bslow|\bexpensive|\bcostly|\btoo\b|\bnot\b|n't\b|\bcannot\b|\bimpractical|\bhence\b|\bwhereas\b|\bwhile\b|\bunlike\b|\bbut\b)[^.;]){0,40}\b(?:first[- ]stage|over the (?:whole|entire|full) corpus|for (?:the )?(?:initial |first[- ]stage )?retrieval)\b]],
      [[\brerank\w*\b[^.;]{0,30}\b(?:with|using) (?:a )?bi-?encoder]],
    },
    feedback = "A bi-encoder embeds queries and documents separately, so it can search the whole corpus; a "
      .. "cross-encoder reads each query-document pair together, more accurate but only affordable for "
      .. "reranking the top candidates.",
  },
  {
    name = "cudnn benchmark mode said to make runs reproducible",
    patterns = {
      [[\bcudnn\.benchmark\s*=\s*true\b[^.;]{0,80}\b(?:same|reproduc\w*|determinis\w*|identical)]],
    },
    feedback = "cudnn.benchmark = True picks the fastest algorithm per run, which may differ between runs; for "
      .. "reproducibility set it to False and enable deterministic algorithms.",
  },
  {
    name = "a threshold, a stopping point or a model chosen on the test set",
    patterns = {
      [[\bstop the test as soon as\b[^.;]{0,40}\b(?:significan\w*|p ?<|reaches)]],
      [[\b(?:use|using) the test set\b[^.;]{0,20}\brather than a validation set\b]],
      [[(?<!\bif you )(?<!\bif we )(?<!\bwhen you )(?<!\bwhen we )\bpick\w* the (?:configuration|model|settings?|run) with the best test (?:score|accuracy|set|loss)\b(?![^.;]{0,60}\b(?:optimistic\w*|biased|leak\w*|wrong|mistake|overestimat\w*|inflat\w*)\b)]],
      [[\b(?:sweep|tun|choos|pick|select|optimi[sz])\w* (?:the )?(?:decision |classification )?thresholds?\b(?:(?!\bvalidation\b|\bnot\b|n't\b|\bnever\b|\bdev\b)[^.;]){0,40}\bon the (?:held-?out |hold-?out |final )?test (?:set|data)\b]],
      [[\b(?:monitor|watch|track)\w* (?:the )?test (?:set|loss|data|error)\b(?:(?!\bnot\b|n't\b|\bnever\b)[^.;]){0,60}\b(?:stop\w*|early stopping|choose|pick)\b]],
      [[\bstop at the epoch where (?:the )?test (?:loss|error) is lowest\b]],
      [[\btest (?:set|score)\b[^.;]{0,20}\bstays? unbiased as long as\b]],
      [[(?<!\bif you )(?<!\bwhen you )(?<!\bonce you )\b(?:adjust|tweak|tune|change)\w* the model and (?:check|evaluate|look at|score)\w* (?:it on )?the test set again\b(?![^.;]{0,60}(?:\b(?:no longer|not|optimistic|leaks?|biased)|n't)\b)]],
      [[(?<!\bif you )(?<!\bif we )(?<!\bwhen you )(?<!\bwhen we )(?<!\bnot to )\b(?:keep|kept|keeps|keeping)\b(?:(?!\bnot\b|n't\b|\bnever\b)[^.;]){0,30}\b(?:evaluat|test|check|scor|measur|compar|re-?run|rerun)\w*\b[^.;]{0,20}\b(?:on|against) (?:the |that |this |our )?(?:same )?(?:held-?out )?test (?:set|data|split)\b[^.;]{0,30}\buntil\b[^.;]{0,50}\b(?:signific\w*|p ?<|p-values?|beats?|wins?|better|best)(?!\w)(?![^.;]{0,60}(?:\b(?:p-hack\w*|no longer|not|optimistic|leaks?|biased|invalid\w*)|n't)\b)]],
      [[(?<!\bif you )(?<!\bif we )(?<!\bnot )(?<!n't )(?<!\bnever )\b(?:keep|pick|choos|select|tak)(?:e|es|ing|s)?\b (?:whichever|the) (?:setting|config(?:uration)?|model|value|run|hyperparameters?|lambda|checkpoint|candidate|variant)s? (?:that |which )?(?:gives?|has|had|gave|with|yields?|achieves?|scores?) (?:the )?(?:lowest|best|highest|smallest) test(?:-set)? (?:error|loss|score|accuracy|auc|performance|rmse)\b(?![^.;]{0,60}(?:\b(?:optimistic\w*|biased|leak\w*|wrong|mistake|not)|n't)\b)]],
      [[(?<!\bif you )(?<!\bif we )(?<!\bnot )(?<!n't )(?<!\bnever )\b(?:keep|pick|choos|select|tak)(?:e|es|ing|s)?\b the one (?:that |which )?(?:gives?|has|had|gave|with|yields?|achieves?|scores?) (?:the )?(?:lowest|best|highest|smallest) test(?:-set)? (?:error|loss|score|accuracy|auc|performance|rmse)\b(?![^.;]{0,60}(?:\b(?:optimistic\w*|biased|leak\w*|wrong|mistake|not)|n't)\b)]],
    },
    feedback = "Anything chosen by looking at the test set (a threshold, an epoch, a model) makes its score "
      .. "optimistic: choose on a validation set and keep the test set for one final estimate.",
  },
  {
    name = "single and complete linkage swapped",
    patterns = {
      [[\bcomplete linkage\b(?:(?!\bsingle\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,40}\b(?:closest|nearest|minimum|smallest) (?:pair|distance)]],
      [[\bsingle linkage\b(?:(?!\bcomplete\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,40}\b(?:farthest|furthest|maximum|largest) (?:pair|distance)]],
      [[\bcomplete linkage\b(?:(?!\bsingle\b|\bwhile\b|\bwhereas\b|\bbut\b|\bnot\b|n't\b)[^.;]){0,40}\bchain]],
      [[\bsingle linkage\b(?:(?!\bcomplete\b|\bwhile\b|\bwhereas\b|\bbut\b|\bnot\b|n't\b)[^.;]){0,40}\b(?:compact|round|spherical) clusters]],
    },
    feedback = "Single linkage merges by the closest pair of points and tends to chain; complete linkage uses the "
      .. "farthest pair and gives compact clusters.",
  },
  {
    name = "ReLU said to cure dead units",
    patterns = {
      [[(?<!leaky )(?<!leaky-)\brelu\b(?:(?!\bleaky\b|\bnot\b|n't\b)[^.;]){0,60}\b(?:solves|fixes|avoids|prevents|cures)\b[^.;]{0,10}\b(?:the )?dead[- ](?:neurons?|units?|relu)]],
      [[\bsince relu is unbounded,? units can never (?:get stuck|die)\b]],
    },
    feedback = "Plain ReLU can die: a unit whose input stays negative gets zero gradient for good; leaky ReLU "
      .. "and its variants exist to avoid that. What ReLU avoids is saturation for positive inputs.",
  },
  {
    name = "boosting's trees said to be fitted by gradient descent",
    patterns = {
      [[\b(?:split (?:thresholds?|points)|thresholds and leaf values|leaf values)\b[^.;]{0,40}\b(?:are )?learned by gradient descent]],
    },
    feedback = "Gradient boosting takes a gradient step in function space: each tree is fitted greedily to the "
      .. "negative gradient of the loss (the residuals for squared error), not trained by gradient descent.",
  },
  {
    name = "generative and discriminative data needs swapped",
    patterns = {
      [[\bdiscriminative (?:models? |classifiers? )?(?:converge|learn)\w* (?:with|from|on) (?:much |far )?(?:less|fewer) (?:data|examples|samples)]],
      [[\bgenerative (?:models? |classifiers? )?(?:need|require)\w* more data but\b[^.;]{0,30}\blower asymptotic error]],
      [[\bdiscriminative\b(?:(?!\bgenerative\b|\bnaive bayes\b|\bnot\b|n't\b|\bversus\b|\bvs\b|\bcompared\b|\bthan\b|\bwhile\b|\bwhereas\b|\bbut\b|,|\bo ?\( ?(?:d|n|p) ?\))[^.;]){0,50}\bo ?\( ?log ?\(? ?(?:d|n|p)\b]],
      [[\b(?:given enough data|asymptotically|with enough data|in the limit)\b(?:(?!\bnot\b|n't\b)[^.;]){0,30}\b(?:always )?(?:reaches?|achieves?|gets?|has) (?:a )?lower (?:classification |asymptotic )?error than (?:the |its |a )?discriminative\b]],
      [[\bgenerative (?:models?|classifiers?)\b(?:(?!\bdiscriminative\b|\bwhile\b|\bwhereas\b|\bbut\b|\bnot\b|n't\b)[^.;]){0,40}\b(?:lower|better) asymptotic (?:error|accuracy)\b]],
      [[\b(?:on|with|for) small (?:data ?sets?|data|samples|training sets?)\b,? (?:the )?discriminative (?:models?|classifiers?|methods?) (?:always |usually |typically |tend to )?(?:wins?|do better|does better|beats?|outperforms?)\b]],
    },
    feedback = "Generative classifiers such as naive Bayes reach their (higher) asymptotic error with less data; "
      .. "discriminative ones such as logistic regression need more data but reach a lower asymptotic error.",
  },
  {
    name = "a larger sample said to cut Type I errors",
    patterns = {
      [[\b(?:cut|reduc|lower|shrink)\w* (?:the )?type (?:i|1|one) errors?\b[^.;]{0,25}\b(?:bigger|larger|more) (?:sample|data)\b]],
      [[\b(?:bigger|larger|more) (?:sample|data)\b[^.;]{0,40}\bfalse[- ]positive (?:chance|rate|probability) at (?:alpha|α)\b[^.;]{0,20}\bshrinks?]],
    },
    feedback = "The Type I error rate is the significance level α, whatever the sample size; a larger sample "
      .. "raises power, cutting Type II errors.",
  },
  {
    name = "inverted dropout said to multiply by the keep probability",
    patterns = {
      [[\binverted dropout\b(?:(?!\boriginal\b|\bstandard\b|\bvanilla\b|\bclassic\w*|\bnon-inverted\b|\bplain\b|\bunlike\b|\bwhereas\b|\bwhile\b|\binstead\b|\brather than\b|\bavoid\w*|\bnot\b|n't\b|\bno\b|\bnever\b)[^.;]){0,60}\bmultipl\w*\b[^.;]{0,30}\bby (?:the )?(?:keep probability|1 ?- ?p\b|\(1 ?- ?p\))]],
      [[\binverted dropout\b(?:(?!\boriginal\b|\bstandard\b|\bvanilla\b|\bclassic\w*\b|\bnon-inverted\b|\bplain\b|\bunlike\b|\bwhereas\b|\bwhile\b|\binstead\b)[^.;]){0,80}\b(?:at|during) (?:test|inference|evaluation|prediction)(?: time)?,? (?:you |we |it )?(?:divide|multiply|scale|rescale)s?\b]],
      [[\binverted dropout\b[^.;]{0,30}\btraining uses the raw\b]],
      [[\binverted dropout\b(?:[^.]|(?<=\d)\.(?=\d)){0,120}?\K\bmultipl\w* (?:the )?(?:surviving|kept|remaining|retained) (?:activations?|units?|neurons?|outputs?) by (?:0?\.\d+|the keep probability|1 ?- ?p\b|\(1 ?- ?p\))]],
      [[\b(?:divid\w*|rescal\w*|scal\w*)\b[^.;]{0,30}\bby p,? the drop (?:rate|probability)\b]],
    },
    feedback = "Inverted dropout divides the surviving activations by the keep probability 1 − p during "
      .. "training, so the expected activation is unchanged and nothing is rescaled at test time.",
  },
  {
    name = "balancing or selecting features on all the data first",
    patterns = {
      [[\b(?:smote|oversampl\w*)\b[^.;]{0,30}\b(?:to|on) the (?:whole|full|entire) data ?set first\b]],
      [[\bstandardi[sz]e the whole series\b]],
      [[\bbefore splitting,? compute\b[^.;]{0,80}\bon the (?:full|whole|entire) series\b]],
      [[\b(?:fine|ok|okay|safe) to (?:compute|fit|do|apply)\b[^.;]{0,30}\bon the (?:full|whole|entire) data ?set before splitting]],
      [[\bbefore (?:you )?split\w*\b[^.;]{0,50}\bso (?:that )?both (?:sets|train and test)\b[^.;]{0,30}\b(?:same|consistent)]],
      [[\bfit the scaler\b[^.;]{0,60}\bon the (?:full|whole|entire) series\b]],
      [[\b(?:first|start by)\b[^.;]{0,30}\b(?:smote|oversampl\w*|undersampl\w*|balanc\w*)\b[^.;]{0,40}\b(?:on|to|over) (?:the )?(?:full|whole|entire) (?:data ?set|data)\b]],
      [[\b(?:pick|select|choose)\w* (?:the )?(?:top|best) \d+ features\b[^.;]{0,60}\b(?:on|using|over|with) (?:all|the full|the whole|the entire)\b]],
      [[\b(?:first )?standardi[sz]e the (?:whole|full|entire) (?:series|data ?set|data)\b[^.;]{0,30}\bthen split]],
      [[\bcent(?:red|ered) rolling (?:averages?|means?|windows?)\b[^.;]{0,40}\b(?:over|on) the (?:full|whole|entire)]],
      [[\b(?:shuffle|split)\w* the (?:whole|full|entire) augmented (?:set|data ?set|data)\b]],
      [[\baugment\w* the (?:whole|full|entire) data ?set (?:up front|upfront|first)\b[^.;]{0,60}\bsplit]],
      [[\bon the (?:full|whole|entire) (?:series|data ?set|data) first and then (?:do )?(?:the )?(?:time |random )?split]],
      [[\bto rule out leakage\b[^.;]{0,60}\b(?:shuffle|random)\w*\b[^.;]{0,30}\bsplit]],
      [[\b(?:do|run|perform) feature selection (?:once )?(?:on|over|using) (?:the )?(?:full|whole|entire) data ?set\b(?![^.;]{0,60}\b(?:leak\w*|only|unless|without (?:the |using )?labels|unsupervised|bias\w*|optimistic\w*|wrong|mistake|invalid\w*|inflat\w*|cheat\w*|contaminat\w*)\b)]],
      [[\bfit the scaler\b[^.;]{0,60}\b(?:from|using|over) (?:statistics from )?the (?:full|whole|entire) (?:series|data ?set|data)\b(?![^.;]{0,60}\b(?:leak\w*|bias\w*|optimistic\w*|wrong|mistake|invalid\w*|inflat\w*|cheat\w*|contaminat\w*)\b)]],
      [[\bselection\b(?:(?!\bnot\b|n't\b|\bnever\b|\binside\b|\bwithin\b)[^.;]){0,60}\b(?:whole|full|entire) data ?set\b(?:(?!\bnot\b|n't\b|\bnever\b)[^.;]){0,40}\b(?:is|are) (?:perfectly |totally |completely )?(?:fine|ok|okay|safe|harmless|acceptable|no problem)\b(?![^.;]{0,30}\b(?:only|if|when|unless|as long as|provided)\b)]],
      [[\b(?:can|may|should)(?!'t| not)\b (?:safely |just )?(?:select|pick|choose) (?:the )?features\b[^.;]{0,30}\b(?:on|using|over|from) (?:all|the (?:whole|full|entire)) (?:the )?(?:data|data ?set|rows)\b[^.;]{0,20}\bbefore (?:cross-validat\w*|cv|splitting|the split)]],
      [[(?<!n't )(?<!not )(?<!never )(?<!if you )(?<!if we )(?<!when you )(?<!when we )\b(?:normali[sz]e|standardi[sz]e|rescale|scale)\w* the (?:whole|full|entire) (?:series|data ?set|data)\b(?:(?!\bnot\b|n't\b|\bnever\b)[^.;]){0,80}\bbefore (?:splitting|the split|you split|we split)\b(?![^.;]{0,60}\b(?:leak\w*|bias\w*|optimistic\w*|wrong|mistake|invalid\w*|inflat\w*|cheat\w*|contaminat\w*)\b)]],
      [[(?<!n't )(?<!not )(?<!never )(?<!avoid )(?<!mistake is to )(?<!error is to )(?<!rather than )(?<!instead of )\b(?:compute|calculate|fit|estimate|derive)\w* (?:the )?(?:normali[sz]ation|scaling|standardi[sz]ation|imputation|mean|scaler)\b[^.;]{0,50}\b(?:from|on|over|using) (?:the )?(?:full|whole|entire) (?:series|data ?set|data|history)\b(?:(?!\bnot\b|n't\b)[^.;]){0,10}\bbefore (?:splitting|the split|you split|we split)\b[^.]{0,20}\b(?:that's|that is|it's|it is|which is|this is) (?:perfectly |completely |totally )?(?:safe|fine|ok|okay|harmless|legitimate)\b]],
      [[(?<!avoid )(?<!avoiding )(?<!than )(?<!of )(?<!if you )(?<!if we )(?<!when you )(?<!when we )\b(?:doing|running|performing) feature selection (?:on|over|using) (?:the )?(?:full|whole|entire) data ?set\b(?![^.;]{0,40}\b(?:only|if|when|unless|as long as|provided|without (?:the |using )?labels|unsupervised)\b)[^.;]{0,80}\b(?:because|since)\b[^.;]{0,60}\b(?:can't|cannot|won't|doesn't|does not) leak\b]],
      [[(?<!n't )(?<!not )(?<!never )(?<!avoid )(?<!\bif you )(?<!\bif we )(?<!\bwhen you )(?<!\bwhen we )(?<!\bthan )(?<!\binstead of )\b(?:fit|fitted|fitting|compute|computed|computing)\b (?:the )?(?:scaler|normali[sz]\w*|standardi[sz]\w*|target encod\w*|encoders?|imputers?)\b[^.;]{0,60}\b(?:on|over|from|using) (?:the )?(?:full|whole|entire) (?:history|series|data ?set|data|table)\b[^.;]{0,20}\bthen (?:cut|split|make|create|build|do|run)\w*\b(?![^.;]{0,60}\b(?:leak\w*|bias\w*|optimistic\w*|wrong|mistake|invalid\w*|inflat\w*|cheat\w*|contaminat\w*)\b)]],
      [[\b(?:fine|ok|okay|safe|harmless)\b,?(?: though,?)? (?:is |to )(?:do(?:ing)? )?feature selection (?:on|over|using) (?:the )?(?:full|whole|entire) data ?set\b(?![^.;]{0,40}\b(?:only|if|when|unless|as long as|provided|without (?:the |using )?labels|unsupervised)\b)]],
      [[(?<!\bnot )(?<!n't )(?<!\bnever )(?<!\bavoid )(?<!\bif you )(?<!\bif we )\b(?:balanc\w*|oversampl\w*|undersampl\w*|resampl\w*|smote)\b (?:the )?(?:whole|full|entire) data ?set\b[^.;]{0,60}\bthen (?:split|divide|partition|cut)\w*\b(?![^.;]{0,60}\b(?:leak\w*|bias\w*|optimistic\w*|wrong|mistake|inflat\w*)\b)]],
      [[\bon the (?:full|whole|entire) data ?set\b,? (?:rank|score|select|pick|filter|choose)\w* (?:the )?features\b[^.;]{0,40}\b(?:correlation|association|mutual information|relevance) with the (?:label|target|outcome|class)\b(?![^.;]{0,60}\b(?:leak\w*|bias\w*|optimistic\w*|wrong|mistake|inflat\w*)\b)]],
      [[(?<!\bif you )(?<!\bif we )\b(?:rank|score|select|pick|filter|choose)\w* (?:the )?features\b[^.;]{0,40}\b(?:correlation|association|mutual information) with the (?:label|target|outcome|class)\b[^.;]{0,30}\b(?:on|over|using) (?:the )?(?:full|whole|entire|all the) (?:data ?set|data|rows)\b(?![^.;]{0,60}\b(?:leak\w*|bias\w*|optimistic\w*|wrong|mistake|inflat\w*)\b)]],
      [[(?<!\bnot )(?<!n't )(?<!\bnever )\bbefore (?:splitting|the split|you split|we split|cutting the folds)\b,? (?:fit|compute|calculate|estimate|learn)\w*\b[^.;]{0,80}\bon the (?:full|whole|entire) (?:series|data ?set|data|history)\b(?![^.;]{0,60}\b(?:leak\w*|bias\w*|optimistic\w*|wrong|mistake|inflat\w*)\b)]],
    },
    feedback = "Resampling, feature selection and any fitted transform must be done inside the training part "
      .. "(inside each fold); done on all the data first they leak the test rows into training, and a random "
      .. "split cannot reveal leakage that it shares.",
  },
  {
    name = "the curse of dimensionality said to spread distances out",
    patterns = {
      [[\bnearest neighbou?r (?:is|becomes|gets) (?:relatively )?(?:much )?closer than the farthest]],
      [[\bdistances\b[^.;]{0,30}\bbecome more spread out\b]],
      [[\b(?:dimension\w*|features)\b[^.;]{0,40}\bnearest neighbou?rs? (?:become|get) (?:very |more |much |increasingly )?(?:sharply|clearly|well|cleanly) (?:separated|distinguished|distinct)\b]],
      [[\b(?:relative contrast|ratio (?:of|between) (?:the )?(?:farthest|nearest) (?:and|to) (?:the )?(?:nearest|farthest)(?: (?:neighbou?r|distance))?s?)\b(?:(?!\bnot\b|n't\b)[^.;]){0,20}\b(?:grows?|increases?|rises?)\b[^.;]{0,20}\b(?:with|as) (?:the )?(?:dimension|dimensionality|number of (?:features|dimensions))]],
      [[\bdouble (?:your |the )?(?:features|dimensions)\b[^.;]{0,40}\b(?:roughly |about )?double (?:your |the )?(?:training set|data|sample size)\b[^.;]{0,30}\bsame density\b]],
      [[\b(?:data|samples|examples) (?:you )?(?:need|needed|required)\b[^.;]{0,20}\bgrows? linearly with (?:the )?(?:number of )?(?:dimensions|features|dimensionality)\b[^.;]{0,40}\bdensity\b]],
    },
    feedback = "In high dimensions distances concentrate: the nearest and farthest neighbours become almost "
      .. "equally far, so distance-based methods lose contrast.",
  },
  {
    name = "a back-transformed log prediction said to be unbiased",
    patterns = {
      [[\b(?:back-?transform\w*|exponentiat\w*)\b(?:(?!\bnot\b|n't\b|\bbut\b)[^.;]){0,60}\bunbiased (?:estimate|prediction|estimator)? ?(?:of )?(?:the )?(?:expected|mean|average)\b]],
      [[\b(?:apply|applying|take|taking|use|using) (?:the )?(?:expm1|exp|exponential)\b(?:(?!\bnot\b|n't\b|\bbut\b|\bmedian\b|\bcorrect\w*|\bsmear\w*)[^.;]){0,40}\b(?:gives?|yields?|returns?|recovers?) (?:you )?(?:the )?(?:expected|mean)\b(?! of the log)]],
      [[\bexp(?:onential)?\b(?: of)? (?:the )?(?:mean|average|expected|predicted) (?:of (?:the )?)?log\w*\b(?:(?!\bnot\b|n't\b)[^.;]){0,20}\boverestimat\w*\b]],
      [[\b(?:back-?transform\w*|exponentiat\w*|exp)\b(?:(?!\bnot\b|n't\b|\bunder\w*)[^.;]){0,80}\bscale (?:the )?predictions? down\b]],
    },
    feedback = "exp of a prediction made on the log scale estimates the median, not the mean: it is biased low, "
      .. "and needs a correction (a smearing factor, or exp(σ² / 2) under normal errors) before summing.",
  },
  {
    name = "underfitting said to need more data or more regularisation",
    patterns = {
      [[\bunderfit\w*\b(?:(?!\boverfit\w*|\bnot\b|n't\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,60}\b(?:increase|more|add|stronger)\w* regulari[sz]ation\b]],
      [[\bunderfit\w*\b(?:(?!\boverfit\w*|\bnot\b|n't\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,40}\bfix\b[^.;]{0,20}\balso\b[^.;]{0,20}\bmore data\b]],
      [[\bunderfit\w*\b(?:(?!\boverfit\w*|\bhigh variance\b|\bnot\b|n't\b|\bwhile\b|\bwhereas\b|\bbut\b|\bgap\b|\bvalidation\b|\bif\b|\bwhen\b|\bcapacity\b|\bcomplex\w*|\bfeatures?\b|\bbigger\b|\blarger\b)[^.]){0,70}\b(?:fix|remedy|solution|cure|answer) is (?:to )?(?:collect|get|gather|add|acquire|use)\w* (?:more|additional) (?:training )?data\b]],
      [[\b(?:adding |collecting |getting )?(?:more|additional) (?:training )?data\b(?:(?!\bvariance\b|\bnot\b|n't\b|\bwhile\b|\bwhereas\b|\bbut\b|\bonly\b)[^.;]){0,20}\b(?:is )?the (?:main|best|primary|standard|usual) way to (?:cut|reduce|lower|fix) (?:the )?bias\b]],
      [[\b(?:fix|remedy|cure|solution|answer) (?:for|to) (?:a )?(?:high bias|underfitting)\b(?:(?!\bnot\b|n't\b)[^.;]){0,10}\bis (?:to )?(?:collect\w*|get\w*|gather\w*|add\w*|acquir\w*|us\w*) (?:more|additional|extra) (?:training )?(?:data|examples|samples)\b]],
      [[\bhigh bias\b(?:(?!\bvariance\b|\bnot\b|n't\b|\bwhile\b|\bwhereas\b|\bbut\b|\bunlike\b|\boverfit\w*)[^.;]){0,30}\b(?:is )?(?:fixed|cured|solved|remedied|addressed) (?:mainly |mostly |best )?(?:by|with) (?:collecting |getting |gathering |adding )?(?:more|additional) (?:training )?data\b]],
      [[\b(?:high bias|underfit\w*)\b\s*(?:->|→|=>|:)\s*(?:collect\w* |get\w* |gather\w* |add\w* |use )?(?:more|additional|extra) (?:training )?(?:data|examples|samples)\b(?![^.;]{0,20}\b(?:won't|will not|doesn't|does not|rarely|seldom|no)\b)]],
      [[\b(?:main |best |primary |standard )?fix for (?:high )?bias is (?:more|additional|extra) (?:training )?(?:data|rows|examples)\b]],
      [[\bvariance is a property of the (?:architecture|model)\b[^.;]{0,30}\b(?:doesn't|does not|won't) change with (?:data|the amount of data|dataset size|data size)\b]],
    },
    feedback = "An underfitting model is too constrained: give it more capacity or features, train longer or "
      .. "regularise less; more data mainly cuts variance (overfitting), not bias.",
  },
  {
    name = "LoRA and adapters swapped on inference cost",
    patterns = {
      [[\blora\b[^.;]{0,80}\b(?:has|have) to be evaluated separately at inference]],
      [[\badapters?\b[^.;]{0,40}\badvantage over lora\b(?:(?!\bnot\b|n't\b)[^.;]){0,40}\b(?:can be merged|merg\w*|add no (?:inference )?latency)]],
      [[\bunlike lora,? adapters?\b(?:(?!\bnot\b|n't\b)[^.;]){0,40}\b(?:can be merged|add no (?:inference |extra )?(?:latency|cost))]],
      [[\blora\b(?:(?!\bnot\b|n't\b|\bunless\b|\bif\b|\bunmerged\b|\bbefore\b|\buntil\b)[^.;]){0,20}\balways (?:keeps?|adds?|needs?|requires?|has) an extra (?:branch|path|matmul|layer)\b]],
      [[\b(?:can't|cannot|can not|impossible to) (?:fold|merge|absorb|add) (?:ba|b ?a|b times a|the (?:lora )?(?:update|adapter|low-rank (?:update|factors))|the lora weights)\b(?: back)? into (?:the )?(?:w|w ?0|w zero|w_0|base|pretrained|original|frozen)\b(?![^.;]{0,40}\b(?:if|when|while|per[- ]request|swap\w*|many adapters|multiple adapters)\b)]],
      [[\blora\b(?:(?!\bnot\b|n't\b|\bunless\b|\bif\b|\bunmerged\b|\bbefore\b|\buntil\b)[^.;]){0,20}\balways (?:costs?|adds?|needs?|requires?|has|keeps?) (?:an? )?extra (?:branch|path|matmuls?|layers?|compute|latency|multiplications?)\b]],
    },
    feedback = "LoRA's low-rank update BA can be merged into W after training, so it adds no inference cost; "
      .. "adapters are extra layers in each block and add latency.",
  },
  {
    name = "softmax said to ignore the scale of the logits",
    patterns = {
      [[\binvariant to multiplying (?:all )?(?:the )?logits by a constant\b]],
      [[\bmultiply\w* (?:all )?(?:of )?(?:them|the logits|the scores|the inputs|all the logits) by a constant\b[^.;]{0,20}\b(?:leaves (?:the )?(?:output|probabilities) unchanged|doesn't change|does not change)]],
      [[\blogit scale doesn't affect (?:the )?confidence\b]],
      [[\bmultiply\w* (?:all )?(?:of )?(?:the )?(?:logits|scores|inputs|them)\b[^.;]{0,15}\bby (?:a|any) (?:positive )?constant\b(?:(?!\bnot\b|n't\b|\bsharp\w*|\bchang\w*|\bbut\b|\badd\w*|\bshift\w*|\bwhile\b|\bwhereas\b|\brank\w*|\border\w*|\bargmax\b)[^.;]){0,30}\b(?:gives? (?:you )?(?:exactly |precisely )?the same (?:probabilities|outputs?|distribution)|leaves? (?:the )?(?:probabilities|outputs?|softmax) (?:unchanged|the same)|(?:the )?(?:probabilities|outputs?|softmax|distribution) (?:stays?|remains?|is|are) (?:exactly |precisely )?(?:the same|unchanged))\b(?![^.;]{0,40}\b(?:sharp\w*|peak\w*|flatt\w*)\b)]],
      [[(?<!unlike )\bsoftmax\b(?:(?!\bnot\b|n't\b|\bargmax\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\bprediction\b|\bpredicted class\b|,)[^.;]){0,40}\bdepends? only on the (?:order|ordering|ranking|rank) of the (?:logits|scores|inputs)\b]],
      [[(?<!unlike )(?<!than )\bsoftmax\b(?:(?!\bnot\b|n't\b|\bshift\w*|\btranslation\w*|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|,)[^.;]){0,20}\b(?:is |being )?scale-?invariant\b]],
      [[\bmultiply\w* (?:all )?(?:of )?(?:them|the logits|the scores|the inputs|all the logits|every logit) by (?:\d+|ten|two|a (?:positive )?(?:constant|factor|number))\b[^.;]{0,10}\b(?:leaves (?:the )?(?:probabilities|distribution|softmax(?: output)?) unchanged|(?:doesn't|does not) change (?:the )?(?:probabilities|distribution|softmax(?: output)?))\b]],
      [[\bdepends? only on the ratios? (?:of|between) the logits\b]],
      [[\bnever subtract the max(?:imum)? logit\b]],
    },
    feedback = "Softmax ignores adding a constant to every logit, not multiplying: scaling the logits up sharpens "
      .. "the distribution, which is what temperature does.",
  },
  {
    name = "the non-saturating GAN loss written backwards",
    patterns = {
      [[\bnon-?saturating\b(?:(?!\binstead of\b|\brather than\b|\bnot\b|n't\b|\bfrom\b|\boriginal\b|\bminimax\b|\bfix\w*|\bavoids?\b|\bproblem\b)[^.;:]){0,60}(?<!\breplaces )(?<!\breplace )(?<!\breplacing )(?<!\bswaps )(?<!\bswapping )(?<!\bdrops )(?<!\bdropping )(?<!\bdrop )\bminimi[sz]\w* log ?\( ?1 ?- ?d ?\( ?g ?\( ?z ?\) ?\) ?\)]],
      [[\boriginal generator loss,? maximi[sz]\w* log ?d ?\( ?g ?\( ?z ?\) ?\)]],
      [[\boriginal (?:generator |g )?(?:loss|objective)\b(?:(?!\bnot\b|n't\b)[^.;]){0,30}\b(?:gives?|causes?|leads? to|produces?) exploding gradients\b]],
      [[\bminimi[sz]\w* log ?\( ?1 ?- ?d ?\( ?g ?\( ?z ?\) ?\) ?\)(?: ?\))?,? (?:rather than|instead of) maximi[sz]\w* log ?d ?\( ?g ?\( ?z ?\) ?\)]],
      [[\bminimi[sz]\w* log ?\( ?1 ?- ?d ?\( ?g ?\( ?z ?\) ?\) ?\)(?: ?\))?,? (?:is|as|gives) the non-?saturating\b]],
      [[\binstead of maximi[sz]\w* (?:the )?log ?(?:of )?(?:d ?\( ?g ?\( ?z ?\) ?\)|d of g of z\b),?(?: the generator)? minimi[sz]\w* (?:the )?log ?(?:of )?(?:\( ?1 ?- ?d ?\( ?g ?\( ?z ?\) ?\) ?\)|one minus d of g of z)]],
    },
    feedback = "The original (minimax) generator minimises log(1 − D(G(z))), which saturates (its gradient "
      .. "vanishes) early, when D confidently rejects the fakes; the non-saturating loss maximises log D(G(z)) "
      .. "instead.",
  },
  {
    name = "inductive bias called a liability",
    patterns = {
      [[\b(?:strong )?inductive bias is what gets you into trouble\b]],
      [[\b(?:safest|best) choice is the learner with the fewest assumptions\b]],
      [[\binductive bias (?:is|as) (?:a )?(?:liability|bad thing|always harmful)\b]],
      [[\b(?:safest|best) choice is the most flexible,? assumption-free model\b]],
      [[\b(?:safest|best) (?:default|choice|bet|option) is the (?:model|learner|algorithm) with the (?:least|fewest|weakest|smallest) (?:inductive bias|assumptions)\b]],
      [[\bassumes nothing about the data and so can't be wrong\b]],
    },
    feedback = "No free lunch says no model wins on every problem: what helps is an inductive bias that matches "
      .. "the problem, not the absence of one.",
  },
  {
    name = "Thompson sampling said to play the highest posterior mean",
    patterns = {
      [[\bthompson sampling\b[^.;]{0,60}\b(?:always )?(?:plays|picks|chooses|pulls|selects)\b[^.;]{0,20}\bhighest posterior mean\b]],
    },
    feedback = "Thompson sampling draws one sample from each arm's posterior and plays the arm with the highest "
      .. "draw; playing the highest posterior mean is greedy.",
  },
  {
    name = "kernel methods said to scale with the input dimension only",
    patterns = {
      [[\b(?:training )?cost\b[^.;]{0,30}\bdepends? only on the input dimension,? not (?:on )?the number of (?:training )?(?:examples|points|rows|samples)]],
      [[\bkernel svms? scale (?:easily )?to millions of (?:rows|examples|points|samples)]],
    },
    feedback = "A kernel SVM works with the n × n kernel matrix: training costs grow roughly between n² and n³, "
      .. "which is what makes kernel methods hard to scale to millions of examples.",
  },
  {
    name = "temperature's effect reversed",
    patterns = {
      [[\b(?:higher|high|larger|raising the) temperature\b(?:(?!\blower\b|\blow\b|\bwhile\b|\bwhereas\b|\bbut\b)(?:[^.;]|(?<=\d)\.(?=\d))){0,50}\b(?:peakier|sharper|more peaked|more deterministic|less random|greedier)\b]],
      [[\b(?:lower|low|small) temperature\b(?:(?!\bhigher\b|\bhigh\b|\bwhile\b|\bwhereas\b|\bbut\b)(?:[^.;]|(?<=\d)\.(?=\d))){0,50}\b(?:flatter|more uniform|toward uniform|more random|more diverse|for brainstorming)\b]],
      [[\btemperature near zero\b[^.;]{0,30}\btoward(?:s)? uniform]],
    },
    feedback = "Dividing the logits by a temperature above 1 flattens the distribution (more random); a temperature "
      .. "near 0 sharpens it towards greedy, argmax decoding.",
  },
  {
    name = "ROC-AUC read as a rate at a threshold",
    patterns = {
      [[\bauc\b[^.;]{0,60}\b(?:chance|probability) that a (?:randomly chosen |random )?positive\b[^.;]{0,30}\b(?:above|over|greater than|exceeds?|higher than) 0?\.5\b]],
      [[\bauc of 0?\.\d+ means (?:roughly |about |approximately )?\d+ ?% of (?:the )?positives (?:are )?(?:caught|found|detected|classified correctly)]],
      [[\bauc'?s?\b(?:(?!\bnot\b|n't\b)[^.;]){0,30}\bonly (?:makes sense|meaningful|valid|fair|comparable)\b[^.;]{0,15}\bat the same (?:decision |classification )?threshold\b]],
      [[\b(?:roc-?)?auc\b(?:(?!\bnot\b|n't\b|\bnever\b|\bwhile\b|\bwhereas\b|\bunlike\b|\bbut\b)[^.;]){0,30}\b(?:is |are )?(?:computed|calculated|measured|evaluated|defined) at (?:the |a |one |a single |a fixed |the model'?s )?(?:(?:decision|classification|default|chosen) )?threshold\b]],
      [[\b(?:recompute|recalculate) (?:the )?(?:roc-?)?auc\b[^.;]{0,20}\b(?:every time|whenever|each time|when) (?:you )?(?:move|change|adjust|shift)\w* the threshold\b]],
      [[\bauc\b[^.;]{0,40}\b(?:is )?the (?:chance|probability) that the model (?:classifies|labels|predicts|gets) a (?:randomly (?:drawn|chosen|picked|selected) |random )(?:example|point|sample|instance|case)(?: correctly| right)\b]],
    },
    feedback = "ROC-AUC is the probability that a random positive is scored above a random negative; it says "
      .. "nothing about any one threshold such as 0.5, nor what share of positives is caught.",
  },
  {
    name = "the ELBO written with the KL term added",
    patterns = {
      [=[\belbo ?= ?e_?q?\[[^\]]{0,40}\] ?\+ ?kl\b]=],
      [[\belbo (?:is|=|equals)(?!\w)[^.;]{0,100}\bplus (?:the )?kl(?: divergence| term)?\b]],
      [[\bmaximi[sz]e both terms\b[^.;]{0,40}\bspread]],
      [=[\belbo\b[^.;]{0,20}\b(?:is|=|equals)\s*e_?q?\s*\[[^\]]{0,40}\]\s*\+\s*kl\b]=],
    },
    feedback = "ELBO = E_q[log p(x | z)] − KL(q(z | x) ‖ p(z)): maximising it rewards reconstruction and "
      .. "penalises the KL, pulling the codes towards the prior.",
  },
  {
    name = "RMSE called more robust to outliers than MAE",
    patterns = {
      [[\brmse\b(?:(?!\bmae\b|\bless\b|\bnot\b|n't\b)[^.;]){0,80}\b(?:more|most) (?:outlier-?)?robust\b]],
    },
    feedback = "Squaring makes RMSE weigh large errors heavily, so it is the less robust to outliers; MAE "
      .. "weighs every error linearly and is the more robust.",
  },
  {
    name = "batch norm said to use the test batch's statistics",
    patterns = {
      [[\bat (?:inference|test time|prediction time)\b(?:(?!\bnot\b|n't\b|\binstead\b|\brather than\b|\bnever\b|\brunning\b|\bwould\b|\bcould\b|\bif\b|\bwrong\b)[^.;]){0,40}\b(?:compute|use|calculate|do)\w*\b(?:(?!\bnot\b|n't\b|\brunning\b)[^.;]){0,20}\b(?:mean and variance|statistics|stats) (?:over|of|from) the (?:test|current|inference) batch]],
      [[\b(?:at|during) (?:inference|test time|prediction time|evaluation)\b(?:(?!\bnot\b|n't\b|\binstead\b|\brather than\b|\bnever\b|\brunning\b|\bwould\b|\bcould\b|\bif\b)[^.;]){0,60}\b(?:mean and variance|statistics|stats|moments) (?:of|over|from|computed on) the (?:current )?(?:test|inference|incoming|current) batch\b]],
    },
    feedback = "At inference batch norm uses the running mean and variance collected during training, so a "
      .. "prediction does not depend on the other examples in its batch.",
  },
  {
    name = "PCA said to be scale-invariant",
    patterns = {
      [[\bpca\b[^.;]{0,40}\bscale[- ]invariant\b]],
      [[\bpca\b[^.;]{0,60}\b(?:don't|do not|doesn't|does not) need to standardi[sz]e]],
    },
    feedback = "PCA follows variance, so a feature in larger units dominates the components: standardise the "
      .. "features first unless they share a scale.",
  },
  {
    name = "FID said to be stable on small samples",
    patterns = {
      [[\bfid\b[^.;]{0,60}\bstable (?:at|with|for|on) small (?:sample sizes?|samples)\b]],
    },
    feedback = "FID is biased at small sample sizes (it depends on the number of images): compare runs on the "
      .. "same, large number of samples, typically 10,000 or 50,000.",
  },
  {
    name = "nearest-neighbour methods said to escape the curse of dimensionality",
    patterns = {
      [[\b(?:k-?nn|knn|nearest[- ]neighbou?rs?|non-parametric methods?)\b[^.;]{0,60}\b(?:basically |largely |mostly )?(?:immune|unaffected)\b]],
    },
    feedback = "Distance-based, non-parametric methods suffer most in high dimensions: distances concentrate and "
      .. "neighbourhoods stop being local.",
  },
  {
    name = "label smoothing said to make the model more confident",
    patterns = {
      [[\blabel smoothing\b[\s\S]{0,160}\bmainly used to fix underconfident models\b]],
      [[\b(?:label smoothing|soft (?:targets?|labels?))\b(?:(?!\bless\b|\bnot\b|n't\b|\bover-?confiden|\binstead\b|\bstop\w*|\bprevent\w*|\bkeeps?\b|\bavoid\w*|\bdiscourag\w*|\bpenali[sz]\w*|\bwithout\b|\brather\b|\bfrom\b)[^.;]){0,80}\bmore confident\b]],
      [[\bsoft target\w* push\w* the correct logit (?:even )?further]],
    },
    feedback = "Label smoothing keeps the model from becoming overconfident: the soft target stops the correct "
      .. "logit from being pushed ever further from the rest, which regularises and improves calibration.",
  },
  {
    name = "reporting the best of several seeds",
    patterns = {
      [[\bcompare the best run against\b]],
      [[\bkeep the (?:one|seed) that gives the best (?:validation|test) (?:score|accuracy|loss)\b]],
      [[\brun (?:about |around |roughly )?\w+ seeds and report the best\b]],
      [[\breport the best (?:one|seed|run)\b[^.;]{0,40}\b(?:as the|as its|as our) (?:model's )?result]],
    },
    feedback = "Report the mean and spread over seeds (or every seed): the best of several runs is an optimistic "
      .. "estimate, chosen by luck.",
  },
  {
    name = "anomalies flagged by the lowest reconstruction error",
    patterns = {
      [[\bflag\w*\b[^.;]{0,40}\b(?:lowest|smallest|low) reconstruction error]],
      [[\b(?:anomal\w*|outliers?)\b(?:(?!\bnot\b|n't\b|\bnormal\b|\bwhile\b|\bwhereas\b|\bbut\b|\binliers?\b|\bonly\b|\bfail\w*|\bhigh\w*|\blarge\w*|\bpoor\w*|\bunlike\b|\bthan\b)[^.;]){0,40}\b(?:unusually |very |much |a )?(?:low|lower|small|smaller|tiny) reconstruction (?:error|loss)\b(?![^.;]{0,30}\b(?:normal|inliers?|typical|than)\b)]],
    },
    feedback = "An autoencoder trained on normal data reconstructs normal points well: anomalies are the points "
      .. "with the highest reconstruction error.",
  },
  {
    name = "k-NN called parametric",
    patterns = {
      [[\b(?:k-?nn|knn|k-nearest neighbou?rs?)\b[^.;]{0,40}\bis (?:actually |really )parametric\b]],
      [[\b(?:k-?nn|knn|k-nearest neighbou?rs?)\b[^.;]{0,40}\bis parametric\b]],
      [[\b(?:k-?nn|knn|k-nearest neighbou?rs?)\b(?:(?!\bnot\b|n't\b|\bnon-?parametric\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,20}\b(?:counts? as|is classed as|is classified as|qualifies as|is considered|would be|is an? example of an?) (?:a |an )?parametric\b]],
      [[\b(?:k-?nn|knn|k-nearest neighbou?rs?)\b[^.;]{0,10}\(k is (?:its|the|a) (?:only |single )?parameter\)]],
      [[\b(?:k-?nn|knn|k-nearest neighbou?rs?)\b[^.;]{0,40}\bparametric\b,? (?:because|since|as) (?:its behaviou?r is (?:fully |entirely )?determined by|it has) (?:the |a )?(?:single |one )?parameter k\b]],
    },
    feedback = "k-NN is non-parametric: it keeps the training data and its effective complexity grows with it; "
      .. "k is a hyperparameter, not a learned parameter.",
  },
  {
    name = "a policy-gradient baseline said to add bias",
    patterns = {
      [[\bbaseline\b(?:(?!\bwithout\b|\bnot\b|n't\b|\bnever\b|\bno\b|\bwould\b|\bcould\b|\bif\b|\bdepend\w* on (?:the )?(?:action|a_t|a\b))[^.;]){0,60}\b(?:at the cost of )?introduc\w* (?:some |a little )?bias\b]],
      [[\bsubtract\w* (?:a |the )?(?:state[- ]value )?baseline\b(?:(?!\baction\b|\bnot\b|n't\b|\bnever\b)[^.;]){0,60}[.;]\s*(?:the )?(?:trade-?off|downside|catch|cost|price)\b[^.;]{0,15}\bintroduces? (?:some |a little |a bit of |a small )?bias\b]],
      [[\bsubtract\w* (?:a |the )?(?:state[- ]value )?baseline\b(?:(?!\bnot\b|n't\b|\bwithout\b|\baction\b|\bno\b|\bnever\b)[^.;]){0,50}\b(?:biases|makes? (?:the )?(?:gradient|estimate) biased)\b]],
      [[\bwithout a baseline\b,? (?:the )?(?:policy )?gradient(?: estimate)? is biased\b]],
      [[\bsubtract\w* (?:a |the )?baseline\b(?:(?!\bnot\b|n't\b|\bvariance\b)[^.;]){0,40}\bremoves? (?:that |the )?bias\b]],
    },
    feedback = "A baseline that depends only on the state leaves the policy gradient unbiased (E[∇ log π · b(s)] = "
      .. "0) and reduces its variance.",
  },
  {
    name = "the kinds of missingness confused",
    patterns = {
      [[\bmissing completely at random\b[^.;]{0,30}\b(?:is |that's |that is )?the hard(?:est)? case]],
      [[\b(?:missing not at random|mnar)\b[^.;]{0,100}\b(?:fill|impute)\w*\b[^.;]{0,30}\bwithout bias]],
      [[(?<!not )(?<!completely )\b(?:missing at random|mar)\b(?:(?!\bcompletely\b|\bmcar\b|\bnot\b|n't\b|\bnever\b|\bwhile\b|\bwhereas\b|\bbut\b|\bunlike\b|\bmnar\b)[^.;]){0,80}\b(?:drop\w*|delet\w*|remov\w*|discard\w*|complete[- ]case)\b(?:(?!\bnot\b|n't\b|\bcan\b|\bmay\b|\bmight\b|\bbias(?:es|ed)\b)[^.;]){0,40}\b(?:gives?|yields?|is|are|stays?|remains?|produces?|keeps? (?:the )?(?:estimates?|results?|coefficients?)) (?:still )?(?:an? )?unbiased\b]],
      [[\b(?:drop\w*|delet\w*|remov\w*|discard\w*|complete[- ]case(?: analysis)?|listwise deletion)\b(?:(?!\bnot\b|n't\b|\bonly\b|\bbias(?:es|ed)\b)[^.;]){0,40}\bunbiased(?: estimates?| results?| coefficients?)? (?:under|for|with|when|if)(?: the)?(?: data(?: are| is))? (?:both |either )?(?:mcar|missing completely at random)(?: \(mcar\))? (?:and|or|as well as|and also) (?:under )?(?:mar\b|missing at random)]],
      [[\b(?:drop\w*|delet\w*|remov\w*|discard\w*|complete[- ]case(?: analysis)?|listwise deletion)\b(?:(?!\bnot\b|n't\b|\bonly\b|\bbias(?:es|ed)\b)[^.;]){0,40}\bunbiased(?: estimates?| results?| coefficients?)? (?:under|for|with|when|if)(?: the)?(?: data(?: are| is))? (?:both |either )?(?:mar|missing at random)(?: \(mar\))? (?:and|or|as well as|and also) (?:under )?(?:mcar\b|missing completely at random)]],
    },
    feedback = "Missing completely at random is the easy case (dropping or simple imputation is unbiased); values "
      .. "missing at random (depending on observed ones) can already bias the complete rows, and need methods that "
      .. "condition on what is observed, such as multiple imputation; when values are missing not at random, the "
      .. "observed data cannot recover the pattern, and imputation stays biased without a model of the missingness.",
  },
  {
    name = "HNSW called the memory-efficient index",
    patterns = {
      [[\bhnsw\b[^.;]{0,60}\b(?:the )?most memory[- ]efficient\b]],
      [[\bhnsw\b[^.;]{0,40}\b(?:is )?the memory[- ]efficient (?:option|choice|index)]],
      [[\bhnsw\b(?:(?!\bnot\b|n't\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\bpq\b|\bproduct quanti\w*|\bivf\b|\bquanti[sz]\w*|\bcompared\b|\bthan\b)[^.;]){0,40}\b(?:tiny|small|low|minimal|little|modest) memory(?: footprint| usage| use| cost| requirements?)?\b(?! overhead)(?![^.;]{0,30}\b(?:beyond|on top of|besides|in addition to|for the (?:links|graph|edges))\b)]],
      [[\bhnsw\b(?:(?!\bnot\b|n't\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\bpq\b|\bproduct quanti\w*|\bivf\b)[^.;]){0,40}\bstores? only (?:the )?(?:compressed|quanti[sz]ed) (?:codes|vectors)\b]],
    },
    feedback = "HNSW keeps the full vectors plus a graph of links, so it is fast but memory-hungry; product "
      .. "quantisation (IVF-PQ) is what compresses an index to fit in memory.",
  },
  {
    name = "no free lunch read as all algorithms equal given enough data",
    patterns = {
      [[\bno[- ]free[- ]lunch\b[^.;]{0,60}\bgiven enough data\b]],
      [[\binductive bias only (?:really )?matters in the small[- ]data\b]],
      [[\bno[- ]free[- ]lunch\b(?:(?!\bnot\b|n't\b)[^.;]){0,40}\bon any (?:particular |single |given |specific )?(?:dataset|problem|task)\b[^.;]{0,20}\ball (?:learning )?algorithms? (?:achieve|have|get|perform)\b]],
    },
    feedback = "No free lunch averages over all possible problems, whatever the data size; on real problems the "
      .. "right inductive bias matters, with little data and with a lot.",
  },
  {
    name = "nested cross-validation's loops swapped",
    patterns = {
      [[\binner \d+-fold search has picked the best configuration on the full data]],
      [[\bfirst run the\b[^.;]{0,40}\bsearch\b[^.;]{0,30}\bon the full data\b]],
      [[\bouter loop (?:goes |runs |iterates )?over the (?:\d+ )?(?:configurations|hyperparameters|hyperparameter settings|settings|candidates)\b]],
      [[\binner loop\b[^.;]{0,40}\bfresh \d+-fold cv on the (?:full|whole|entire) data]],
      [[\b(?:pick|choos|select|tun|find)\w*\b[^.;]{0,40}\b(?:config\w*|hyperparameters?|settings?|model)\b[^.;]{0,30}\b(?:cv|cross-validation)\b[^.;]{0,10}\bon the (?:full|whole|entire) data ?set\b[^.;]{0,100}\b(?:report|use|take)\w*\b[^.;]{0,30}\bas (?:the |an )?unbiased (?:estimate|score)\b(?![^.;]{0,30}\b(?:wrong|optimistic\w*|biased|mistake|leak\w*)\b)]],
    },
    feedback = "In nested CV the inner loop tunes (picks the configuration) within each outer training fold, and "
      .. "the outer loop estimates the performance of that whole procedure on folds never used to tune.",
  },
  {
    name = "entropy's extremes reversed",
    patterns = {
      [[\bentropy\b[^.;]{0,60}\b(?:is )?(?:1|one|maximal|highest|maximum) for a pure (?:node|split|leaf)\b]],
      [[\bentropy\b[^.;]{0,80}\b(?:0|zero) when the classes are (?:split )?50 ?/ ?50\b]],
      [[\bentropy\b[^.;]{0,80}\b(?:peaks?|maxes out|tops out|is (?:highest|maximal|maximum|largest)|reaches (?:its )?max\w*)\b (?:at |of )?0?\.5 bits?\b]],
      [[\b(?:max\w*|peak|highest|largest) (?:binary |possible )?entropy\b(?:(?!\bgini\b)[^.;]){0,30}\bis 0?\.5 bits?\b]],
    },
    feedback = "Entropy is 0 for a pure node and highest (1 bit for two classes) at a 50/50 split.",
  },
  {
    name = "vanishing gradients placed at the output layers",
    patterns = {
      [[\blayers closest to the output are hit hardest\b]],
      [[\blayers closest to the output\b[^.;]{0,100}\b(?:smallest|near-zero|vanish\w*) gradients?\b]],
      [[\binput layers keep training normally\b]],
      [[\blayers closest to the output\b[^.;]{0,60}\b(?:near-zero|vanish\w*|smallest|tiny) gradients?]],
      [[\bearly layers keep training fine\b]],
      [[\blayers? (?:nearest|closest|near|nearer|next) (?:to )?the (?:output|loss|top)\b(?:(?!\bnot\b|n't\b|\bexplod\w*|\blarge\w*|\bbig\w*|\binput\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,40}\b(?:get|gets|receive|receives|have|has|see|sees|end up with) (?:the )?(?:tiniest|smallest|weakest|near-zero|vanishing|tiny|vanishingly small) gradients?\b]],
    },
    feedback = "Backprop multiplies factors from the output backwards, so it is the early layers, farthest from "
      .. "the loss, whose gradients vanish.",
  },
  {
    name = "the RBF kernel said to map to a finite space of products",
    patterns = {
      [[\brbf(?: kernel)?\b[^.;]{0,60}\b(?:space of all pairwise products|d\^?2 ?/ ?2 dimensions|finite[- ]dimensional)]],
      [[\brbf\b(?:(?!\binfinite\w*|\bnot\b|n't\b|\bspan\w*|\brepresenter\b)[^.;]){0,80}\b(?:whose dimension (?:equals|is)|(?:of |with )?(?:a )?dimension equal to) (?:the number of )?(?:training )?(?:points|examples|samples|data points)\b]],
      [[\brbf\b(?:(?!\binfinite\w*)[^.;]){0,120}\b(?:high|large|big) but finite\b]],
      [[\brbf\b(?:(?!\binfinite\w*|\bnot\b|n't\b|\bpolynomial\b|\bwhile\b|\bwhereas\b|\bbut\b|\bunlike\b)[^.;]){0,60}\bfeature space of dimension (?:d squared|d ?\^ ?2|d ?\*\* ?2|d ?²|d ?\* ?d|d times d)\b]],
    },
    feedback = "The RBF kernel's feature space is infinite-dimensional; it is the degree-2 polynomial kernel whose "
      .. "features are the pairwise products.",
  },
  {
    name = "temperature scaling with T below 1 for an overconfident model",
    patterns = {
      [[\btemperature scaling\b(?:(?!\bunder-?confiden)[^.;]){0,80}\b(?:t|temperature) ?< ?1\b(?![^.;]{0,40}\bunder-?confiden)]],
    },
    feedback = "Temperature scaling divides the logits by a fitted T; an overconfident network gets T > 1, which "
      .. "softens the probabilities.",
  },
  {
    name = "permutation importance said to handle correlated features",
    patterns = {
      [[\bcorrelated features\b[^.;]{0,40}\bpermutation importance is the (?:safer|better|right|best) choice\b]],
      [[\bshuffling one feature leaves its correlated partner\b[^.;]{0,40}\bsplit fairly\b]],
      [[\bcorrelat\w* (?:features|variables|predictors|inputs|columns)\b[^.;]{0,30}\b(?:but|whereas|while) permutation importance (?:is|are) (?:completely |totally |largely )?(?:unaffected|unbothered|robust|immune|insensitive) (?:by|to) (?:them|it|this|that)\b]],
      [[\bpermutation importance\b(?:(?!\bnot\b|n't\b|\bnever\b|\bwhile\b|\bwhereas\b|\bunlike\b|\bshap\b|\bconditional\b|\bbut\b)[^.;]){0,20}\b(?:is|are) (?:completely |totally |largely )?(?:unaffected|unbothered|robust|immune|insensitive) (?:by|to) (?:correlat\w*|collinear\w*|multicollinear\w*)]],
    },
    feedback = "With correlated features permutation importance misleads: shuffling one breaks it from its partner "
      .. "and creates unrealistic rows, while the partner carries the signal; group them or use conditional "
      .. "methods.",
  },
  {
    name = "perplexity said to compare across tokenisers",
    patterns = {
      [[\bcompare perplexit\w* directly across\b[^.;]{0,40}\btokeni[sz]ers\b]],
      [[\bperplexity\b[^.;]{0,80}\b(?:directly )?comparable (?:between|across) (?:models with )?different tokeni[sz]ers\b]],
      [[\b(?:normali[sz]ed|averaged|computed) per token\b(?:(?!\bnot\b|n't\b|\bnever\b|\bonly\b|\bsame\b)[^.;]){0,30}\b(?:directly )?comparable (?:between|across) (?:models with )?(?:different|any|other) (?:tokeni[sz]\w*|vocabular\w*)]],
    },
    feedback = "Perplexity is per token, so it depends on the tokeniser: compare it only between models with the "
      .. "same vocabulary on the same text (or normalise per byte or character).",
  },
  {
    name = "label smoothing said to treat class imbalance",
    patterns = {
      [[\blabel smoothing\b[^.;]{0,60}\b(?:main )?purpose is (?:handling |to handle |dealing with )?class imbalance\b]],
      [[\b(?:label |probability |target )?mass\b[^.;]{0,30}\bother classes\b[^.;]{0,40}\bminority classes?\b[^.;]{0,20}\b(?:receive|get|gets|receives) more\b]],
      [[\b(?:main |primary |chief )?(?:reason|purpose|point|motivation) (?:for|of|behind) (?:using )?label smoothing (?:is|was) (?:to (?:handle|fix|address|counter) )?(?:the )?class imbalance\b]],
      [[\blabel smoothing\b[^.;]{0,60}\b(?:main |primary |chief )?(?:reason|point|motivation) (?:to use it |for it |for using it )?is (?:to (?:handle|fix|address|counter) )?(?:the )?class imbalance\b]],
    },
    feedback = "Label smoothing is a regulariser against overconfidence; it spreads the same small mass over "
      .. "every other class and does nothing for imbalance, which class weights or resampling address.",
  },
  {
    name = "in-context learning said to update the weights",
    patterns = {
      [[\b(?:in-context learning|attention)\b[^.;]{0,60}\b(?:performs?|does|takes|runs) (?:a few )?gradient steps on the weights\b]],
      [[\bkeeps what it learned\b[^.;]{0,40}\bmore you query\b]],
      [[\b(?:performs?|does|takes|runs|makes?) (?:a few )?(?:quick )?gradient (?:updates|steps) (?:to|on) (?:its|the) weights\b(?:(?!\bimplicit\w*|\blike\b|\bas if\b|\bakin\b|\bresembl\w*|\bmimic\w*|\bemulat\w*)[^.;]){0,40}\b(?:during (?:the )?(?:request|inference|prompt|forward pass)|and then discards?)\b]],
    },
    feedback = "In-context learning changes no weights: the examples act only through the prompt, and nothing "
      .. "carries over to the next call.",
  },
  {
    name = "masked LM called more sample-efficient than causal LM",
    patterns = {
      [[\b(?:mlm|masked (?:lm|language model\w*))\b[^.;]{0,40}\bmore sample[- ]efficient\b[^.;]{0,60}\bevery (?:position|token)\b]],
      [[\b(?:clm|causal (?:lm|language model\w*)|next-token prediction|gpt-style models?|autoregressive (?:lm|language model\w*))\b(?:(?!\bnot\b|n't\b)[^.;]){0,30}\bonly (?:learns?|trains?|gets? (?:a )?(?:signal|loss|gradient)) (?:from|on|at) the (?:final|last) (?:token|position)\b]],
      [[\b(?:advantage|benefit|strength|plus) of (?:an? )?(?:mlm|masked (?:lm|language model\w*|language modell?ing))\b (?:is |lies in )?(?:its |the |better |higher |greater )?sample[- ]efficien\w*]],
    },
    feedback = "A causal LM gets a training signal at every position; a masked LM only at the masked 15% or so, "
      .. "which is why it is the less sample-efficient per token seen.",
  },
  {
    name = "gradient clipping said to fix vanishing gradients",
    patterns = {
      [[\bclipping\b[^.;]{0,60}\b(?:standard )?fix for both exploding and vanishing\b]],
      [[\bpulling huge components down and tiny ones up\b]],
      [[\b(?:for|fix for|fix) vanishing gradients\b[^.;]{0,40}\bgradient clipping\b]],
      [[\bclipping\b[^.;]{0,60}\b(?:falls?|is) below the threshold back up\b]],
    },
    feedback = "Clipping only caps gradients that are too large (exploding); vanishing gradients need ReLU-type "
      .. "activations, careful initialisation, normalisation or residual connections.",
  },
  {
    name = "one-hot encoding said to impose an order",
    patterns = {
      [[\bone-hot (?:encoding |vectors? )?(?:imposes|introduces|creates|implies) an? (?:artificial |false )?order]],
      [[\bone-hot\b(?:(?!\bnot\b|n't\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\binteger\b|\blabel\b|\bordinal\b)[^.;]){0,30}\b(?:impos|introduc|creat|impl|assum)\w* (?:an? )?(?:artificial |false |spurious )?order(?:ing)?\b]],
    },
    feedback = "One-hot vectors are all equally far apart and imply no order; it is integer (label) encoding that "
      .. "imposes a false order.",
  },
  {
    name = "early stopping said to regularise more the longer it trains",
    patterns = {
      [[\bthe longer you train\b[^.;]{0,40}\bstronger (?:the )?(?:implicit )?(?:penalty|regulari[sz]ation)\b]],
      [[\blambda (?:is )?proportional to t\b]],
    },
    feedback = "Stopping early is the stronger regularisation: for gradient descent on a quadratic, t steps act "
      .. "like an L2 penalty with λ roughly proportional to 1 / (ηt).",
  },
  {
    name = "clicks taken as relevance at face value",
    patterns = {
      [[\b(?:use |take )?clicks? at face value\b]],
      [[\btop-ranked results get the most clicks,? which (?:confirms|shows|proves) they(?:'re| are) the most relevant\b]],
      [[\braw click-?through (?:rate )?is a clean relevance (?:label|signal)\b]],
      [[\b(?:top|higher) (?:positions|ranks|results) get more clicks because (?:users|people) find them more relevant\b]],
      [[\bclick\w*\b(?:(?!\bnot\b|n't\b)[^.;]){0,40}\bneeds? no (?:position(?:-bias)? )?correction\b(?![^.;]{0,30}\b(?:if|when|once|after|since|because)\b)]],
      [[\b(?:top|higher|first)[- ](?:positions?|ranks?|ranked|results?|slots?|items?)\b[^.;]{0,20}\bget (?:more|the most) clicks because (?:they(?:'re| are)|users find them|people find them) (?:more|the most) relevant\b]],
      [[\bclicks? (?:can|could) be used (?:directly|as is|as-is|raw) as (?:relevance )?labels?\b]],
      [[\bposition (?:doesn't|does not) need (?:any )?correct\w*\b(?![^.;]{0,30}\b(?:if|when|once|after|since|because)\b)]],
      [[(?<!, )\bclicks (?:are|were)\b(?:(?!\bnot\b|n't\b|\bafter\b|\bonce\b|\bcorrect\w*|\bdebias\w*|\bpropensit\w*|\bweight\w*|\bif\b|\bwhen\b|\bonly\b)[^.;]){0,60}\b(?:an )?unbiased (?:relevance )?(?:signal|labels?|measure)\b]],
      [[\bclick\w*\b(?:(?!\bnot\b|n't\b|\bafter\b|\bonce\b|\bdebias\w*|\bpropensit\w*|\bif\b|\bwhen\b)[^.;]){0,80}\bno (?:position(?:-bias)? )?correction (?:is )?needed\b]],
    },
    feedback = "Clicks are biased by position: top results get clicked because they are on top. Correct for it "
      .. "(inverse propensity weighting, randomised interleaving) before reading clicks as relevance.",
  },
  {
    name = "squares of each input said to solve XOR",
    patterns = {
      [[\b(?:include|add)\w* x_?1\^?2 and x_?2\^?2\b[^.;]{0,80}\b(?:xor|enough)\b]],
    },
    feedback = "XOR needs the interaction x₁x₂: squares of each input alone leave the diagonal corners "
      .. "inseparable.",
  },
  {
    name = "cross-entropy said to be bounded",
    patterns = {
      [[\bcross-?entropy\b[^.;]{0,60}\bbounded (?:above )?by log ?\(?k\)?]],
    },
    feedback = "Cross-entropy is unbounded: −log p grows without limit as the probability of the true class goes "
      .. "to 0, so a confidently wrong example costs a great deal.",
  },
  {
    name = "ReLU's gradient said never to be zero",
    patterns = {
      [[(?<!leaky )(?<!leaky-)\brelu\b(?:(?!\bleaky\b)[^.;]){0,60}\bgradient is never zero\b]],
    },
    feedback = "ReLU's gradient is 0 for negative inputs (which is how units die) and 1 for positive ones.",
  },
  {
    name = "attention scores multiplied by the square root of d_k",
    patterns = {
      [[\bsoftmax ?\( ?q ?k ?\^? ?t ?\* ?sqrt ?\( ?d_?k ?\) ?\)]],
      [[\bsqrt ?\(? ?d_?k ?\)? factor scales the scores up\b]],
    },
    feedback = "The scores are divided by √d_k, so their variance stays near 1 and the softmax does not saturate.",
  },
  {
    name = "softmax said to give independent probabilities",
    patterns = {
      [[\beach output is an independent probability\b]],
      [[\bsoftmax\b[^.;]{0,60}\bthe right choice for multi-label\b]],
    },
    feedback = "Softmax outputs compete and sum to one: right for one label out of many. Multi-label problems use an "
      .. "independent sigmoid per class.",
  },
  {
    name = "distances between t-SNE clusters read as meaningful",
    patterns = {
      [[\bdistances between (?:the )?clusters are (?:reliable|meaningful|trustworthy)\b]],
      [[\bfar apart in a (?:t-sne|umap) plot are genuinely\b]],
      [[\bdistances between (?:the )?(?:umap |t-?sne )?clusters (?:can|may) be (?:read|interpreted|taken) as (?:real|true|meaningful|actual)\b]],
      [[\bumap\b(?:(?!\bnot\b|n't\b)[^.;]){0,60}\bpreserves? (?:the )?global structure faithfully\b]],
      [[\b(?:t-?sne|umap)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bpca\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,80}\b(?:gaps?|distances?) between (?:the )?clusters\b(?:(?!\bnot\b|n't\b|\bnever\b)[^.;]){0,20}\b(?:tell|tells|show|shows|reflect|reflects|measure|measures|indicate|indicates|are|is) (?:you )?(?:how (?:different|far apart|dissimilar|separate)|meaningful|reliable|real)\b]],
      [[(?<!unlike )\bt-?sne\b(?:(?!\bnot\b|n't\b|\bonly\b|\bunlike\b|\bbut\b|\bwhile\b|\bwhereas\b|\bumap\b|\bpca\b|\bmds\b)[^.;]){0,30}\bpreserves? (?:both )?(?:the )?(?:local and global|global)\b]],
    },
    feedback = "t-SNE and UMAP preserve local neighbourhoods; the sizes of clusters and the distances between them "
      .. "in the plot are not reliable.",
  },
  {
    name = "the baseline answer always put first for an LLM judge",
    patterns = {
      [[\balways put the (?:baseline|reference)(?: model'?s?)?(?: answer)?\b[^.;]{0,40}\bin (?:slot|position) a\b]],
      [[\bposition(?:al)? bias\b(?:(?!\bnot\b|n't\b|\bnever\b|\bboth\b|\bswap\w*|\brandom\w*|\balternat\w*|\bflip\w*|\brevers\w*|\bshuffl\w*|\bpermut\w*|\bmeasur\w*|\btest\w*|\bcheck\w*|\bdetect\w*)[^.;]){0,40}\b(?:keep|use|fix|hold|put|place|present|show)\w* (?:a |the |them in a |them in the |answers in a |the answers in a |the answers in the )?(?:fixed|constant|consistent|same|single) order(?:ing)?\b(?![^.;]{0,60}\b(?:swap\w*|revers\w*|flip\w*|both orders|random\w*|alternat\w*|switch\w*)\b)]],
      [[\b(?:(?:fixed|constant|same|single) order(?:ing)?|always\b(?:(?!\bswap\w*|\brandom\w*|\bboth\b|\balternat\w*|\bflip\w*|\brevers\w*|\bhalf\b|\btwice\b|\bonce\b|\bnot\b|n't\b|\bnever\b)[^.;]){0,60}\b(?:second|(?:slot|position) [ab12]))\b(?:(?!\bswap\w*|\brandom\w*|\bboth\b|\balternat\w*|\bflip\w*|\brevers\w*|\bhalf\b|\btwice\b|\bonce\b|\bnot\b|n't\b|\bnever\b|\bonly\b|\bunless\b|\bif\b|\bbut\b)[^.;]){0,80}\bbias\b(?:(?!\bnot\b|n't\b|\bnever\b|\bonly\b|\bunless\b|\bif\b)[^.;]){0,50}\bcancel(?:s|led|ed|ing)?\b]],
    },
    feedback = "A fixed order bakes position bias into every comparison: judge each pair in both orders (or "
      .. "randomise the order) and count only consistent verdicts.",
  },
  {
    name = "PR-AUC said to ignore the class balance",
    patterns = {
      [[\bpr-?auc\b[^.;]{0,60}\b(?:is )?(?:invariant to (?:class )?imbalance|the same (?:value )?whatever the prevalence|gives the same value whatever the prevalence)]],
      [[\bhuge number of true negatives pulls the false[- ]positive rate up\b]],
      [[\broc[- ]?auc\b(?:(?!\bnot\b|n't\b|\bpr\b|\bpr-?auc\b|\bprecision\b|\bwhereas\b|\bwhile\b|\bbut\b|\bunlike\b|\bless\b|,)[^.;]){0,30}\bsensitive to (?:the )?(?:class )?(?:imbalance|balance|prevalence)\b]],
      [[\broc[- ]?auc\b(?:(?!\bnot\b|n't\b|\bwhereas\b|\bwhile\b|\bbut\b|\bless\b|\bwhich\b|\bthat\b|\bignor\w*|\binsensitive\b|\binvariant\b|\band\b|\bprecision\b|\baverage precision\b|\bpr[- ]?auc\b(?!,? it\b)|,)[^.;]){0,50}\b(?:incorporates?|reflects?|accounts? for|takes? into account|includes?|depends? on|captures?) (?:the )?(?:\d+(?:\.\d+)? ?% )?(?:base rate|prevalence|class (?:balance|imbalance|ratio))\b]],
      [[\bpr[- ]?auc\b(?:(?!\bnot\b|n't\b|\broc\b|\bwhereas\b|\bwhile\b|\bbut\b|\bunlike\b|,)[^.;]){0,20}\bdominated by (?:the )?(?:huge |large |vast )?(?:number of |mass of )?(?:true )?negatives\b]],
      [[\broc[- ]?auc\b(?:(?!\bnot\b|n't\b|\bwhereas\b|\bwhile\b|\bbut\b|\bignor\w*|\binsensitive\b|\binvariant\b|\bprecision\b)[^.;]){0,60}\bunlike (?:the )?(?:pr[- ]?auc|precision[- ]recall(?: auc| curves?)?|average precision)\b,? it (?:reflects?|incorporates?|captures?|accounts? for|is sensitive to|depends? on|takes? into account) (?:the )?(?:heavy |severe |extreme |strong )?(?:\d+(?:\.\d+)? ?% )?(?:base rate|prevalence|class (?:balance|imbalance|ratio)|imbalance)\b]],
      [[\broc[- ]?auc\b(?:(?!\bnot\b|n't\b|\bwhereas\b|\bwhile\b|\bbut\b|\bunlike\b|\bpr[- ]?auc\b|\bprecision\b)(?:[^.;]|(?<=\d)\.(?=\d))){0,80}\b(?:it's|it is|is) dominated by (?:the )?(?:rare |minority )?(?:positive class|positives|minority class|rare class)\b]],
      [[\brandom (?:classifier|model|guesser|scorer)\b[^.;]{0,20}\bscores? 0\.5 on (?:either|both)\b]],
    },
    feedback = "PR-AUC depends on prevalence (a random model scores the positive rate); it is ROC-AUC that is "
      .. "insensitive to the class balance, because many true negatives keep the false-positive rate low.",
  },
  {
    name = "FID said to ignore diversity",
    patterns = {
      [[\bfid\b[^.;]{0,60}\bonly measures (?:sample )?quality\b]],
      [[\bmode-collapsed generator\b[^.;]{0,60}\bstill scores well\b]],
      [[(?<!unlike )(?<!than )\bfid\b(?:(?!\bnot\b|n't\b|\bnever\b|\bunlike\b|\bwhereas\b|\bwhile\b|\bbut\b|\binception score\b|\bprecision\b|\brecall\b|,)[^.;]){0,40}\b(?:cannot|can't|can ?not|doesn't|does not|fails? to|won't|will not|is unable to|is blind to|ignores?)\b (?:(?:detect|catch|see|notice|penali[sz]e|capture|measure|reflect|flag|pick up|account for) )?(?:mode collapse|(?:a )?lack of diversity|(?:sample )?diversity|low diversity|missing modes|dropped modes)\b(?![^.;]{0,30}\b(?:separately|on its own|by itself|alone|independently|apart|from (?:fidelity|quality)|reliably|fully|perfectly|always|at small|small samples?|with (?:few|small)|within)\b)]],
      [[\bfid\b(?:(?!\bnot\b|n't\b|\bnever\b|\bunlike\b|\bwhereas\b|\bwhile\b|\bbut\b|\binception score\b|,)[^.;]){0,30}\b(?:is|as) (?:a |an )?(?:pure|purely a|only a|just a) (?:fidelity|quality|realism|image-quality|sample-quality) (?:metric|measure|score)\b]],
      [[\b(?:outputs?|produces?|producing|generates?|generating|emits?|makes?|repeats?)\b (?:only |just )?(?:a few|a handful of|one|a single|the same|few) (?:[\w-]+ ){0,2}(?:images?|samples?|outputs?|faces|pictures)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bhigh\w*|\bpoor\w*|\bbad\b|\bworse\b|\bpenal\w*)[^.;]){0,30}\b(?:low|lower|good|great|excellent|perfect|fine|decent|strong) fid\b]],
    },
    feedback = "FID compares the mean and covariance of real and generated features, so it penalises a lack of "
      .. "diversity too: a mode-collapsed generator gets a poor (high) FID.",
  },
  {
    name = "ReLU's outputs called zero-centred",
    patterns = {
      [[\brelu\b[^.;]{0,40}\boutputs? (?:is|are) zero-cent(?:red|ered)\b]],
      [[\bzero-cent(?:red|ered) output is what solves the vanishing\b]],
    },
    feedback = "ReLU's outputs are never negative, so they are not zero-centred; what helps with vanishing "
      .. "gradients is its gradient of 1 for positive inputs, where sigmoid's is at most 0.25.",
  },
  {
    name = "masked and causal language modelling swapped",
    patterns = {
      [[\bmasked (?:language modell?ing|lm),? (?:as in|like) gpt\b]],
      [[\bcausal (?:language modell?ing|lm),? (?:as in|like) bert\b]],
      [[\buse masked lm for chatbots\b]],
    },
    feedback = "GPT is a causal LM (next token from the left context, suited to generation); BERT is a masked LM "
      .. "(hidden tokens from both sides, suited to understanding tasks).",
  },
  {
    name = "target encoding that includes the row itself",
    patterns = {
      [[\btarget[- ]encod\w*\b[^.]{0,120}\bincluding the row itself\b]],
      [[\b(?:computed |calculated )?over the (?:full|whole|entire) training set;? (?:that's|that is|which is|it's) leak-?free\b]],
      [[\bleak-?free as long as you (?:don't|do not) touch the test set\b]],
      [[(?<!not )(?<!n't )(?<!never )\b(?:fine|ok|okay|safe|harmless|acceptable)\b to (?:fit|compute|do|apply|learn|run) (?:the )?target[- ]encod\w*\b[^.;]{0,20}\b(?:on|over|using) (?:all (?:the )?data|(?:the )?(?:full|whole|entire) (?:data ?set|data|training set))\b(?![^.;]{0,30}\b(?:out[- ]of[- ]fold|inside|within|per fold)\b)]],
      [[(?:^|(?<=[.;!?]) )(?:(?!\bnot\b|n't\b|\bnever\b|\bavoid\w*|\bwithout\b|\bexclud\w*)[^.;?]){0,80}\K\btarget[- ]encod\w*\b(?:(?!\bnot\b|n't\b|\bnever\b|\bwithout\b|\bexclud\w*)[^.]){0,120}\b(?:validation|test|held-?out) (?:rows|data|set|examples) included\b(?![^.;]{0,60}\b(?:leak\w*|wrong|mistake|bias\w*|optimistic\w*)\b)]],
      [[\b(?:mean target|target mean|target encoding)\b(?:(?!\bnot\b|n't\b|\bexclud\w*|\bwithout\b|\bonly\b|\bout[- ]of[- ]fold\b|\bnever\b)[^.;]){0,40}\b(?:computed|calculated|fit\w*|estimated) (?:on|over|from|using) (?:the )?(?:full|whole|entire) (?:data ?set|data)\b,? (?:including|incl\.?|with) (?:the )?(?:validation|test|held-?out) (?:rows|data|set|examples)(?![^.;]{0,60}\b(?:leak\w*|wrong|mistake|bias\w*|optimistic\w*)\b)]],
      [[\b(?:mean|average) (?:of (?:the )?)?target\b(?:(?!\bout-of-fold\b|\bexclud\w*|\bleave-one-out\b)[^.;]){0,40}\bover the (?:entire|whole|full) (?:training set|data ?set|data)\b,? (?:(?:with )?(?:the |each |every )?(?:row|rows)(?: themselves| itself)? included|including (?:the |each |every )?(?:row|rows)(?: itself| themselves)?)\b]],
      [[(?<!\bif )\bout-of-fold (?:splitting|encoding|estimates?|scheme)?\b[^.;]{0,20}\b(?:just |only |simply |merely )(?:adds?|introduces?) noise\b]],
      [[(?<!\bnot )(?<!n't )(?<!\bnever )\bbefore (?:you |we )?split\w*(?: the data)?\b,? (?:replace|encode|map)\w*\b[^.;]{0,30}\b(?:mean target|target mean|mean of the target|average target)\b[^.;]{0,30}\b(?:whole|entire|full) data ?set\b(?![^.;]{0,60}\b(?:leak\w*|bias\w*|optimistic\w*|wrong|mistake)\b)]],
    },
    feedback = "A category's mean target computed with the row's own label leaks that label into its feature; "
      .. "compute it out of fold (or leave one out) with smoothing.",
  },
  {
    name = "stock-outs read as real zero demand",
    patterns = {
      [[\bzero-?sales days during stock-?outs\b[^.;]{0,40}\b(?:as they are|real signal)\b]],
      [[\bstock-?outs?\b[^.;]{0,60}\b(?:are|as) real (?:demand )?signal\b]],
    },
    feedback = "Sales during a stock-out are censored demand, not low demand: mask or model those days, or the "
      .. "forecast learns to under-stock.",
  },
  {
    name = "saturation said to explode gradients",
    patterns = {
      [[\bsaturat\w*\b[^.;]{0,40}\bderivatives approach 1\b]],
      [[\bexploding comes from saturating activations\b]],
    },
    feedback = "Saturating activations have derivatives near 0, which makes gradients vanish; gradients explode "
      .. "when the per-layer factors (large weights) exceed 1.",
  },
  {
    name = "an action-dependent baseline called unbiased",
    patterns = {
      [[\bany function of the state or of the action\b]],
      [[\bany b can be subtracted,? including an action-dependent\b]],
      [[\baction-dependent (?:one|baseline)\b[^.;]{0,60}\b(?:the best choice|removes the most variance)\b]],
      [[\baction-dependent baseline\b(?:(?!\bnot\b|n't\b|\bbias(?:es|ed)\b|\bintroduc\w*|\bcorrect\w*|\bunless\b)[^.;]){0,40}\b(?:for free|unbiased|without (?:adding |introducing |any )?bias)\b]],
      [[\bbaseline (?:can|may) (?:also |even )?depend on (?:the )?(?:action|a|a_t)\b(?:(?!\bnot\b|n't\b|\bbias(?:es|ed)\b|\bunless\b|\bcorrect\w*)[^.;]){0,30}\b(?:for free|unbiased|without (?:adding |introducing |any )?bias)\b]],
      [[\bbaseline\b(?:(?!\bnot\b|n't\b|\bonly\b|\bunless\b|\bbias(?:es|ed)\b)[^.;]){0,50}\b(?:any|arbitrary) function of (?:both )?(?:the )?(?:state and (?:the )?action|state-action pairs?|\(?s ?, ?a\)?|s and a)\b]],
      [[\bany baseline\b(?:(?!\bnot\b|n't\b|\bexcept\b|\bunless\b|\bbias(?:es|ed)\b|\bonly\b)[^.;]){0,30}\bincluding (?:the )?(?:action-values?|q ?\(s ?, ?a\)|q-values?|an action-dependent)(?![^.;]{0,40}(?:\b(?:not|bias\w*)|n't)\b)]],
      [[(?<!n't )(?<!not )(?<!never )\b(?:subtract\w*|us(?:e|es|ing)) (?:the )?(?:action-values?|q ?\(s ?, ?a\)|q-values?)(?: function)?(?: itself)? as (?:a |the |your )?baseline\b(?:(?!\bnot\b|n't\b|\bbias(?:es|ed)\b|\bunless\b|\bcorrect\w*)[^.;]){0,40}\b(?:is unbiased|stays unbiased|keeps? (?:it|the gradient|the estimate) unbiased|without (?:adding |introducing |any )?bias|the expectation is unchanged|leaves? the (?:gradient|expectation) unchanged)]],
      [[(?<!n't )(?<!not )(?<!never )(?<!\bif you )(?<!\bif we )\b(?:use|using|uses|subtract\w*|take|taking)\b (?:the )?(?:learned |estimated |critic'?s? )?(?:q|action-value)\s?\(\s?s(?:_t)?\s?,\s?a(?:_t)?\s?\)[^.;]{0,40}\bas (?:a |the |your )?baseline\b(?![^.;]{0,40}(?:\b(?:bias\w*|not|unless|correct\w*|wrong|invalid\w*|mistake)|n't)\b)]],
      [[\bbaseline\b[^.;]{0,30}\bunbiased as long as it (?:doesn't|does not) depend on (?:θ|theta|the (?:policy )?parameters)\b(?![^.;]{0,10}\b(?:or|and|nor) (?:on )?(?:the )?(?:action|a\b))]],
      [[\b(?:best|optimal|ideal) baseline\b[^.;]{0,10}\b(?:is|would be|=) (?:the )?(?:q|action-values?|q-values?)(?: function)? ?(?:of s,? comma a|\( ?s ?, ?a ?\)|of s and a|of (?:the )?state and (?:the )?action)]],
      [[\bany baseline\b(?:(?!\bnot\b|n't\b|\bexcept\b|\bunless\b|\bbias(?:es|ed)\b|\bonly\b)[^.;]){0,30}\bincluding (?:the |an? )?action-dependent(?: ones?| baselines?)?\b(?![^.;]{0,40}(?:\b(?:not|bias\w*)|n't)\b)]],
    },
    feedback = "The baseline must not depend on the action: E[∇ log π(a|s) · b(s)] = 0 only for b that depends on "
      .. "the state; an action-dependent one such as Q(s, a) biases the gradient unless corrected.",
  },
  {
    name = "mean imputation said to keep the variance",
    patterns = {
      [[\bmean imputation\b[^.;]{0,100}\b(?:leaves|keeps)\b[^.;]{0,30}\bvariance unchanged\b]],
      [[\bfilling with the mean leaves the feature'?s? mean and variance unchanged\b]],
    },
    feedback = "Mean imputation keeps the mean but shrinks the variance and weakens correlations with other "
      .. "variables; add a missing indicator or use model-based imputation.",
  },
  {
    name = "HNSW said to find the exact nearest neighbour",
    patterns = {
      [[\bgreedy search always ends at the exact nearest neighbou?r\b]],
      [[\bit still (?:returns?|finds?|gives?) (?:you )?(?:the )?exact nearest neighbou?rs?,? so (?:there's|there is) no recall loss\b]],
      [[\bhnsw\b(?:(?!\bnot\b|n't\b|\bivf\b|\bflat\b|\bbrute\b|\bexhaustive\b|\bwhile\b|\bwhereas\b|\bbut\b|\bunlike\b|\bapproximat\w*|\bif\b|\bwhen\b)[^.;]){0,40}\b(?:returns?|finds?|gives?|guarantees?) (?:you )?(?:the )?exact nearest neighbou?rs?\b(?![^.;]{0,30}\b(?:almost|nearly|most of the time|usually|often|with high probability|typically)\b)]],
    },
    feedback = "HNSW's greedy search is approximate: it can stop in a local minimum of the graph, which is why "
      .. "recall is tuned with the search breadth (efSearch).",
  },
  {
    name = "the UCB bonus said to grow with pulls",
    patterns = {
      [[\bucb\b[^.;]{0,80}\bbonus\b[^.;]{0,40}\bgrows with the number of times\b]],
      [[\bbonus\b(?:(?!\bnot\b|n't\b|\bshrinks?\b|\bfalls?\b|\bdecreas\w*|\bdrops?\b)[^.;]){0,20}\b(?:grows?|increases?|gets? (?:bigger|larger)|rises?) (?:the )?more (?:often )?(?:an? |the |each )?arm (?:has been|is|gets|was) (?:pulled|played|tried|chosen|selected)\b]],
      [[\bbonus\b(?:(?!\bnot\b|n't\b|\bshrinks?\b|\bfalls?\b|\bdecreas\w*)[^.;]){0,20}\b(?:grows?|increases?|rises?) with (?:the )?(?:number of )?(?:pulls|plays|visits|times (?:it|an arm|the arm) (?:has been|is|was) (?:pulled|played))\b]],
    },
    feedback = "UCB's bonus shrinks as an arm is pulled (√(2 ln t / n)): rarely tried arms get the larger bonus.",
  },
  {
    name = "RoPE said to be applied once at the input",
    patterns = {
      [[\brope\b[^.;]{0,80}\bonce at the input layer\b]],
      [[\brotat\w* (?:each |every |the )?(?:token |input )?embeddings?\b(?:(?!\bnot\b|n't\b)[^.;]){0,40}\b(?:once|before the first layer)\b]],
      [[\brope\b(?:(?!\bnot\b|n't\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\binstead\b|\brather\b|\babsolute\b|\bsinusoid\w*|\blearned\b|\blearnt\b|\bother\b|\bbert\b|\bgpt\w*|\boriginal\b|\bvanilla\b|\bclassic\w*|\bstandard\b)[^.;]){0,60}\badded (?:once )?(?:to|onto) the (?:input |token )?embeddings?\b]],
      [[\brope\b(?:(?!\bnot\b|n't\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\binstead\b|\brather\b)[^.;]){0,60}\bonce\b[^.;]{0,20}\bat the (?:bottom|start|input) of the (?:network|model|stack)\b]],
    },
    feedback = "RoPE rotates the queries and keys inside every attention layer; it is not added to the "
      .. "embeddings once at the input.",
  },
  {
    name = "the KV cache said to use constant memory",
    patterns = {
      [[\bkv cache\b[^.;]{0,100}\bconstant memory\b]],
      [[\bcach\w*\b[^.;]{0,60}\b(?:get|gets|become|becomes) cheaper in memory\b]],
      [[\b(?:cheaper|less) (?:in )?memory with (?:a|the) (?:kv[- ])?cache\b]],
    },
    feedback = "The KV cache saves recomputing past keys and values, but it grows linearly with the context: "
      .. "long contexts cost memory.",
  },
  {
    name = "ReLU's derivative said to be 1 everywhere",
    patterns = {
      [[\bwith relu,? (?:phi|φ)'\(a\) = 1\b(?!\s*(?:[\[({<_]|if\b|for\b|when\w*\b|where\w*\b|on\b|only\b|in\b|above\b|at\b|iff\b))]],
    },
    feedback = "ReLU's derivative is 1 where the pre-activation is positive and 0 where it is negative: the "
      .. "elementwise mask stays in the backward pass.",
  },
  {
    name = "a hypercube's volume said to gather at its centre",
    patterns = {
      [[\bmost of the volume of a (?:hyper)?cube concentrates near (?:its|the) cent(?:re|er)\b]],
    },
    feedback = "In high dimensions most of a cube's or ball's volume lies near its boundary, far from the centre.",
  },
  {
    name = "a random classifier said to score 0 AUC",
    patterns = {
      [[\brandom (?:classifier|model|guesser) (?:scores|gets|has) (?:an auc of )?0\b(?!\.)]],
      [[\broc-?auc'?s? random baseline equals the positive rate\b]],
    },
    feedback = "A random ranking has ROC-AUC 0.5 whatever the class balance; it is PR-AUC whose random baseline is "
      .. "the positive rate.",
  },
  {
    name = "PCA said to need no centring, or to give independent components",
    patterns = {
      [[\b(?:you )?(?:don't|do not) need to cent(?:re|er) (?:the data )?first\b]],
      [[\bcomponents are statistically independent\b]],
    },
    feedback = "PCA needs centred data (the raw second-moment matrix gives different directions), and its "
      .. "components are uncorrelated, not independent; finding independent sources is ICA.",
  },
  {
    name = "fine-tuning advice reversed for the amount of data",
    patterns = {
      [[\blots of (?:target )?data\b[^.;]{0,60}\bfreeze most of the backbone\b]],
      [[\bvery little data,? fine-tune (?:the whole|everything|all)\b]],
      [[\b(?:transfer learning|fine-?tuning|pre-?training|pre-?trained (?:models?|weights|features))\b(?:(?!\bnot\b|n't\b|\bleast\b|\bless\b|\bworst\b)[^.;]){0,40}\b(?:works?|helps?|pays off|is (?:most )?useful|adds? (?:the )?most) (?:the )?(?:best|most)?\b(?:(?!\bnot\b|n't\b|\bsmall\b|\blittle\b)[^.;]){0,40}\b(?:dataset|data) is (?:large|big|huge|plentiful) and the (?:domain|source|task)s? (?:is |are )?(?:unrelated|different|dissimilar|distant)\b]],
      [[\b(?:small|little|few|tiny)\b[^.;]{0,40}\b(?:similar|related|same|close) domain\b[^.;]{0,30}\b(?:better off|prefer|should|best to) (?:just )?train\w* from scratch\b]],
    },
    feedback = "Transfer learning helps most when the target data is small and close to the source domain: with "
      .. "little target data freeze most of the pretrained network and train the head; with plenty (or a distant "
      .. "domain) fine-tune more of it, and training from scratch pays only with a lot of data.",
  },
  {
    name = "an LLM judge of the same model as the candidate",
    patterns = {
      [[\bjudge should be the same model that produced\b]],
      [[\bjudge\b(?:(?!\bnot\b|n't\b|\bnever\b|\bavoid\w*|\bdifferent\b|\banother\b|\bother\b|\bwhether\b)[^.;]){0,40}\b(?:is|should be|be|use|choose|pick) (?:the )?same model (?:that|which|as the one that) (?:produced|generated|wrote|created)\b(?![^.;]{0,80}\b(?:favou?rs?|prefers?|self-preference|self-bias|biased|bias|inflat\w*|overrat\w*|rates? (?:its|their) own)\b)]],
      [[\bsame model\b[^.;]{0,40}\b(?:because|since) it (?:understands|knows) its own (?:style|outputs?|writing)\b]],
    },
    feedback = "A judge favours outputs of its own model or family (self-preference): use a judge from another "
      .. "family, or a panel.",
  },
  {
    name = "the L1 and L2 penalty gradients swapped",
    patterns = {
      [[\bl1'?s? (?:penalty )?gradient is proportional to the weight\b]],
      [[\bl2'?s? (?:penalty )?gradient is (?:a )?constant\b]],
      [[\b(?:l1|absolute[- ]value|lasso)(?: penalty)?\b(?:(?!\bnot\b|n't\b|\bslower\b|\bless\b)[^.;]){0,30}\bgrows? faster than (?:the )?(?:l2|square|squared|quadratic)(?: penalty| term)?\b[^.;]{0,20}\bfor (?:large|big|larger) (?:weights|coefficients|w|values|parameters)\b]],
    },
    feedback = "L1's (sub)gradient is a constant λ·sign(w), which can push a weight all the way to zero; L2's is "
      .. "2λw, proportional to the weight, which fades as the weight shrinks.",
  },
  {
    name = "any symmetric similarity called a valid kernel",
    patterns = {
      [[\bany symmetric similarity(?: function)? (?:works|is valid|can be used) as a kernel\b(?![^.;]{0,40}\b(?:only|positive|psd|mercer|semi-?definite|gram)\b)]],
      [[(?<!not )(?<!n't )(?<!never )\bany (?:symmetric )?(?:similarity|distance)(?: function| measure| score)?\b(?:(?!\bnot\b|n't\b|\bpositive\b|\bpsd\b|\bmercer\b|\bsemi-?definite\b|\bonly\b|\bas long as\b|\bprovided\b|\bif\b)[^.;]){0,20}\b(?:works|is valid|can be used|will do|is fine|counts|can serve) as (?:a |the |your )?(?:valid )?kernel\b(?![^.;]{0,40}\b(?:only|positive|psd|mercer|semi-?definite|gram)\b)]],
      [[(?<!not )(?<!n't )(?<!never )\bany (?:symmetric )?(?:function|measure|score)(?: that (?:measures|gives|computes|scores)| of) (?:the )?(?:similarity|closeness|distance)\b(?:(?!\bnot\b|n't\b|\bpositive\b|\bpsd\b|\bmercer\b|\bsemi-?definite\b|\bonly\b|\bas long as\b|\bprovided\b|\bif\b)[^.;]){0,40}\b(?:works|is valid|can be used|will do|is fine|counts|can serve|serves) as (?:a |the |your )?(?:valid )?kernel\b(?![^.;]{0,40}\b(?:only|positive|psd|mercer|semi-?definite|gram)\b)]],
      [[(?<!not )(?<!n't )(?<!never )\bany (?:symmetric )?(?:similarity|distance)(?: function| measure| score)?\b(?:(?!\bnot\b|n't\b|\bpositive\b|\bpsd\b|\bmercer\b|\bsemi-?definite\b|\bonly\b|\bas long as\b|\bprovided\b|\bif\b|\bwhose\b|\bthat\b|\bwhich\b)[^.;]){0,80}\b(?:can be used|works|is valid|will do|is fine|counts|can serve|serves) as (?:a |the |your )?(?:valid )?kernel\b(?![^.;]{0,40}\b(?:only|positive|psd|mercer|semi-?definite|gram)\b)]],
    },
    feedback = "A kernel must be symmetric and positive semi-definite (Mercer's condition); not every similarity is.",
  },
  {
    name = "a calibrator fitted on the training data",
    patterns = {
      [[\bfit (?:it|the calibrator|platt scaling|isotonic regression) on the same training data\b]],
      [[\bfit (?:platt scaling|the calibrator|isotonic regression|temperature scaling|a calibrator)\b(?:(?!\bnot\b|n't\b)[^.;]){0,20}\bon the (?:model's )?training[- ]set (?:predictions|scores|outputs)\b]],
      [[\breusing the training data is fine here\b]],
    },
    feedback = "Fit the calibrator on held-out data the model did not train on; on the training data it learns "
      .. "the model's overconfidence on seen examples.",
  },
  {
    name = "LambdaMART called pointwise",
    patterns = {
      [[\blambdamart,? a pointwise\b]],
    },
    feedback = "LambdaMART is a listwise (lambda-gradient) learning-to-rank method built on pairwise swaps "
      .. "weighted by their change in NDCG, not a pointwise regressor.",
  },
  {
    name = "a large SVM C said to widen the margin",
    patterns = {
      [[\b(?:a )?(?:large|larger|high|higher|bigger) c\b(?:(?!\bsmall\w*|\bnarrow\w*|\blow\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,60}\b(?:wider|more strongly regulari[sz]ed|softer margin|more regulari[sz]ation)\b]],
    },
    feedback = "C weighs the hinge losses: a large C punishes margin violations, giving a narrower margin and less "
      .. "regularisation; a small C a wider, softer margin.",
  },
  {
    name = "the FID estimate said to be unbiased",
    patterns = {
      [[\bfid\b[^.;]{0,80}\bestimator is unbiased\b]],
      [[\bunbiased (?:w\.r\.t\.?|with respect to|wrt|in) (?:the )?(?:sample size|number of (?:samples|images))\b]],
      [[\b(?:compute|calculate|evaluate)\w* (?:it|fid) on (?:only )?[\d,]+ (?:samples|images)\b[^.;]{0,30}\bcompare (?:it )?directly\b]],
    },
    feedback = "The FID estimate is biased and depends on the number of samples; compare models on the same, large "
      .. "number of images.",
  },
  {
    name = "normality of the errors said to make OLS unbiased",
    patterns = {
      [[\bnormality of the errors is what makes the (?:coefficient )?estimates unbiased\b]],
      [[\b(?:residuals|errors)\b[^.;]{0,10}\b(?:aren't|are not|isn't|is not) (?:normal|normally distributed|gaussian)\b[^.;]{0,30}\b(?:coefficients?|coefficient estimates|estimates|betas?)\b(?: themselves)? (?:are|is|become|get|will be) (?:themselves )?biased\b]],
      [[\bnon-?normal (?:errors|residuals)\b(?:(?!\bnot\b|n't\b|\bonly\b|\bstill\b)[^.;]){0,20}\b(?:bias(?:es)?|make (?:the )?(?:coefficients?|estimates?) biased)\b]],
      [[\b(?:coefficients?|estimates)\b[^.;]{0,20}\b(?:are|is|will be) biased (?:unless|if) (?:the )?(?:errors|residuals) (?:are|aren't|are not) (?:normal|normally distributed|gaussian)\b]],
      [[\b(?:skewed|heavy-?tailed|non-?normal|non-?gaussian)(?: or (?:skewed|heavy-?tailed|non-?normal))? (?:errors|residuals)\b(?:(?!\bnot\b|n't\b|\bonly\b|\bstill\b|\bstandard errors?\b|\bintervals?\b|\binference\b|\bp-?values?\b)[^.;]){0,20}\b(?:coefficients?|coefficient estimates|estimates|betas?) (?:are|is|become|get|will be) biased\b]],
      [[\bnormality\b(?:(?!\bnot\b|n't\b)[^.;]){0,30}\b(?:guarantees?|ensures?|makes?|is what makes|is needed for|is required for) (?:that )?(?:the )?(?:ols )?(?:coefficient )?(?:estimates?|coefficients?) (?:are )?unbiased\b]],
    },
    feedback = "OLS coefficients are unbiased under zero-mean errors given X (exogeneity); normality matters only "
      .. "for exact small-sample inference.",
  },
  {
    name = "RoPE said to rotate the values",
    patterns = {
      [[\brotates the query and value (?:vectors)?\b]],
    },
    feedback = "RoPE rotates the queries and keys, so their dot product depends on the relative position; the values "
      .. "are left alone.",
  },
  {
    name = "critical points of deep nets said to be mostly minima",
    patterns = {
      [[\bmost critical points are local minima rather than saddle points\b]],
    },
    feedback = "In high dimensions most critical points with high loss are saddle points: a local minimum needs "
      .. "positive curvature in every direction at once.",
  },
  {
    name = "the Bellman backup said to contract at γ = 1",
    patterns = {
      [[\bcontraction for any gamma up to and including 1\b]],
      [[\bcontraction\b(?:(?!\bnot\b|n't\b|\bonly\b|\bunless\b|\bfails?\b|\bbelow\b|\bless than\b|<)[^.;]){0,40}\b(?:holds?|true|works?|applies)\b[^.;]{0,15}\b(?:for|at|with|when|including) (?:γ|gamma) ?(?:=|equal to|equals|of) ?1\b(?![^.;]{0,40}\b(?:only|if|provided|given|assuming|terminal|proper|absorbing|episodic)\b)]],
      [[\bcontraction\b(?:(?!\bnot\b|n't\b|\bonly\b|\bunless\b|\bfails?\b|\bbelow\b|\bless than\b|<)[^.;]){0,20}\b(?:even|also) (?:for|at|with|when) (?:γ|gamma) ?(?:=|equal to|equals|of) ?1\b(?![^.;]{0,40}\b(?:only|if|provided|given|assuming|terminal|proper|absorbing|episodic)\b)]],
    },
    feedback = "The Bellman backup is a γ-contraction only for γ < 1; at γ = 1 convergence needs extra conditions "
      .. "such as a terminal state.",
  },
  {
    name = "smoothing said to make full-data target encoding safe",
    patterns = {
      [[\btarget encoding\b[^.;]{0,40}\b(?:full|whole|entire) data ?set is fine\b]],
    },
    feedback = "Smoothing shrinks rare categories but does not stop the label leaking: compute target encodings "
      .. "out of fold.",
  },
  {
    name = "over-parameterised networks said to ignore label noise",
    patterns = {
      [[\bcannot fit randomly flipped labels\b]],
      [[\bover-?parameteri[sz]ed networks are naturally robust\b]],
      [[\b(?:mislabel\w*|noisy|wrongly labell?ed|flipped)(?: (?:examples|points|labels|samples|rows))?\b(?:(?!\bunless\b|\bif\b|\bonly\b)[^.;]){0,20}\b(?:don't|do not|won't|will not|cannot|can't|never) (?:affect|hurt|harm|influence|change|damage|distort) (?:the )?(?:predictions?|model|generali[sz]ation|fit|accuracy)\b(?![^.;]{0,40}\b(?:much|a lot|greatly|if|as long as|provided|once|because of|thanks to|given)\b)]],
      [[\b(?:networks?|nets?|models?)\b (?:can't|cannot|can not|are unable to) fit labels that contradict\b]],
      [[\b(?:effectively |simply |just )?ignores? (?:the )?(?:randomly )?flipped labels\b(?![^.;]{0,30}\b(?:if|when|with|only|early stopping)\b)]],
    },
    feedback = "Large networks can memorise even random labels (Zhang et al., 2017): with noisy labels they fit the "
      .. "noise unless regularised or stopped early.",
  },
  {
    name = "matrix factorisation said to embed items from their attributes",
    patterns = {
      [[\b(?:mf|matrix factori[sz]ation)\b[^.;]{0,40}\blearns each item'?s? embedding from its attributes\b]],
      [[\b(?:mf|matrix factori[sz]ation)\b(?:(?!\bnot\b|n't\b|\bhybrid\b|\bcontent\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\bextension\w*|\bvariants?\b|\bside information\b|\blightfm\b)[^.;]){0,40}\blearns? (?:the )?(?:item|product|user)s?(?:'s?)? (?:embeddings?|vectors?|factors?|latent factors?) from (?:the |its |their )?(?:product |item )?(?:attributes|metadata|features|descriptions?|content)\b]],
      [[\b(?:matrix factori[sz]ation|mf|collaborative filtering)\b(?:(?!\bnot\b|n't\b|\bcannot\b|\bnever\b|\bno\b|\bfail\w*|\bunable\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\bcontent\b|\bhybrid\b|\bfeatures?\b|\battributes?\b|\bmetadata\b|\bif\b)[^.;]){0,100}\b(?:produce|give|learn|compute|create|generate|assign)s? (?:an? )?(?:embedding|latent (?:factors?|vector)|vector) for (?:a |an )?(?:brand[- ]new|new|unseen|cold[- ]start) (?:items?|users?)\b(?: (?:immediately|right away|straight away|at once))?]],
    },
    feedback = "Matrix factorisation learns item and user embeddings from interactions alone, so a new item or "
      .. "user with none has no embedding; attributes need a content or hybrid model.",
  },
  {
    name = "a retrieval model trained on positive pairs only",
    patterns = {
      [[\byou only need the positive pairs\b]],
      [[\b(?:don't|do not|doesn't|does not|won't) need (?:any )?negatives\b(?:(?!\bif\b|\bwhen\b|\bonly\b|\bbyol\b|\bsimsiam\b|\bstop-?grad\w*|\bpredictor\b)[^.;]){0,20}\b(?:because|since|as)\b[^.;]{0,40}\b(?:normali[sz]\w*|unit sphere|cosine)\b]],
    },
    feedback = "Trained on positives alone, a two-tower model can collapse to similar embeddings for everything: it "
      .. "needs negatives (in-batch or sampled) to contrast against.",
  },
  {
    name = "INT8 quantisation said to shrink FP32 weights eightfold",
    patterns = {
      [[\bfp32 to int8 shrinks the model by 8 ?x\b]],
    },
    feedback = "FP32 to INT8 goes from 4 bytes to 1 per weight: 4× smaller.",
  },
  {
    name = "a prompt tested on the examples it was tuned on",
    patterns = {
      [[\bmeasure accuracy on those same examples\b]],
      [[\buse those same \d+ (?:tickets|examples|items) to iterate on the prompt\b]],
      [[\b(?:iterat\w*|tun\w*|tweak\w*|optimi[sz]\w*|refin\w*)\b[^.;]{0,60}\b(?:against|on) (?:that|the|this|our) (?:same |private |held-?out |test |eval(?:uation)? )*(?:set|data|examples|tickets|benchmark)\b[^.;]{0,60}\buntil\b[^.;]{0,60}\b(?:then )?report\w* (?:those|that|these|the|its|this) (?:final )?(?:scores?|numbers?|results?|accuracy|metrics?)\b(?![^.;]{0,40}(?:\b(?:optimistic\w*|biased|leak\w*|wrong|mistake|not|inflat\w*|separate|fresh|untouched|unseen|different|another|new|other|held-?out|test)|n't)\b)]],
    },
    feedback = "A prompt tuned on its evaluation examples overfits them: keep a held-out set for measuring it.",
  },
  {
    name = "grid search said to win when few hyperparameters matter",
    patterns = {
      [[\bgrid search is the better choice when only a few\b]],
      [[\brandom search\b[^.;]{0,40}\bonly (?:beats?|wins?|outperforms?|helps?|pays off)\b[^.;]{0,30}\bwhen (?:all )?(?:of )?(?:the )?hyperparameters (?:all )?matter (?:about |roughly |more or less )?equally\b]],
      [[\bif (?:just |only )?(?:one or two|a few|few|one) (?:of them |hyperparameters? )?matters?\b,? (?:a |the )?grid(?: search)?\b(?:(?!\bwastes?\b|\bnot\b|n't\b)[^.;]){0,20}\b(?:covers?|wins?|is better|beats?|does better)\b]],
      [[\brandom search\b[^.;]{0,40}\bonly (?:beats?|wins?|outperforms?|helps?|pays off)\b[^.;]{0,30}\bwhen (?:all )?(?:of )?(?:the )?hyperparameters (?:all )?(?:matter|are) (?:about |roughly |more or less )?equally(?: important)?\b]],
      [[\bif (?:just |only )?(?:one or two|a few|few|one) (?:of them |hyperparameters? )?(?:dominates?|are important|is important|count)\b,? (?:a |the )?grid(?: search)?\b(?:(?!\bwastes?\b|\bnot\b|n't\b)[^.;]){0,20}\b(?:covers?|wins?|is better|beats?|does better)\b]],
    },
    feedback = "When only a few hyperparameters matter random search wins: it tries a new value of each at every "
      .. "trial, where a grid repeats the same few.",
  },
  {
    name = "the LSTM forget gate read backwards",
    patterns = {
      [[\bforget gate is close to 0\b[^.;]{0,60}\b(?:preserv\w*|carr\w*|kept|flows|passes|survives)\b]],
    },
    feedback = "A forget gate near 1 keeps the cell state (and its gradient); near 0 it erases it.",
  },
  {
    name = "correlated samples said to inflate standard errors",
    patterns = {
      [[\bpositively correlated\b[^.;]{0,80}\bstandard errors come out too large\b]],
    },
    feedback = "Positively correlated samples carry less information than their count suggests: naive standard "
      .. "errors come out too small and conclusions overconfident.",
  },
  {
    name = "the dot product's variance said to be √d_k",
    patterns = {
      [[\bq ?· ?k a variance of √ ?d_?k\b]],
      [[\bvariance of √ ?d_?k\b]],
    },
    feedback = "The dot product of d_k independent unit-variance products has variance d_k (standard deviation "
      .. "√d_k); dividing by √d_k brings the variance back to 1.",
  },
  {
    name = "a leak confirmed when dropping a feature changes nothing",
    patterns = {
      [[\bauc barely moves,? that confirms it was the leak\b]],
    },
    feedback = "If dropping the feature barely moves the score, it was not carrying the leak; a leak shows as a "
      .. "collapse of the score when the feature goes.",
  },
  {
    name = "cosine said to rank differently after normalisation",
    patterns = {
      [[\bcosine gives a different nearest-neighbou?r ranking even after\b]],
      [[\b(?:after|once) (?:you )?(?:l2[- ]|unit[- ])?normali[sz]\w*\b(?:(?!\bnot\b|n't\b|\bsame\b|\bidentical\b|\bequivalent\b|\bbut\b|\bwhile\b|\bwhereas\b)[^.;]){0,40}\b(?:cosine and euclidean|euclidean and cosine|cosine and l2|the two (?:metrics|distances|measures))\b(?:(?!\bnot\b|n't\b)[^.;]){0,20}\b(?:give|produce|yield|return|rank)\w* (?:\w+ )?(?:different|differently)\b]],
      [[\b(?:cosine and euclidean|euclidean and cosine)\b(?:(?!\bunless\b|\bunnormali[sz]ed\b|\bwithout\b|\bnot\b|n't\b|\braw\b|\bbut\b|\bwhile\b|\bwhereas\b)[^.;]){0,20}\b(?:give|produce|yield|return)s? different (?:nearest[- ]neighbou?r )?(?:rankings?|neighbou?rs|results|orderings?)\b(?:(?!\bunless\b|\bnot\b|n't\b|\braw\b|\bbut\b|\bwhile\b|\bwhereas\b|\bsame\b)[^.;]){0,20}\b(?:even )?(?:after|for|on|with|once) (?:you )?(?:l2[- ]|unit[- ])?(?:normali[sz]ed|normali[sz]ing|normali[sz]e|normali[sz]ation|unit[- ](?:length|norm))]],
      [[\b(?:after|once) (?:you )?(?:l2[- ]|unit[- ])?normali[sz]\w*\b(?:(?!\bnot\b|n't\b|\bsame\b|\bidentical\b|\bequivalent\b|\bbut\b|\bwhile\b|\bwhereas\b)[^.;]){0,40}\bthe two(?: metrics| distances| measures| similarities)?(?: still| can| may| will| would)? (?:give|produce|yield|return|rank)\w* (?:\w+ )?(?:different|differently)\b]],
    },
    feedback = "For L2-normalised vectors Euclidean distance is a monotone function of cosine similarity "
      .. "(‖a − b‖² = 2 − 2 cos), so both give the same neighbours.",
  },
  {
    name = "an embedding dimension said to need one per item",
    patterns = {
      [[\bembedding dimension has to be at least as large as the (?:number|vocabulary)\b]],
      [[\bembedding (?:dimension|size|width)s?\b(?:(?!\bnot\b|n't\b|\bnever\b|\bneed not\b)[^.;]){0,20}\b(?:has to|must|needs? to|should) (?:be )?(?:at least|no (?:smaller|less) than|equal to|match) (?:as (?:large|big|high) as )?(?:the )?(?:number of (?:categories|items|classes|tokens|users|words|unique values|distinct values|levels)|vocabulary(?: size)?|cardinality)\b]],
      [[\bembeddings?\b(?:(?!\bone-hot\b|\bunlike\b|\bwhereas\b|\bwhile\b|\bbut\b|\bnot\b|n't\b|\bnever\b)[^.;]){0,30}\b(?:needs?|requires?) one dimension (?:per|for each|for every) (?:category|item|token|word|user|value|level)\b]],
    },
    feedback = "Embeddings are far smaller than the vocabulary: items share dimensions, and similar ones sit close "
      .. "together; one dimension per item is one-hot.",
  },
  {
    name = "a logistic coefficient said to multiply the probability",
    patterns = {
      [[\bmultiplies the (?:predicted )?probability by e\^]],
      [[\bprobabilit(?:y|ies)\b(?: p\b| of \w+)?(?:(?!\bodds\b|\bnot\b|n't\b|\bnever\b)[^.;]){0,15}\b(?:is|gets|are|get|becomes?) multiplied by (?:a factor (?:of )?)?(?:e ?\^|exp ?\(|e to the)]],
      [[(?<!probability model, each )(?<!probability model, a )(?<!probability model, the )(?<!probability model, every )(?<!probability model each )\bcoefficients?\b(?:(?!\bnot\b|n't\b|\bnever\b|\blinear probability\b|\blpm\b|\bols\b|\blinear regression\b|\blog-?odds\b|\blogit\b|\bapproximately\b|\bmarginal\b|\bodds\b)[^.;]){0,30}\b(?:is|are|gives?|means?) the (?:change|increase) in (?:the )?(?:predicted )?(?:probability|chance)\b]],
      [[\bcoefficients?\b(?:(?!\bnot\b|n't\b|\bnever\b|\blinear probability\b|\blpm\b|\bols\b|\blinear regression\b|\blog-?odds\b|\blogit\b|\bapproximately\b|\bmarginal\b|\bodds\b)[^.;]){0,30}\btells? (?:you )?how much (?:the )?(?:predicted )?(?:probability|chance)\b(?:(?!\bodds\b)[^.;]){0,10}\b(?:increases?|changes?|rises?|goes up|grows?)\b]],
      [[\b(?:change|effect|increase)\b(?:(?!\blog-?odds\b|\blogit\b|\bodds\b|\blinear predictor\b|\bscore\b|\bz\b)[^.;]){0,30}\bis (?:the same|constant) everywhere (?:along|on) the (?:curve|sigmoid|s-curve)\b]],
      [[\bmultipl(?:ies|y) the (?:predicted )?probability\b(?: of (?:the )?(?:positive )?(?:class|outcome|event|label|success|y ?= ?1))? by (?:e ?\^|exp ?\(|e to the)]],
    },
    feedback = "In logistic regression w_j is the change in the log-odds per unit of x_j, so e^{w_j} multiplies "
      .. "the odds; the change in probability depends on where you start.",
  },
  {
    name = "Xavier and He initialisation swapped",
    patterns = {
      [[\bxavier (?:initiali[sz]ation )?for relu\b]],
      [[\bhe (?:initiali[sz]ation )?for (?:tanh|sigmoid)\b]],
      [[\bhe[- ](?:initiali[sz]ation|init)\b(?:(?!\bnot\b|n't\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,40}\b(?:half (?:that|the|xavier'?s|glorot'?s) (?:scale|variance)|(?:smaller|lower|less) (?:variance|scale|weights) than (?:xavier|glorot)\b)]],
      [[\bhe[- ](?:initiali[sz]ation|init)\b(?:(?!\bnot\b|n't\b|\bxavier\b|\bglorot\b|\blecun\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,40}\bvar\s*\(\s*w\s*\)\s*=\s*1\s*/\s*(?:n_in|fan_in|n_?in|fan-in|n)\b]],
      [[(?<!unlike )(?<!than )\b(?:xavier|glorot)\b(?:(?!\bnot\b|n't\b|\bhe\b|\bkaiming\b|\btanh\b|\bsigmoid\b|\bwhile\b|\bwhereas\b|\bbut\b|\bunlike\b)[^.;]){0,50}\b(?:is |was )?(?:designed|meant|made|intended|built|derived|tailored|the (?:one|choice|default|right choice)) (?:to use )?(?:for|with) relu\b]],
      [[(?<!unlike )(?<!than )\b(?:he|kaiming)[- ](?:initiali[sz]ation|init)\b(?:(?!\bnot\b|n't\b|\bxavier\b|\bglorot\b|\brelu\b|\bwhile\b|\bwhereas\b|\bbut\b|\bunlike\b)[^.;]){0,50}\b(?:is |was )?(?:designed|meant|made|intended|built|derived|tailored|the (?:one|choice|default|right choice)) (?:to use )?(?:for|with) (?:tanh|sigmoid)\b]],
    },
    feedback = "Xavier/Glorot (variance 2 / (fan_in + fan_out)) suits tanh and sigmoid; He (2 / fan_in) suits ReLU, "
      .. "which zeroes half its inputs.",
  },
  {
    name = "a larger KL coefficient said to free the RLHF policy",
    patterns = {
      [[\blarger beta lets the policy move further\b]],
    },
    feedback = "A larger KL coefficient holds the policy closer to the reference model; a smaller one lets it move "
      .. "further (and risk reward hacking).",
  },
  {
    name = "a lower alpha said to cut both error types",
    patterns = {
      [[\b(?:lower|reduc)\w* alpha\b(?:[^.;]|(?<=\d)\.(?=\d)){0,80}\breduces both the type (?:i|1) and (?:the )?type (?:ii|2)\b]],
      [[(?:\b(?:lower\w*|reduc\w*|decreas\w*|cut\w*|tighten\w*|shrink\w*) (?:the )?(?:alpha|α|significance level)\b|\b(?:alpha|α|the significance level) (?:smaller|lower|tighter)\b)(?:(?!\bnot\b|n't\b|\bcannot\b|\bsamples?\b|\bonly\b|\bdata\b|\bpower\b|\bbeta\b|β|\btype (?:ii|2)\b|\bwhile\b|\bwhereas\b|\bbut\b)(?:[^.;]|(?<=\d)\.(?=\d))){0,60}\b(?:reduces?|lowers?|cuts?|decreases?|minimi[sz]es?) both (?:kinds|types|sorts) of errors?\b]],
      [[(?:\b(?:lower\w*|reduc\w*|decreas\w*|cut\w*|tighten\w*|shrink\w*) (?:the )?(?:alpha|α|significance level)\b)(?:(?!\bnot\b|n't\b|\bcannot\b|\bsamples?\b|\bdata\b|\bpower\b|\bbeta\b|β|\braises?\b|\bincreas\w*|\bmore\b|\bneed\w*|\bunless\b|\bif\b|\bwhile\b|\bwhereas\b|\bbut\b|\bto (?:also )?(?:cut|reduce|lower))(?:[^.;]|(?<=\d)\.(?=\d))){0,50}\b(?:also )?(?:cuts?|reduces?|lowers?|decreases?) (?:your |the )?(?:false negatives|type (?:ii|2) errors?|type (?:ii|2) error rate|miss(?:es|ed detections)?)\b]],
    },
    feedback = "Lowering α cuts Type I errors but raises Type II errors (less power) at a fixed sample size.",
  },
  {
    name = "a model scored on its own training data",
    patterns = {
      [[\bbarely overfits,? (?:so )?i don't bother holding (?:data|anything) out\b]],
      [[\bscore it on the training (?:data|set)\b]],
      [[\bbaseline\b[^.;]{0,40}\b(?:doesn't|does not) need the same (?:evaluation|split|setup|protocol)\b]],
      [[\b(?:quick )?random split\b[^.;]{0,20}\b(?:is |are )?fine even if the (?:main )?model uses a (?:time|temporal|grouped)\b]],
    },
    feedback = "Every model, a baseline too, is scored on the same held-out split: a training score says nothing "
      .. "about generalisation and makes the comparison unfair.",
  },
  {
    name = "the √d_k scaling said to guard against overflow",
    patterns = {
      [[(?<!loss )(?<!gradient )(?<!grad )(?<!dynamic )(?<!max )(?<!feature )(?<!min-max )\b(?:the )?(?:scaling|scale factor|(?:1 ?/ ?)?(?:sqrt|√) ?\(? ?d_?k ?\)?(?: factor| scaling)?)\b(?:(?!\bnot\b|n't\b|\bsubtract\w*|\bmax\b|\band\b|\bwhile\b|\bwhereas\b|\bbut\b|\bsaturat\w*)[^.;]){0,30}\b(?:is |acts as )?(?:basically |mainly |just |really |simply |only )?(?:an? )?(?:overflow guard|guard against (?:numerical )?overflow)\b]],
      [[\b(?:divid\w*|scal\w*) (?:the scores )?by (?:the )?(?:sqrt|√) ?\(? ?d_?k ?\)?\b(?:(?!\bnot\b|n't\b|\bsubtract\w*|\bmax\b|\band\b|\bwhile\b|\bwhereas\b|\bbut\b|\bsaturat\w*)[^.;]){0,30}\b(?:is )?(?:mainly |just |only |simply )?(?:to )?(?:prevent|avoid|stop)\w* (?:the )?(?:numerical |fp16 |float )?overflow\b]],
    },
    feedback = "Softmax implementations subtract the maximum score, so overflow is not the issue: dividing by √d_k "
      .. "keeps the scores' variance near 1 so the softmax does not saturate into a near one-hot with vanishing "
      .. "gradients.",
  },
  {
    name = "BPE said to merge by likelihood",
    patterns = {
      [[\bbpe\b(?:(?!\bwordpiece\b|\bunigram\b|\bunlike\b|\bwhereas\b|\bwhile\b|\bbut\b|\binstead\b|\bnot\b|n't\b)[^.]){0,100}\b(?:pair|merge)\b(?:(?!\bnot\b|n't\b)[^.;]){0,30}\b(?:most increases|maximi[sz]\w*|increases?|raises?) the (?:log-?)?likelihood\b]],
      [[\bbpe\b(?:(?!\bwordpiece\b|\bunigram\b|\bunlike\b|\bwhereas\b|\bwhile\b|\bbut\b|\bnot\b|n't\b)[^.;]){0,40}\b(?:chooses|picks|selects|merges)\b[^.;]{0,20}\bby (?:the )?(?:likelihood|likelihood gain)\b]],
    },
    feedback = "BPE merges the most frequent adjacent pair at each step; choosing the merge that most raises the "
      .. "corpus likelihood (count(ab) / (count(a) · count(b))) is WordPiece.",
  },
  {
    name = "a deep network's loss said to be convex, or gradient descent to find its global minimum",
    patterns = {
      [[\b(?:guarantee\w*|always|provably|will)\b(?:(?!\bnot\b|n't\b|\bno\b|\bnever\b|\bconvex\b)[^.;]){0,50}\b(?:reach|find|converge|get)\w*(?: to)? (?:the |a )?global (?:optimum|minimum|minimi[sz]er)\b,? (?:even )?(?:in|for) (?:deep (?:nets?|networks?|neural networks?|learning|models?)|neural (?:nets?|networks?))\b]],
      [[\b(?:cross-?entropy|the loss|log-?loss)\b(?:(?!\bnot\b|n't\b|\bnon-?convex\b|\blogits?\b|\blogistic\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,40}\bconvex in the (?:model )?(?:parameters|weights)\b(?:(?!\bnot\b|n't\b)[^.;]){0,80}\b(?:even )?(?:in|for) deep (?:nets?|networks?|neural networks?|learning|models?)\b]],
      [[\b(?:provably|always|is guaranteed to|are guaranteed to)\b(?:(?!\bnot\b|n't\b)[^.;]){0,30}\bglobal (?:minimum|optimum)\b[^.;]{0,20}\bfor any (?:architecture|network|neural network|model)\b]],
      [[\bbecause the gradient is exact\b[^.;]{0,20}\bguaranteed to (?:reach|find|converge to) (?:the |a )?global (?:minimum|optimum)\b]],
      [[\bover-?parameteri[sz]ed\b(?:(?!\bnot\b|n't\b)[^.;]){0,50}\bno bad local minima at all\b]],
      [[(?:^|(?<=[.;!?:]) )(?:(?!\bnot\b|n't\b|\bnon\b|\bnever\b|\bno\b|\bunlike\b|\bif\b|\bwould\b)[^.;?]){0,80}\K\bconvex in (?:the |a )?(?:deep |neural )?(?:network'?s?|net'?s?) (?:parameters|weights)\b]],
      [[(?:^|(?<=[.;!?:]) )(?:(?!\bnot\b|n't\b|\bnon\b|\bnever\b|\bno\b|\bunlike\b|\bif\b|\bwould\b)[^.;?]){0,80}\K(?<!non-)\bconvex\b(?:(?!\bnot\b|n't\b|\bonly\b|\blogits?\b|\blinear\b|\blogistic\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,40}\bfor (?:any|every|all) (?:network )?(?:architectures?|(?:deep |neural )?networks?|neural nets?)\b]],
    },
    feedback = "A deep network's loss is non-convex in its weights (cross-entropy is convex only in the logits, or "
      .. "for a linear model): gradient descent, full-batch or not, carries no guarantee of a global minimum.",
  },
  {
    name = "any learning rate said to converge on a convex loss",
    patterns = {
      [[(?<!just )(?<!simply )(?<!not )\bany (?:positive |fixed |constant )?(?:learning rate|lr|step size)\b,? (?:(?:will|would|should|can|eventually|you pick|you choose|at all) )*(?:converges?|reach(?:es)?)\b]],
      [[\b(?:learning rate|lr) only changes how fast\b(?![^.;]{0,60}\b(?:as long as|provided|if|below|small enough)\b)]],
      [[\bconverge\w*\b[^.;]{0,40}\bfor any (?:positive |fixed |constant )?(?:learning rate|lr|step size)\b(?![^.;]{0,30}\b(?:below|smaller than|less than|under|up to|small enough|sufficiently small|that (?:is|satisfies)|with)\b)]],
    },
    feedback = "Even on a convex loss gradient descent diverges when the learning rate is too large (above 2 / L for "
      .. "an L-smooth loss); the rate decides whether it converges, not only how fast.",
  },
  {
    name = "the irreducible noise said to shrink with more data",
    patterns = {
      [[\b(?:enough|more|infinite) (?:training )?data\b[^.;]{0,20}\ball three (?:terms )?(?:go|tend|shrink|vanish)\w*\b]],
      [[\bnoise (?:term )?is only irreducible\b]],
      [[\b(?:noise term|irreducible (?:error|noise|term)|σ\^2|bayes error)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bno\b|\bvariance\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,40}\b(?:goes|go|shrinks?|vanish\w*|falls?|drops?|tends?|decreases?)\b(?: \w+){0,2} (?:to zero|with (?:more|enough) (?:training )?data)\b]],
    },
    feedback = "The noise term σ² is irreducible: it is the variance of y around f(x) and stays whatever the data "
      .. "size; more data can shrink the variance term, never the noise.",
  },
  {
    name = "vanishing gradients said to be fixed by a larger learning rate",
    patterns = {
      [[\bvanish\w*(?: gradients?)?\b(?:(?!\bnot\b|n't\b|\bexplod\w*)[^.;]){0,20}\b(?:is |are )?(?:basically |just |mainly |really |simply |essentially )?a learning[- ]rate problem\b]],
      [[\b(?:fix|cure|remedy|solution)\w* (?:for|to) vanishing gradients?\b(?:(?!\bnot\b|n't\b)[^.;]){0,20}\b(?:is to )?(?:raise|increase|boost|use a (?:higher|larger|bigger)) (?:the )?learning rate\b]],
      [[\b(?:to fix|fix|for|against) vanishing gradients?,? (?:just |simply )?(?:raise|increase|use a (?:higher|larger|bigger)) (?:the )?learning rate\b]],
      [[\b(?:cure|fix|remedy|solution)\b[^.;]{0,20}\b(?:is to )?give (?:the )?(?:early|earlier|first|lower) layers a (?:larger|higher|bigger) learning rate\b]],
      [[\bvanishing gradients? (?:happen|occur|arise)s? because the (?:first|early|earlier|lower) layers (?:learn|train) (?:more )?slowly\b]],
    },
    feedback = "Vanishing gradients come from multiplying many small factors through the layers; a larger learning "
      .. "rate does not fix that (and destabilises the other layers). ReLU-type activations, careful "
      .. "initialisation, normalisation and residual connections do.",
  },
  {
    name = "cosine said to escape the curse of dimensionality",
    patterns = {
      [[\bcosine\b(?:(?!\beuclidean\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,40}\b(?:doesn't|does not|don't|do not|won't) suffer from (?:the )?curse of dimensionality\b]],
      [[\bcosine\b(?:(?!\beuclidean\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,40}\b(?:is )?(?:immune to|unaffected by|escapes|avoids|sidesteps) (?:the )?curse of dimensionality\b]],
    },
    feedback = "Cosine similarity concentrates in high dimensions too (random vectors become nearly orthogonal), and "
      .. "on normalised vectors it ranks neighbours exactly as Euclidean distance does: switching metric does "
      .. "not escape the curse of dimensionality.",
  },
  {
    name = "embeddings said to handle unseen categories",
    patterns = {
      [[(?<!hashed )(?<!hashing )(?<!subword )(?<!sub-word )(?<!character )(?<!content )(?<!text )(?<!feature )(?<!based )(?<!rather than )(?<!rather than pure )(?<!rather than id )(?<!rather than pure id )(?<!instead of )(?<!instead of id )\bembeddings?\b(?:(?!\bnot\b|n't\b|\bcannot\b|\bhash\w*|\bsub-?word\w*|\bcharacter\w*|\bcontent\b|\bfeatures?\b|\battributes?\b|\btext\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,40}\b(?:naturally |automatically )?(?:handle|handles|cope with|copes with|deal with|deals with|work for|works for|generali[sz]e to|generali[sz]es to) (?:new |unseen |previously unseen |novel )?(?:categories|ids|products|items|category values|values)(?: (?:that were )?never seen| not seen| unseen)\b(?![^.;]{0,15}\b(?:poorly|badly|only|if|when|via|through|by)\b)]],
      [[(?<!hashed )(?<!hashing )(?<!subword )(?<!sub-word )(?<!character )(?<!content )(?<!text )(?<!feature )(?<!based )(?<!rather than )(?<!rather than pure )(?<!rather than id )(?<!rather than pure id )(?<!instead of )(?<!instead of id )\bembeddings?\b(?:(?!\bnot\b|n't\b|\bcannot\b|\bhash\w*|\bsub-?word\w*|\bcharacter\w*|\bcontent\b|\bfeatures?\b|\battributes?\b|\btext\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,40}\b(?:naturally |automatically )?(?:handle|handles|cope with|copes with|deal with|deals with|generali[sz]e to|generali[sz]es to) (?:new|unseen|previously unseen|novel) (?:categories|ids|products|items|category values)\b(?![^.;]{0,15}\b(?:poorly|badly|only|if|when|via|through|by)\b)]],
      [[\b(?:new|unseen) (?:product |item |user |category )?ids? (?:just |simply )?gets? (?:its|a) (?:own )?vector from the (?:embedding )?table\b]],
      [[(?<!unlike an )(?<!unlike a )(?<!unlike )\bembeddings?\b(?:(?!\bunlike\b|\bfeature hashing\b|\bhashing trick\b|\blearn\w*|\btrain\w*|\bnot\b|n't\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,60}\b(?:fixed|deterministic) hash(?:ing)? function\b(?:(?!\bnot\b|n't\b)[^.;]){0,40}\b(?:needs?|requires?) no training\b]],
    },
    feedback = "An embedding table is learned, not a fixed hash: it has a trained vector only for IDs seen in "
      .. "training; a new category needs a fallback (an unknown or hashed bucket, or content features), as with "
      .. "one-hot.",
  },
  {
    name = "the KL divergence said to be symmetric between Gaussians",
    patterns = {
      [[\b(?:for|between) (?:two |a pair of )?gaussians\b(?:(?!\bvarian\w*|\bcovarian\w*|\bnot\b|n't\b|\bonly\b)[^.;]){0,30}\b(?:the )?(?:two )?(?:directions|kls?|kl divergences?|orders?)\b(?:(?!\bnot\b|n't\b)[^.;]){0,10}\b(?:are )?(?:equal|the same|symmetric|coincide)\b(?![^.;]{0,40}\b(?:varian|covarian|σ|sigma)\w*)]],
      [[\bkl\b(?:(?!\bnot\b|n't\b)[^.;]){0,30}\bis symmetric (?:for|between) (?:two )?gaussians\b(?![^.;]{0,40}\b(?:varian|covarian|σ|sigma)\w*)]],
      [[\border of the kl (?:term |divergence )?(?:doesn't|does not) matter\b]],
      [[(?<!unlike )\bkl\b(?: divergence)?(?:(?!\bnot\b|n't\b|\bnever\b|\bunlike\b|\bjensen\w*|\bjs\b|\bsymmetri[sz]\w*|\bwhile\b|\bwhereas\b|\bbut\b|\bonly\b|\+)[^.;(|]){0,50}\b(?:it's|it is|is|are) (?:also |perfectly |fully )?symmetric\b(?! (?:only|when|if|for equal))]],
      [[\bkl ?\( ?q ?\|\|? ?p ?\)(?:(?!\bnot\b|n't\b|\bonly\b|\bunless\b)[^.;]){0,20}\bis the same (?:expression|value|thing|as kl ?\( ?p ?\|\|? ?q ?\))(?!\w)]],
      [[\bkl\b[^.;]{0,60}\b(?:doesn't|does not) matter which (?:gaussian|distribution|one) you call p\b]],
    },
    feedback = "KL(P‖Q) ≠ KL(Q‖P) for Gaussians too: the two directions agree only when the (co)variances are "
      .. "equal, so the order of a VAE's KL term matters.",
  },
  {
    name = "LoRA's A and B both initialised with noise",
    patterns = {
      [[\bboth a and b (?:are |get )?(?:initiali[sz]ed|start(?:ed)?) (?:with|from|to|as) (?:small )?(?:random|gaussian|normal|non-zero|nonzero)\b]],
      [[\blora\b[^.;]{0,60}\binitiali[sz]\w* both (?:a and b|matrices|factors)\b[^.;]{0,30}\b(?:random|gaussian|noise)\b]],
    },
    feedback = "LoRA initialises A with small random values and B with zeros, so BA = 0 and training starts from "
      .. "exactly the pretrained model; B still receives gradients from the first step.",
  },
  {
    name = "non-parametric models said to need less data",
    patterns = {
      [[\bnon-?parametric (?:models?|methods?|estimators?)\b(?:(?!\bparametric (?:models?|ones|methods?) (?:need|require)|\bwhile\b|\bwhereas\b|\bbut\b|\bnot\b|n't\b)[^.;]){0,40}\b(?:need|needs|require|requires) (?:much |far )?(?:less|fewer) (?:training )?(?:data|samples|examples)\b]],
      [[\b(?:need|needs|require|requires) (?:much |far )?less (?:training )?data than parametric (?:ones|models?|methods?)\b]],
      [[(?<!non-)(?<!non)\bparametric (?:models?|methods?)\b(?:(?!\bnon-?parametric (?:models?|ones|methods?) (?:need|require)|\bwhile\b|\bwhereas\b|\bbut\b|\bnot\b|n't\b)[^.;]){0,30}\b(?:need|needs|require|requires) more (?:training )?data than non-?parametric\b]],
    },
    feedback = "Non-parametric models assume less, so they need more data to reach the same accuracy (and suffer "
      .. "more in high dimensions); a parametric model's assumptions, when roughly right, make it data-efficient.",
  },
  {
    name = "GP-based Bayesian optimisation said to scale to many hyperparameters",
    patterns = {
      [[\b(?:bayesian optimi[sz]ation|gp surrogate|gaussian[- ]process surrogate|gp-based (?:bo|optimi[sz]ation|surrogate))\b(?:(?!\bnot\b|n't\b|\bpoorly\b|\bbadly\b|\bstruggl\w*|\bdegrad\w*|\bonly\b)[^.;]){0,40}\b(?:scales? (?:well|easily|nicely|fine) to (?:hundreds|thousands|many)|handles? (?:very )?high[- ]dimensional (?:spaces|search spaces) (?:easily|well)|handles? high dimensions (?:easily|well))\b]],
    },
    feedback = "Gaussian-process Bayesian optimisation works best with few hyperparameters (up to about 20): the "
      .. "surrogate needs far more points to model a high-dimensional space, where random search or TPE is "
      .. "usually better.",
  },
  {
    name = "label smoothing said to guarantee calibration",
    patterns = {
      [[\b(?:comes?|come) out (?:perfectly|fully|automatically) calibrated\b]],
      [[\b(?:label smoothing|smoothed labels|soft targets)\b(?:(?!\bnot\b|n't\b)[^.;]){0,60}\b(?:guarantees?|ensures?|gives?|makes?|produces?) (?:\w+ ){0,3}(?:perfect|perfectly) calibrat\w*]],
      [[\b(?:perfectly|fully) calibrated,? so (?:you can )?(?:skip|drop|omit)\b]],
    },
    feedback = "Label smoothing curbs overconfidence but does not guarantee calibration (it can even make a model "
      .. "underconfident); check a reliability diagram and recalibrate, e.g. with temperature scaling, if needed.",
  },
  {
    name = "random-forest features drawn once per tree",
    patterns = {
      [[\brandom subset of\b[^.;]{0,40}\bfeatures\b(?:(?!\bnew\b|\bfresh\b|\bdifferent\b|\bredraw\w*|\bresampl\w*)[^.;]){0,60}\b(?:uses?|used|kept|keeps?|reuses?|reused|sticks? with)\b[^.;]{0,20}\b(?:for|in|across) all (?:of )?its splits\b]],
      [[\b(?:random forests?|each tree)\b(?:(?!\bsubspace\b|\bwhile\b|\bwhereas\b|\bbut\b|\bnot\b|n't\b)[^.;]){0,40}\b(?:picks?|draws?|samples?|chooses?|selects?|gets?|given) (?:its own |a |one )?(?:random )?(?:subset of )?(?:\w+ ){0,2}features? (?:once )?per tree\b]],
    },
    feedback = "A random forest draws a fresh random subset of features (about √p) at every split, not once per "
      .. "tree; that per-split draw is what decorrelates the trees.",
  },
  {
    name = "the KV cache said to make each step O(1)",
    patterns = {
      [[\bkv[- ]cache\b(?:(?!\bnot\b|n't\b|\bwithout\b|\bproject\w*)[^.]){0,80}\b(?:each|every|a|per) (?:new )?(?:token|step)\b[^.;]{0,15}\bcosts? o ?\( ?1 ?\)(?![^.;]{0,60}\b(?:but|while|whereas|attention|o ?\( ?n))]],
      [[\blong-?context generation is (?:basically |just |roughly )?as cheap as short\b]],
    },
    feedback = "With a KV cache each new token still attends to all n cached keys and values: a step costs O(n) time "
      .. "and the cache O(n) memory. The cache saves recomputing them, not attending over them.",
  },
  {
    name = "a random split called safe for dependent rows",
    patterns = {
      [[\b(?:autocorrelat\w*|repeated measures?|several rows per|time[- ]series|temporal)\b(?:(?!\bwhile\b|\bwhereas\b|\bbut\b|\bunlike\b|\bindependent\b|\bi\.?i\.?d|\botherwise\b|\bonly\b|\bunless\b|\bif\b)[^.;]){0,80}\b(?:shuffled|random)(?: random)? (?:split|k-?fold|cross-validation) (?:is|are) (?:still )?(?:fine|ok|okay|valid|safe)\b(?![^.;]{0,20}\b(?:only|if|when|unless|provided|as long as (?:the )?(?:rows|samples|observations|points) are independent)\b)]],
      [[\b(?:shuffled|random)(?: random)? split is (?:still )?fine as long as the distribution\b]],
      [[\b(?:shuffl\w*|random split\w*|random(?:ly)? (?:shuffl\w*|split\w*))\b(?:(?!\bnot\b|n't\b|\bnever\b|\bexcept\b|\bunless\b|\bother than\b|\bbut\b|\bapart from\b|\bexclud\w*)[^.;]){0,80}\bincluding (?:for )?(?:time[- ]series|temporal data|sequential data|grouped data|data with repeated)]],
      [[\b(?:shuffl\w*|random split\w*)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bexcept\b|\bunless\b|\bbut\b|\bonly\b|\bif\b|\bwhen\b)[^.;]){0,60}\b(?:the )?(?:right|correct|best|safe) (?:approach|choice|thing to do|way) for (?:every|any|all) (?:data ?sets?|data|problems?)\b(?![^.;]{0,20}\b(?:except|unless|but|other than|apart from)\b)]],
      [[\b(?:random|shuffled) split\b(?:(?!\bnot\b|n't\b|\bcustomers?\b|\busers?\b|\bpatients?\b|\bgroups?\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,20}\b(?:across|over|of) (?:all )?(?:the )?(?:snapshots?|snapshot rows|monthly snapshots|customer-months?)\b(?:(?!\bnot\b|n't\b)[^.;]){0,10}\b(?:is|are) (?:perfectly |totally |still )?(?:fine|ok|okay|safe)\b]],
      [[(?<!\bif you )(?<!\bif we )(?<!\bnot )(?<!n't )(?<!\bnever )\b(?:pool|combin|stack|concatenat|merg|mix)\w*\b[^.;]{0,30}\bsnapshots\b(?:(?!\bnot\b|n't\b|\bby time\b|\btemporal\w*|\bcustomers?\b|\bgroups?\b)[^.;]){0,40}\b(?:random|shuffled)\b(?: \d+ ?/ ?\d+)?(?: row)? split\b(?![^.;]{0,60}(?:\b(?:leak\w*|wrong|mistake|optimistic|inflat\w*|not)|n't)\b)]],
      [[\b(?:random|shuffled) (?:\d+ ?/ ?\d+ )?(?:row )?split\b(?:(?!\bcustomers?\b|\busers?\b|\bgroups?\b|\bpatients?\b|\bids?\b|\bentit\w*|\baccounts?\b)[^.;]){0,20}\bso (?:that )?every (?:month|week|day|period|year|snapshot) is (?:represented|present|seen) in both\b]],
      [[\b(?:random(?:ly)?|shuffl\w*)\b[^.;]{0,60}\bso (?:that )?(?:train(?:ing)? and test|both (?:sets|splits|train and test)|the (?:train(?:ing)? and test) sets?) (?:cover|contain|see|share|include|span) the same (?:campaigns?|attacks?|attack variants?|users?|customers?|patients?|spammers?|accounts?|sessions?|time periods?|periods?|days|weeks|months)\b(?![^.;]{0,60}\b(?:leak\w*|inflat\w*|optimistic\w*|wrong|mistake|overestimat\w*)\b)]],
      [[\b(?:random(?:ly)?|shuffl\w*)\b[^.;]{0,60}\bso (?:that )?(?:every|each|all) (?:attack|campaign|spam|fraud|abuse|evasion)(?: variants?| patterns?| types?| campaigns?| tactics?)? (?:appears?|is (?:represented|present|seen)|shows? up) in both\b(?![^.;]{0,60}\b(?:leak\w*|inflat\w*|optimistic\w*|wrong|mistake|overestimat\w*)\b)]],
      [[(?:^|(?<![a-z]\.[a-z]\.)(?<=[.;!?]) )(?:(?!\bi\.?i\.?d\b|\bindependent\b|\bif\b|\bwhen\b|\bonly\b|\bunless\b|\bprovided\b|\bnot\b|n't\b)[^.;?]){0,80}\K\b(?:shuffled|random)(?: random)? (?:split|k-?fold|cross-validation|cv)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bonly\b|\bif\b|\bunless\b|\bwhen\b)[^.;]){0,10}\b(?:is|are|stays?|remains?) (?:always |perfectly |completely |totally )?(?:leakage-free|leak-free|free of leakage|safe from leakage|immune to leakage)\b(?![^.;]{0,20}\b(?:only|if|when|unless|provided|as long as)\b)]],
      [[\btime-?based (?:splits?|validation) only (?:matters?|needed|necessary|required|makes? sense)\b[^.;]{0,20}\bforecasting\b]],
      [[\b(?:random|shuffl\w*)\b[^.;]{0,30}\b(?:cross-validation|cv|k-?fold|folds?)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,60}\bacross (?:all |every |the )*folds?\b(?:(?!\bnot\b|n't\b)[^.;]){0,10}\b(?:the )?(?:evaluation|validation|split|setup|estimate|pipeline) is (?:sound|valid|fine|trustworthy|reliable|leak-?free)\b]],
    },
    feedback = "When rows depend on each other (autocorrelated in time, several per patient), a shuffled split puts "
      .. "near-copies of test rows into training and inflates the score: split by time or by group.",
  },
  {
    name = "MAP called the posterior mean or fully Bayesian",
    patterns = {
      [[(?:^|(?<=[.;!?:]) )(?:(?!\bgaussian|\bsymmetric|\bnormal\b|\bnot\b|n't\b)[^.;]){0,60}\bmap (?:estimate |estimator )?(?:is|equals|=|gives) (?:the )?posterior mean\b(?![^.;]{0,40}\b(?:gaussian|symmetric|normal)\b)]],
      [[\b(?:map|maximum a posteriori)\b(?:(?!\bnot\b|n't\b)[^.;]){0,40}\b(?:counts as|is|as) (?:a )?fully bayesian\b]],
      [[(?<!unlike )(?<!than )(?<!with )\b(?:map|maximum a posteriori)\b(?:(?!\bnot\b|n't\b|\bno\b|\bnever\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\bfull bayes\w*|\bfully bayes\w*|\bbayesian inference\b|\bmcmc\b|\blaplace\b|\bhessian\b|\bcurvature\b|\bposterior\b|\bcompared\b|\bversus\b|\bvs\b|\brather than\b|\binstead\b|,)[^.;]){0,40}\b(?:gives?|provides?|returns?|yields?) (?:you )?(?:(?:the )?(?:whole|full|entire) posterior|(?:parameter )?uncertainty|credible intervals?|error bars)\b]],
      [[\b(?:credible intervals?|(?:parameter )?uncertainty|the (?:whole|full|entire) posterior)\b(?:(?!\blaplace\b|\bhessian\b|\bcurvature\b|\bsampl\w*)[^.;]){0,30}\b(?:directly )?from (?:the )?(?:map|maximum a posteriori)(?: estimate| point)?\b(?![^.;]{0,30}\b(?:laplace|hessian|curvature)\b)]],
    },
    feedback = "MAP is the posterior mode, a point estimate: it gives no posterior distribution or credible intervals "
      .. "and does not average over parameter uncertainty, which is what a fully Bayesian treatment (the posterior "
      .. "or posterior predictive) does.",
  },
  {
    name = "a high learning rate for fine-tuning a pretrained model",
    patterns = {
      [[\bfine-?tun\w*\b(?:(?!\bhead\b|\bnot\b|n't\b|\bnever\b|\bavoid\w*|\bwhile\b|\bbut\b|\bfrom scratch\b)[^.;]){0,50}\buse (?:a )?(?:relatively |fairly |quite )?(?:high|large|big) (?:learning rate|lr)\b(?![^.;]{0,30}\b(?:head|classifier|new layers?)\b)]],
      [[\bbackbone needs to move (?:well |far )?away from its pre-?training\b]],
      [[\b(?:pre-?trained|fine-?tun\w*|backbone|transfer\w*)\b[^.]{0,150}(?<!\bnot )(?<!n't )(?<!\bnever )(?<!\bavoid )\buse (?:a )?(?:relatively |fairly |quite )?(?:high|large|big) (?:learning rate|lr)\b(?:(?!\bhead\b|\bclassifier\b|\bnew\b|\bscratch\b)[^.;]){0,30}\b(?:and )?(?:train|fine-?tune|update|unfreeze) (?:all|every|the whole|the entire|all the) (?:layers|network|model|weights|parameters|backbone)\b(?![^.;]{0,40}\bscratch\b)]],
      [[\b(?:fine-?tun\w*|adapt\w*|transfer\w*)\b(?:(?!\bhead\b|\bclassifier\b|\bnot\b|n't\b|\bnever\b|\bavoid\w*)[^.;]){0,60}\b(?:learning rate|lr)\b[^.;]{0,20}\b(?:\d+|ten|several|many|a few|two|three|five) ?(?:x|×|times) (?:higher|larger|bigger|greater) than (?:the one |the rate |that |what was |the (?:learning rate|lr) )?(?:used )?(?:in|for|during) (?:the )?pre-?train\w*(?![^.;]{0,40}\b(?:destroy\w*|wreck\w*|forget\w*|damag\w*|erase\w*|catastroph\w*)\b)]],
      [[\b(?:unfreez\w*|fine-?tun\w*)\b(?: and fine-?tune)? (?:all|every|the whole|the entire)(?: the)?(?: \w+)? (?:layers?|network|model|weights|parameters|backbone)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bhead\b|\bclassifier\b|\bscratch\b|\blow\b|\bsmall\b)[^.;]){0,30}\b(?:with|and use|using|at) (?:a )?(?:relatively |fairly |quite |very )?(?:high|large|big) (?:learning rate|lr)\b(?![^.;]{0,40}\b(?:head|classifier|new layers?|scratch|destroy\w*|wreck\w*|forget\w*|damag\w*|erase\w*|catastroph\w*|overwrit\w*)\b)]],
    },
    feedback = "Fine-tuning a pretrained model takes a small learning rate (about 1e-5 to 1e-4 for transformers): "
      .. "a rate like 1e-2 wrecks the pretrained weights. A new head may get a larger one.",
  },
  {
    name = "the MLE said to be always unbiased",
    patterns = {
      [[\b(?:mle|maximum likelihood)\b(?:(?!\bnot\b|n't\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,40}\b(?:estimates? |estimators? )?(?:are|is) always unbiased\b]],
      [[\bmle of (?:a |the )?(?:gaussian'?s? |normal'?s? )?variance (?:is|divides by|uses) (?:the )?n ?- ?1\b]],
      [[\bmaximum[- ]likelihood estimates? of both (?:parameters|the mean and (?:the )?variance|mean and variance)\b[^.;]{0,10}\b(?:are|is) (?:both )?unbiased\b]],
    },
    feedback = "MLEs are consistent but can be biased: the MLE of a Gaussian's variance divides by n and is biased "
      .. "low; dividing by n − 1 is the unbiased correction.",
  },
  {
    name = "a large Huber delta said to add robustness",
    patterns = {
      [[\b(?:for (?:maximum |more |extra |better )?robustness|to be (?:more )?robust)\b(?:(?!\bnot\b|n't\b)[^.;]){0,40}\bset (?:delta|δ) (?:very )?(?:large|larger|high|big)\b]],
      [[\b(?:a )?(?:large|larger|bigger|high) (?:delta|δ)\b(?:(?!\bsmall\w*|\bwhile\b|\bwhereas\b|\bbut\b|\bnot\b|n't\b|\bless\b|\bmse\b)[^.;]){0,40}\b(?:more robust|more of the errors fall in the (?:robust|linear) region)\b]],
    },
    feedback = "Huber is quadratic for residuals below δ and linear above: a small δ makes it MAE-like and robust, "
      .. "a large δ makes it behave like MSE.",
  },
  {
    name = "Ward linkage said to work with any distance",
    patterns = {
      [[\bward\b(?:(?!\bnot\b|n't\b|\bonly\b|\bwhile\b|\bbut\b|\bwhereas\b)[^.;]){0,40}\bworks? with any (?:distance|metric|dissimilarity)\b]],
      [[\bward\b[^.;]{0,40}\bjust merges the closest pair\b]],
    },
    feedback = "Ward merges the pair of clusters that least increases the within-cluster variance, which is defined "
      .. "for Euclidean distance; for cosine or Manhattan use average or complete linkage.",
  },
  {
    name = "prompting said to cost nothing",
    patterns = {
      [[\bprompting is always (?:the )?cheaper\b]],
      [[\bfine-?tuning has a training cost and prompting has none\b]],
    },
    feedback = "Prompting has no training cost, but long few-shot prompts are paid on every call: at high volume a "
      .. "one-off fine-tune (often of a smaller model) can be the cheaper option.",
  },
  {
    name = "Hoeffding applied to the selected hypothesis",
    patterns = {
      [[\bhoeffding\b(?:(?!\bnot\b|n't\b|\bunion\b)[^.;]){0,80}\bwhatever the hypothesis class\b]],
      [[\bhoeffding\b(?:(?!\bnot\b|n't\b|\bunion\b|\bfixed\b)[^.;]){0,40}\b(?:training error|empirical risk) of the (?:erm |empirical )?minimi[sz]er\b]],
    },
    feedback = "Hoeffding bounds the error of one hypothesis fixed before seeing the data; the ERM minimiser is chosen "
      .. "using the data, so the bound needs a union bound or a capacity term (VC dimension, Rademacher) for "
      .. "its class.",
  },
  {
    name = "a seed said to make GPU training deterministic",
    patterns = {
      [[\b(?:seeds?|seeding|manual_seed)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bdetermin\w* (?:algorithms?|mode|kernels?|flags?)|use_deterministic|\bcudnn|\bcublas|\bbenchmark\b|\btogether\b|\bplus\b|\balong with\b|\bcombined\b)[^.;]){0,80}\b(?:fully|completely|perfectly|100 ?%) deterministic on (?:the )?gpus?\b]],
      [[\b(?:seeds?|seeding|manual_seed)\b(?:(?!\bnot\b|n't\b|\bdetermin\w* (?:algorithms?|mode|kernels?|flags?)|use_deterministic|\bcudnn|\bcublas|\bbenchmark\b|\btogether\b|\bplus\b|\balong with\b|\bcombined\b)[^.;]){0,80}\bmakes? (?:the )?(?:run|runs|training) (?:fully|completely|perfectly) (?:deterministic|reproducible)\b[^.;]{0,20}\b(?:on (?:the )?gpus?|gpu too|cuda)\b]],
      [[\b(?:seeds?|seeding|manual_seed)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bdetermin\w* (?:algorithms?|mode|kernels?|flags?)|use_deterministic|\bcudnn|\bcublas|\bbenchmark\b|\btogether\b|\bplus\b|\balong with\b|\bcombined\b)[^.;]){0,60}\b(?:bit-for-bit|bitwise|exactly) (?:identical|the same|reproducible)\b[^.;]{0,30}\b(?:on |across )?(?:any|every|all|different) (?:machines?|gpus?|hardware|devices?)\b]],
      [[\b(?:seeds?|seeding|manual_seed)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bdetermin\w* (?:algorithms?|mode|kernels?|flags?)|use_deterministic|\bcudnn|\bcublas|\bbenchmark\b|\btogether\b|\bplus\b|\balong with\b|\bcombined\b|\bif\b|\bonly\b|\bunless\b)[^.;]){0,120}\b(?:bit-for-bit|bitwise) (?:identical|the same|reproducible)\b[^.;]{0,10}\bon (?:any|every|all|different) (?:machines?|gpus?|hardware|devices?)\b]],
      [[\b(?:seeds?|seeding|manual_seed)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bdetermin\w* (?:algorithms?|mode|kernels?|flags?)|use_deterministic|\bcudnn|\bcublas|\bbenchmark\b|\btogether\b|\bplus\b|\balong with\b|\bcombined\b|\bif\b|\bonly\b|\bunless\b)[^.;]){0,80}\b(?:becomes?|is|are|will be|runs?|makes? (?:it|the run|training|the training|runs)) (?:fully|completely|perfectly|100 ?%) (?:deterministic|reproducible)\b,?[^.;]{0,20}\b(?:on (?:any|every|all|different) (?:gpus?|machines?|hardware|devices?)|bit[- ]for[- ]bit|bitwise)]],
    },
    feedback = "Seeds fix the random draws, but many GPU kernels (atomic adds, some cuDNN and cuBLAS algorithms) "
      .. "are non-deterministic: also call torch.use_deterministic_algorithms(True), set cudnn.benchmark = False "
      .. "and the CUBLAS workspace config; even then, runs match bit for bit only on the same hardware and "
      .. "library versions.",
  },
  {
    name = "a p-value read as the effect size",
    patterns = {
      [[\b(?:smaller|lower|tiny|tinier) p-?values? (?:means?|implies|indicates|shows?) (?:a )?(?:bigger|larger|stronger|more important) (?:effect|difference)\b]],
      [[\bp ?= ?0?\.\d+\b(?:(?!\bnot\b|n't\b)(?:[^.;]|(?<=\d)\.(?=\d))){0,20}\bmeans? a (?:much )?(?:bigger|larger|stronger) effect\b]],
      [[\brank\w* (?:the )?(?:features|variants|predictors|variables|a/b variants)\b(?:(?!\bnot\b|n't\b)[^.;]){0,40}\bby (?:their )?p-?values?\b[^.;]{0,30}\b(?:matters? (?:the )?most|most important|importance)\b]],
    },
    feedback = "A p-value mixes effect size with sample size and noise: a tiny effect on a large sample gets a tiny "
      .. "p-value. Compare effect sizes (with confidence intervals), not p-values.",
  },
  {
    name = "power written as 1 − α",
    patterns = {
      [[\bpower (?:is|=|equals) 1 ?- ?(?:alpha|α)\b]],
      [[\b(?:smaller|lower) (?:alpha|α)\b(?:(?!\bnot\b|n't\b|\bless\b|\blower\w* power\b|\bsample\b|\bdata\b|\bn\b)(?:[^.;]|(?<=\d)\.(?=\d))){0,40}\bmore powerful\b]],
    },
    feedback = "Power is 1 − β, the chance of rejecting a false null; at a fixed sample size a smaller α lowers power "
      .. "(more Type II errors).",
  },
  {
    name = "k-NN said to need no feature scaling",
    patterns = {
      [[\b(?:k-?nn|knn|k-nearest neighbou?rs?|nearest[- ]neighbou?rs?)\b(?:(?!\btrees?\b|\bforests?\b|\bboost\w*|\bwhile\b|\bwhereas\b|\bbut\b|\bunlike\b)[^.;]){0,60}\b(?:doesn't|does not|don't|do not) (?:need|require) (?:feature )?(?:scaling|normali[sz]ation|standardi[sz]ation)\b]],
      [[\bbecause it'?s non-?parametric,? it (?:doesn't|does not) need (?:feature )?(?:scaling|normali[sz]ation|standardi[sz]ation)\b]],
      [[\bscale-?invariant\b,? (?:being|since it's|since it is|because it's|because it is|as it's|as it is) (?:purely |just |only )?distance-based\b]],
      [[(?<!not )(?<!n't )(?<!non-)\b(?:purely |just |only )?distance-based\b,? (?:so |hence |thus |therefore )?(?:it's|it is) scale-?invariant\b]],
      [[\b(?:k-?nn|knn|k-nearest neighbou?rs?|nearest[- ]neighbou?rs?)\b(?:(?!\bnot\b|n't\b|\btrees?\b|\bforests?\b|\bwhile\b|\bwhereas\b|\bbut\b|\bunlike\b|,)[^.;]){0,30}\b(?:is|are) (?:completely |fully |totally )?scale-?invariant\b]],
    },
    feedback = "k-NN works on raw distances, so a feature in larger units dominates them: standardise the features "
      .. "first. It is trees that ignore monotone rescaling.",
  },
  {
    name = "the LSTM forget-gate bias initialised negative",
    patterns = {
      [[\bforget[- ]gate(?:'s)? bias\b(?:(?!\bnot\b|n't\b|\bpositive\b)[^.;]){0,30}\b(?:to|at|with) (?:a )?negative (?:value|number|constant)\b]],
      [[\bforget[- ]gate(?:'s)? bias\b(?:(?!\bnot\b|n't\b|\bpositive\b)[^.;]){0,20}\b(?:to|at|=) ?-\d]],
    },
    feedback = "The forget-gate bias is initialised positive (about 1): the gate starts near 1, keeping the cell "
      .. "state and its gradient, and learns to forget what it must; a negative bias makes it forget from the start.",
  },
  {
    name = "serving logs kept out of training against skew",
    patterns = {
      [[\bavoid training on (?:the )?logged (?:serving )?features\b]],
      [[\bkeep (?:the )?offline training pipeline separate\b]],
    },
    feedback = "Training-serving skew is prevented by sharing one feature pipeline (or a feature store) between "
      .. "training and serving, and by training on the features logged at serving time; separate pipelines are "
      .. "its usual cause.",
  },
  {
    name = "class weighting or oversampling said to keep probabilities calibrated",
    patterns = {
      [[\b(?:class[- ]weight\w*|reweight\w*|re-weight\w*|weighting (?:the|of) classes|weighted loss|oversampl\w*|smote)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bunless\b|\bbut\b|\bwhile\b|\bwhereas\b|\bafter\b|\brecalibrat\w*|\bcorrect\w*)[^.;]){0,80}\b(?:leaves?|keeps?) (?:the )?(?:predicted )?(?:probabilit\w*|calibration)(?: estimates?)? (?:untouched|unchanged|intact|calibrated)\b(?![^.;]{0,30}\b(?:only|if|unless|once|provided)\b)]],
      [[\b(?:class[- ]weight\w*|reweight\w*|re-weight\w*|weighted loss|oversampl\w*|smote)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bunless\b|\bbut\b|\bwhile\b|\bwhereas\b|\bafter\b|\brecalibrat\w*|\bcorrect\w*)[^.;]){0,60}\b(?:doesn't|does not|won't|will not|cannot|can't) (?:affect|change|distort|bias|hurt|shift|touch) (?:the )?(?:calibration|probabilit\w*|predicted probabilit\w*|probability estimates)\b(?![^.;]{0,30}\b(?:only|if|unless|once|provided)\b)]],
      [[\b(?:class[- ]weight\w*|reweight\w*|re-weight\w*|weighted loss|oversampl\w*|smote)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bunless\b|\bbut\b|\bwhile\b|\bwhereas\b|\bafter\b|\brecalibrat\w*|\bcorrect\w*)[^.;]){0,80}\bprobabilit\w*\b[^.;]{0,15}\b(?:stay|remain)s? (?:perfectly |well[- ])?calibrated\b(?![^.;]{0,30}\b(?:only|if|unless|once|provided)\b)]],
    },
    feedback = "Class weights and oversampling make the model act as if the minority class were more common, so its "
      .. "predicted probabilities are pushed up and no longer calibrated to the real base rate: correct or "
      .. "recalibrate them (on data at the true distribution) before using them as probabilities.",
  },
  {
    name = "one-vs-one said to need K − 1 classifiers",
    patterns = {
      [[\b(?:one[- ](?:vs\.?|versus|against)[- ]one|ovo)\b(?:(?!\bone[- ](?:vs\.?|versus|against)[- ](?:rest|all)\b|\bovr\b|\bova\b|\bwhile\b|\bwhereas\b|\bbut\b|\beach\b|\bper class\b|\bevery class\b)[^.;]){0,60}\b(?:needs?|requires?|trains?|fits?|builds?|uses?|has|means?)\b (?:only |just )?(?:the )?(?:k|n|c) ?- ?1 (?:binary )?(?:classifiers|models)\b]],
      [[\b(?:one[- ](?:vs\.?|versus|against)[- ]one|ovo)\b(?:(?!\bnot\b|n't\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,60}\bfewer (?:binary )?(?:classifiers|models)\b(?:(?!\bnot\b|n't\b)[^.;]){0,10}\bthan (?:one[- ](?:vs\.?|versus|against)[- ](?:rest|all)|ovr|ova)\b]],
      [[\b(?:one[- ](?:vs\.?|versus|against)[- ](?:rest|all)|ovr|ova)\b(?:(?!\bnot\b|n't\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,60}\bmore (?:binary )?(?:classifiers|models)\b(?:(?!\bnot\b|n't\b)[^.;]){0,10}\bthan (?:one[- ](?:vs\.?|versus|against)[- ]one|ovo)\b]],
    },
    feedback = "One-vs-one trains a classifier for every pair of classes, K(K − 1)/2 of them (each on two classes' "
      .. "data), and predicts by voting; it is one-vs-rest that needs K.",
  },
  {
    name = "the DCG discount written as 1 / rank",
    patterns = {
      [[\b(?:n?dcg)(?:'s)?\b(?:(?!\blog\w*|\bmrr\b|\breciprocal\b|\bnot\b|n't\b)[^.;]){0,60}\bdiscount is linear\b]],
      [[\bgain at (?:rank|position) (?:i|k|r|n)\b[^.;]{0,10}\bis divided by (?:i|k|r|n|the rank|its rank|the position|its position)\b(?! ?\+)]],
      [[\b(?:n?dcg)\b(?:(?!\blog\w*|\bmrr\b|\breciprocal\b|\bnot\b|n't\b)[^.;]){0,40}\bdivides? (?:each |the )?(?:gain|relevance)s? by (?:its |the )?(?:rank|position)\b(?! ?\+)]],
      [[\b(?:n?dcg)\b(?:(?!\blog\w*|\bmrr\b|\breciprocal\b|\bnot\b|n't\b)[^.;]){0,80}\brank 2 counts (?:only )?half (?:of|as much as) rank 1\b]],
    },
    feedback = "DCG discounts the gain at rank i by 1 / log2(i + 1), so rank 2 still counts about 0.63 of rank 1; "
      .. "dividing by the rank itself is the reciprocal-rank weighting of MRR.",
  },
  {
    name = "a larger batch said to give a larger average gradient",
    patterns = {
      [[\b(?:averaged?|mean) gradient (?:of|from|over) a (?:bigger|larger) batch (?:has|is|gets) (?:a )?(?:bigger|larger|greater|higher)\b(?: (?:magnitude|norm|size))?]],
      [[\b(?:bigger|larger) batch(?:es)?\b(?:(?!\bnot\b|n't\b|\bsum\w*|\bnoise\b|\bvariance\b)[^.;]){0,30}\b(?:averaged? |mean )gradients?\b[^.;]{0,20}\b(?:has|have|with) (?:a )?(?:bigger|larger|greater|higher) (?:magnitude|norm)\b]],
    },
    feedback = "A mini-batch gradient is an average, so a larger batch does not make it larger: its expected value "
      .. "stays the same and only its variance falls, which is why a larger batch can take a larger step (the "
      .. "linear scaling rule).",
  },
  {
    name = "Gaussian processes called parametric",
    patterns = {
      [[\b(?:gaussian process(?:es)?|gps?)\b(?:(?!\bnot\b|n't\b|\bnon-?parametric\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\bkernels?\b|\bmean functions?\b|\bhyperparameters?\b|\bpriors?\b)[^.;]){0,30}\b(?:are|is) (?:a |an )?(?:good |classic |typical |great |prime |standard )?(?:example of )?(?:a )?(?<!non-)(?<!non)parametric\b(?![^.;]{0,60}\bnon-?parametric\b)]],
    },
    feedback = "A Gaussian process is non-parametric: its predictions are built from all n training points (exact "
      .. "inference costs O(n³) to fit and O(n) per prediction mean), and the kernel's hyperparameters do not "
      .. "summarise the data.",
  },
  {
    name = "more samples than parameters said to guarantee generalisation",
    patterns = {
      [[\b(?:more (?:samples|data points|examples|observations|training points|rows) than (?:model )?parameters|n (?:is )?(?:larger|greater|bigger|more) than (?:the number of )?(?:model )?(?:parameters|params))\b(?:(?!\bnot\b|n't\b|\bno\b|\bnever\b|\bnothing\b|\bneither\b|\bnor\b)[^.;]){0,50}\bguarantee\w*\b(?! (?:nothing|no|little)\b)[^.;]{0,25}\bgenerali[sz]\w*]],
      [[\boverfitting\b[^.;]{0,30}\bonly (?:happens|occurs) (?:when|if) (?:you have )?(?:more|too many) parameters than (?:samples|data points|examples|observations)\b]],
    },
    feedback = "Having more samples than parameters guarantees nothing: generalisation depends on capacity, noise and "
      .. "how much was tuned on the data, not on a parameter count (one parameter, sign(sin(ωx)), can fit any "
      .. "labelling of suitably placed points, and large networks generalise with more parameters than samples); "
      .. "check it on held-out data.",
  },
  {
    name = "a plain autoencoder's latent space said to be Gaussian and sampleable",
    patterns = {
      [[\blatent (?:space|codes?) of (?:a |an |the )?(?:standard|plain|vanilla|regular|ordinary|basic|deterministic|normal) autoencoders?\b[^.;]{0,10}\b(?:is|are) (?:(?!not\b|never\b)\w+ )?(?:smooth|gaussian|normally distributed|continuous)\b]],
      [[\b(?:standard|plain|vanilla|regular|ordinary|basic|deterministic) autoencoders?\b(?:(?!\bvae\b|\bvariational\b|\bnot\b|n't\b|\bno\b|\bunlike\b|\bwhereas\b|\bwhile\b|\bbut\b)[^.;]){0,30}\blatent (?:space|codes?)\b[^.;]{0,10}\b(?:is|are) (?:(?!not\b|never\b)\w+ )?(?:smooth|gaussian|normally distributed)\b]],
      [[\b(?:standard|plain|vanilla|regular|ordinary|basic) autoencoders?\b(?:(?!\bvae\b|\bvariational\b|\bnot\b|n't\b|\bno\b|\bunlike\b|\bwhereas\b|\bwhile\b|\bbut\b|\bcannot\b)[^.;]){0,40}\b(?:can|lets? you|allows? you to) (?:\w+ )?(?:generate|sample) (?:realistic |plausible )?new\b]],
    },
    feedback = "A plain autoencoder puts no prior on its latent space: the codes can be irregular, with holes, so "
      .. "decoding codes drawn from a Gaussian gives poor samples. A VAE's KL term is what pulls the latent space "
      .. "toward N(0, I) so that it can be sampled.",
  },
  {
    name = "the silhouette said to fall steadily with k",
    patterns = {
      [[\bsilhouette\b(?:(?!\bnot\b|n't\b|\binertia\b|\bwcss\b|\bsse\b|\bsum of squares\b|\bwhile\b|\bwhereas\b|\bbut\b|\bunlike\b)[^.;]){0,40}\b(?:steadily |always |monotonically |keeps? )(?:decreas\w*|falls?|drops?|declin\w*|increas\w*|ris\w*|grows?)\b[^.;]{0,15}\b(?:as|with) (?:k|the number of clusters)\b(?![^.;]{0,30}\b(?:until|up to|then|before|after)\b)]],
      [[(?<!n't )(?<!not )(?<!never )\b(?:look|looking|search|searching|find|finding|pick|choose|use|using|read)\w* (?:for )?(?:the |an? )?elbow (?:in|of|on) the silhouette\b]],
    },
    feedback = "The silhouette is not monotone in k: it peaks where the clusters are best separated, so pick the k "
      .. "that maximises it. It is inertia (the within-cluster sum of squares) that always falls as k grows and "
      .. "is read by its elbow.",
  },
  {
    name = "the bias term left unsquared in the decomposition",
    patterns = {
      [[\bbias\b(?:(?!\bnot\b|n't\b|\bnever\b)[^.;]){0,20}\b(?:enter\w*|appears?|comes? in|counts?|contribut\w*) linearly\b]],
      [[\|\s*f\(x\)\s*-\s*(?:f_?bar|f̄)\(x\)\s*\|\s*\+]],
      [[(?:sigma|σ)\s*(?:\^\s*2|²)\s*\+\s*\(\s*(?:f(?:\(x\))?\s*-\s*e\s*\[\s*(?:f_?hat|f̂)(?:\(x\))?\s*\]|e\s*\[\s*(?:f_?hat|f̂)(?:\(x\))?\s*\]\s*-\s*f(?:\(x\))?)\s*\)(?!\s*(?:\^|²|\*\*))\s*\+]],
      [[\bbias\b(?:(?!\bnot\b|n't\b|\bnever\b)[^.;]){0,20}\b(?:enters?|appears?|comes? in|counts?) (?:without (?:a |being |the )?squar\w*|unsquared)\b]],
    },
    feedback = "The expected squared error splits into bias² + variance + noise: the bias, E[f̂(x)] − f(x), "
      .. "enters squared.",
  },
  {
    name = "product quantisation said to cost memory",
    patterns = {
      [[\b(?:pq|product quanti[sz]ation)\b(?:(?!\bnot\b|n't\b|\bhnsw\b|\bwhile\b|\bwhereas\b|\bbut\b|\bunlike\b|\btrain\w*)[^.;]){0,30}\b(?:is )?the one with (?:the )?(?:big|biggest|large|largest|high|highest|huge) memory (?:cost|footprint|use|usage)\b]],
      [[\b(?:pq|product quanti[sz]ation)\b(?:(?!\bnot\b|n't\b|\bhnsw\b|\bwhile\b|\bwhereas\b|\bbut\b|\bunlike\b|\btrain\w*|\bcodebooks?\b|\bless\b|\bthan\b)[^.;]){0,40}\b(?:uses?|needs?|requires?|costs?|has) (?:the )?(?:most|a lot of|lots of|a big|a large|large|high|huge) memory\b]],
      [[\b(?:pq|product quanti[sz]ation)\b(?:(?!\bnot only\b)[^.;]){0,60}\b(?:used|meant|chosen) for speed\b[^.;]{0,30}\bnot for compression\b]],
    },
    feedback = "Product quantisation is a compression method: it replaces each vector by a few bytes of codebook "
      .. "indices, with small shared codebooks, so IVF-PQ is what fits a large index in memory; HNSW is the "
      .. "memory-hungry one.",
  },
  {
    name = "random search credited to noise escaping local optima",
    patterns = {
      [[\brandom (?:sampling|search|trials?)\b(?:(?!\bnot\b|n't\b|\brather than\b|\binstead of\b|\bunlike\b)[^.;]){0,60}\b(?:noise|randomness)\b[^.;]{0,30}\b(?:(?:jump|get|break|bounce)\w* out of|escap\w*(?: from)?) (?:the )?(?:bad |poor )?local (?:optima|minima|optimum|minimum)\b]],
    },
    feedback = "Random search beats a grid for the same budget because only a few hyperparameters usually matter, "
      .. "and random trials try a new value of each every time; neither method follows a path that could be "
      .. "trapped in a local optimum.",
  },
  {
    name = "no n-gram overlap said to prove a benchmark clean",
    patterns = {
      [[\b(?:zero|no) overlapping (?:\d+-?)?n?-?grams?\b(?:(?!\bnot\b|n't\b|\bparaphras\w*)[^.;]){0,40}\b(?:benchmark|test set|eval\w*|data ?set) is clean\b]],
      [[\b(?:no|zero) (?:\d+-?)?n?-?grams? overlap\b(?:(?!\bnot\b|n't\b|\bonly\b)[^.;]){0,40}\b(?:proves?|guarantees?|means?|shows?)\b[^.;]{0,20}\b(?:clean|uncontaminated|not contaminated|free of contamination)\b]],
      [[\bmemori[sz]ation (?:needs|requires) (?:the )?exact text\b]],
      [[\b(?:know|be sure|be certain) (?:for certain|for sure|with certainty) (?:that )?the (?:benchmark|test set|eval\w*|data ?set) is (?:uncontaminated|clean|not contaminated|free of contamination)\b(?=[^.;]{0,60}\b(?:scores?|results?|trustworthy|report)\b)]],
      [[\b(?:comes? back|is|turns out) clean\b,? (?:then )?(?:you )?(?:know|can be sure|can be certain) (?:for certain |for sure )?(?:that )?the (?:benchmark|test set|eval\w*) is (?:uncontaminated|clean|not contaminated)\b]],
    },
    feedback = "An n-gram overlap check finds only verbatim copies: paraphrased, translated or reformatted test items "
      .. "slip through, so zero overlap does not prove a benchmark clean; add fuzzy or embedding matching, "
      .. "fresh held-out items and perturbed versions.",
  },
  {
    name = "the validation score reported as the final estimate",
    patterns = {
      [[(?<!n't )(?<!not )(?<!never )(?<!cannot )(?<!n't simply )(?<!not simply )(?<!n't just )(?<!not just )(?<!instead of )(?<!rather than )\breport\w* the validation (?:score|accuracy|performance|error|metric|result)s?\b[^.;]{0,20}\bas (?:your |the |our )?final (?:performance|score|estimate|result|number|accuracy)\b(?![^.;]{0,60}\b(?:optimistic\w*|biased|overestimat\w*|inflat\w*|leak\w*|wrong|mistake|cheat\w*)\b)]],
      [[\b(?:reason|point)\b[^.;]{0,30}\bseparate test set is (?:only|just|purely|simply) (?:about )?(?:statistical power|sample size|(?:to get |having )?more data)\b]],
      [[(?<!n't )(?<!not )(?<!never )(?<!cannot )(?<!instead of )(?<!rather than )\breport\w* (?:that |the |this )?(?:best |lowest |selected |chosen )?validation (?:score|accuracy|performance|error|metric|result|loss)(?:es|s)?\b[^.;]{0,20}\bas (?:your |the |our |a |an )?(?:final,? )?unbiased\b(?![^.;]{0,60}\b(?:optimistic\w*|biased|overestimat\w*|inflat\w*|leak\w*|wrong|mistake|cheat\w*)\b)]],
      [[(?:^|(?<=[.;!?:]) )(?:(?!\bnot\b|n't\b|\bnever\b|\bno\b|\bif\b)[^.;?]){0,60}\K\b(?:best|lowest|selected) validation (?:score|accuracy|loss|error)\b(?:(?!\bnot\b|n't\b|\bnever\b)[^.;]){0,30}\b(?:is|as) an? (?:final,? )?unbiased estimate\b]],
      [[\bvalidation set (?:is )?held (?:back|out) until the (?:very )?end\b]],
      [[\btest set is (?:what|the one|the set) (?:you |we )?use\w* (?:while|during|for) (?:developing|development|tuning|model selection)\b]],
    },
    feedback = "A score used to choose hyperparameters or models is optimistically biased however large the set, "
      .. "because the choice favours lucky noise: report the final performance on a test set used once, after "
      .. "all choices.",
  },
  {
    name = "SHAP said to handle correlated features",
    patterns = {
      [[\b(?:coalitions?|shap\w*|shapley)\b(?:(?!\bnot\b|n't\b|\bunless\b|\bif\b|\bwhile\b|\bwhereas\b|\bbut\b|\bconditional\b)[^.;]){0,40}\bcorrelated features (?:always )?(?:get|receive)s? (?:a )?(?:fair|stable|correct|accurate|reliable)\b]],
      [[\bfor correlated (?:data|features)\b[^.;]{0,20}\b(?:i'?d|we'?d|you should|i would|we would|just)? ?rely on shap\b]],
      [[\bshap\b(?:(?!\bnot\b|n't\b|\bconditional\b|\bgroup\w*|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,30}\b(?:handles?|copes? with|is robust to|is immune to|deals? (?:well )?with) correlated features\b]],
    },
    feedback = "SHAP struggles with correlated features too: interventional SHAP evaluates the model on unrealistic "
      .. "feature combinations, as permutation does, and credit is split among correlated features in a way that "
      .. "depends on the model; group correlated features or use conditional attributions.",
  },
  {
    name = "Adam's bias correction said to matter late in training",
    patterns = {
      [[\b(?:bias )?correction\b(?:(?!\bnot\b|n't\b|\bearly\b|\bfirst\b)[^.;]){0,30}\bmatters? (?:the )?(?:most|more)\b[^.;]{0,10}\blater? (?:in )?(?:training|on)\b]],
      [[\b1 ?- ?(?:beta|β)[12₁₂]?(?:_[12])?\^ ?t\b(?:(?!\bnot\b|n't\b)[^.;]){0,30}\b(?:moves?|moving|grows?|gets?) (?:further )?away from (?:one|1)\b]],
      [[\bfactor keeps moving away from (?:one|1)\b]],
    },
    feedback = "Since 1 − β^t rises to 1 as t grows, Adam's bias correction matters early in training, when the "
      .. "zero-initialised moment estimates are biased toward zero, and fades to nothing later.",
  },
  {
    name = "an offline win over a baseline said to guarantee value in production",
    patterns = {
      [[\b(?:beats?|beating|outperforms?|outperforming)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bif\b|\bwhether\b|\beven\b)[^.;]){0,50}\b(?:validation|offline|test|held-?out)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bno\b)[^.;]){0,20}\b(?:you know|you can be sure|you can be certain|guarantees?|proves?|ensures?|it is guaranteed|it's guaranteed)\b[^.;]{0,20}\bwill (?:deliver|add|bring|create|generate|provide|work|succeed|help|pay off)\b[^.;]{0,30}\bproduction\b]],
      [[(?<!\bnot )(?<!n't )\b(?:beats?|beating|outperform(?:s|ing)?|wins? over)\b (?:the |a |your )?baselines?\b(?:[^.;]){0,60}\b(?:that |this |it )?(?:proves?|guarantees?) (?:that )?(?:the )?(?:complexity|extra complexity|added complexity|complex model|model) is (?:justified|worth it|worthwhile|better)\b]],
    },
    feedback = "Beating a baseline offline is necessary, not sufficient: the offline metric may not track the "
      .. "business one and the data shift, so confirm the value online (an A/B test, a shadow or staged "
      .. "launch) before deciding to deploy.",
  },
  {
    name = "sigmoid or tanh said to cure vanishing gradients",
    patterns = {
      [[\b(?:main |chief |biggest |primary |real )?(?:culprit|cause) (?:for|of|behind) (?:the )?vanishing gradients? (?:is|are) (?:the )?relu\b]],
      [[(?<!leaky )\brelu\b(?:(?!\bnot\b|n't\b|\bsigmoid\b|\btanh\b|\bwhile\b|\bwhereas\b|\bbut\b|\bunlike\b|\bdying\b|\bdead\b)[^.;]){0,30}\b(?:is|as) the (?:main |chief |biggest |primary |real )?(?:culprit|cause) (?:for|of|behind) (?:the )?vanishing gradients?\b]],
      [[(?<!n't )(?<!not )(?<!never )\b(?:switch\w*|mov\w*|chang\w*|go\w*|revert\w*) (?:back )?to (?:the )?(?:sigmoids?|tanh)(?: (?:or|and) (?:sigmoids?|tanh))?\b(?:(?!\bnot\b|n't\b|\bnever\b|\bwon't\b|\bworse\b|\bsaturat\w*)[^.;]){0,60}\b(?:keeps? the (?:signal|gradients?) flowing|(?:fix|prevent|avoid|cure|solve)s? (?:the )?vanishing)]],
    },
    feedback = "Sigmoid and tanh saturate: their derivatives are at most 0.25 and 1, and near zero for large inputs, "
      .. "so products of them vanish with depth. ReLU's derivative is 1 for positive inputs, which is why it eases "
      .. "vanishing gradients; its own risk is dead units.",
  },
  {
    name = "XᵀX said to be invertible with more features than rows",
    patterns = {
      [[\b(?:more (?:features|columns|parameters|predictors) than (?:observations|rows|samples|examples|data points)|p ?> ?n)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bsingular\b|\bfails?\b|\bunderdetermined\b|\brank[- ]deficient\b|\bridge\b|λ|\blambda\b|\+|\bregulari[sz]\w*|\bunless\b|\bpseudo)[^.;]){0,80}\b(?:guaranteed to be |always |is |becomes )invertible\b]],
      [[\bwith (?:far |many |much )?more (?:rows|observations|samples|examples|data points) than (?:features|columns|parameters|predictors)\b(?:(?!\bnot\b|n't\b|\bunless\b|\bcollinear\w*|\bduplicat\w*|\bif\b|\bredundant\b|\bdependent\b)[^.;]){0,30}\b(?:tends to be|is|becomes|will be|gets) (?:usually |often )?singular\b(?![^.;]{0,40}\b(?:if|when|unless|collinear\w*)\b)]],
    },
    feedback = "XᵀX (p × p) has rank at most min(n, p): with more features than observations (p > n) it is "
      .. "singular. The normal equations need n ≥ p and linearly independent columns, or ridge (XᵀX + λI).",
  },
  {
    name = "PCA's eigenvector solution said to need Gaussian data",
    patterns = {
      [[\b(?:pca|this derivation|the derivation|this result|the eigen\w* (?:solution|result)|principal components?)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bno\b|\bindependen\w*|\bica\b|\bprobabilistic\b|\bppca\b|\blikelihood\b|\boptimal\w*|\bsufficient\b|\binterpret\w*)[^.;]){0,30}\bonly (?:holds|works|applies|is valid|valid) (?:when|if|for) (?:the )?data (?:are|is) (?:multivariate )?(?:gaussian|normal(?:ly distributed)?)\b]],
      [[\bfor non-?gaussian data\b[^.;]{0,30}\b(?:maximum|max)[- ]variance direction is (?:generally |usually |often )?not an eigenvector\b]],
    },
    feedback = "The eigenvector result needs no distributional assumption: for any data, the unit direction that "
      .. "maximises wᵀΣw is the top eigenvector of the covariance. Gaussianity matters only for reading the "
      .. "components as independent, or for probabilistic PCA.",
  },
  {
    name = "information gain computed without weighting the children",
    patterns = {
      [[\binformation gain\b(?:(?!\bweight\w*|\bnot\b|n't\b)[^.;]){0,40}\b(?:parent'?s? entropy|entropy of the parent(?: node)?)\b minus the (?:plain |simple |unweighted )?(?:sum|average|mean) of (?:the )?child(?:ren)?'?s?'? (?:nodes'? )?entropies\b(?![^.;]{0,40}\bweight)]],
      [[(?<!if you )(?<!if we )(?<!when you )\b(?:don't|do not|doesn't|does not|no need to|never|needn't) weight (?:the )?(?:children|child nodes|child entropies|subsets|branches)\b[^.;]{0,20}\bby (?:their )?(?:size|sizes|number of (?:samples|points|rows|examples))\b(?! (?:equally|uniformly|the same))]],
    },
    feedback = "Information gain subtracts the children's entropies weighted by their share of the samples: "
      .. "IG = H(parent) − Σ (n_k / n) H(child_k). Unweighted, a tiny pure child would count as much as a large "
      .. "mixed one.",
  },
  {
    name = "naive Bayes called well calibrated",
    patterns = {
      [[(?<!unlike )\bnaive bayes (?:and|or) logistic regression\b(?:(?!\bnot\b|n't\b|\bnever\b|\bpoorly\b|\bbadly\b|\bover-?confident\w*|\bextreme\b|\bexcept\b|\bwhile\b|\bwhereas\b|\bbut\b|\brarely\b|\bseldom\b|\bunlike\b)[^.;]){0,80}\b(?:well[- ]calibrated|calibrated out of the box|already calibrated|naturally calibrated|calibrated by (?:design|construction))\b]],
      [[(?<!unlike )\bnaive bayes\b(?:(?!\bnot\b|n't\b|\bnever\b|\bpoorly\b|\bbadly\b|\bover-?confident\w*|\bextreme\b|\bexcept\b|\bwhile\b|\bwhereas\b|\bbut\b|\brarely\b|\bseldom\b|\bunlike\b|\band\b|\bafter\b|\bonce\b|\bplatt\b|\bisotonic\b|\bif\b)[^.;]){0,40}\b(?:is |are |comes out |come out )?(?:well[- ]calibrated|calibrated out of the box|already calibrated|naturally calibrated|calibrated by (?:design|construction))\b(?![^.;]{0,30}\b(?:only|after|once|if|when|platt|isotonic)\b)]],
    },
    feedback = "Naive Bayes is usually poorly calibrated: its independence assumption counts correlated evidence "
      .. "more than once and pushes probabilities toward 0 and 1, so calibrate it (Platt or isotonic) on held-out "
      .. "data. Logistic regression is usually close to calibrated.",
  },
  {
    name = "MAE called smooth, or Huber non-differentiable",
    patterns = {
      [[\bhuber\b(?:(?!\bmae\b|\bl1\b|\babsolute\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\bsecond\b|\btwice\b)[^.;]){0,40}\b(?:isn't|is not|not) differentiable at (?:zero|0|the origin)\b]],
      [[\bhuber\b[^.;]{0,50}\blike (?:the )?(?:mae|l1(?: loss)?|absolute (?:error|loss)),? (?:it |huber |the huber loss )?(?:(?:isn't|is not) differentiable|is non-?differentiable|has a kink)\b]],
      [[\b(?:mae|mean absolute error|l1 loss|absolute (?:error|loss))\b(?!-like)(?:(?!\bnot\b|n't\b|\bexcept\b|\bunlike\b|\bhuber\b|\bmse\b|\bwhile\b|\bwhereas\b|\bbut\b|\bsquared\b)[^.;]){0,20}\b(?:is |which is |that is )?(?:smooth|differentiable) everywhere\b(?![^.;]{0,20}\b(?:except|apart from|but|other than|save)\b)]],
      [[(?<!like )(?<!than )(?<!as )(?<!versus )(?<!vs )(?<!to )\b(?:mae|mean absolute error|l1 loss)\b(?!-like)(?:(?!\bnot\b|n't\b|\bexcept\b|\bunlike\b|\bhuber\b|\bmse\b|\bwhile\b|\bwhereas\b|\bbut\b|\bsquared\b|\bsmooth\b|\bkink\w*)[^.;]){0,80}\b(?:it's|it is) (?:also )?differentiable everywhere\b(?![^.;]{0,20}\b(?:except|apart from|but|other than|save)\b)]],
      [[(?<!like )(?<!than )(?<!as )(?<!versus )(?<!vs )(?<!to )\b(?:mae|mean absolute error|l1 loss)\b(?!-like)(?:(?!\bnot\b|n't\b|\bunlike\b|\bhuber\b|\bmse\b|\bl2\b|\bwhile\b|\bwhereas\b|\bbut\b|\bsquared\b|\bsmooth\b)[^.;]){0,60}\bgradients? (?:that )?(?:shrinks?|gets? smaller|decreases?|vanish(?:es)?) (?:near|close to|as you approach|around) the (?:optimum|minimum)\b]],
    },
    feedback = "MAE, |e|, has a kink at zero and is not differentiable there; Huber is quadratic near zero and "
      .. "linear in the tails, so it is differentiable everywhere while staying robust to outliers.",
  },
  {
    name = "agglomerative clustering said to find the optimal partition",
    patterns = {
      [[\bcut\w* (?:the )?dendrogram\b(?:(?!\bnot\b|n't\b|\bnever\b|\bno\b)[^.;]){0,40}\b(?:always |is guaranteed to |guaranteed to )(?:gives?|yields?|finds?|produces?|returns?) (?:you )?(?:the|an?) (?:globally )?optimal\b]],
      [[\b(?:hierarchical|agglomerative|ward)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bno\b|\bk-?means\b|\blocal\w*)[^.;]){0,60}\b(?:always|guaranteed to|is guaranteed to) (?:gives?|yields?|finds?|produces?|returns?) (?:you )?(?:the )?(?:globally )?optimal (?:k-cluster )?(?:partition|clustering|solution|clusters?)\b]],
    },
    feedback = "Agglomerative clustering merges greedily and never undoes a merge, so cutting the dendrogram at k "
      .. "carries no guarantee of the best k-cluster partition; Ward's cut can score worse than k-means on the "
      .. "same objective.",
  },
  {
    name = "clipping by value said to keep the gradient's direction",
    patterns = {
      [[(?:\bclip\w* (?:by|each|per)[- ]?(?:value|component|element|coordinate)\w*|\b(?:value|element-?wise|per-?component)[- ]clipping)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bnorm\b|\bwhile\b|\bwhereas\b|\bbut\b|\bunlike\b|\bchanges?\b|\bdistorts?\b|\balters?\b|\bunless\b|\bonly\b|\bif\b)[^.;]){0,100}\b(?:(?:preserves?|keeps?|maintains?|retains?) (?:the )?(?:overall |gradient'?s? |original )?direction|direction (?:is|are|stays?|remains?) (?:preserved|kept|maintained|unchanged|the same|intact)|directions? (?:are|is) preserved)\b]],
      [[(?:\bclip\w* (?:by|each|per)[- ]?(?:value|component|element|coordinate)\w*|\b(?:value|element-?wise|per-?component)[- ]clipping)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bnorm\b|\bwhile\b|\bwhereas\b|\bbut\b|\bunlike\b|\bchanges?\b|\bdistorts?\b|\balters?\b|\bunless\b|\bonly\b|\bif\b)[^.;]){0,60}\b(?:direction-preserving|(?:preserves?|keeps?|maintains?|retains?) (?:its |the (?:vector'?s? |gradient'?s? )?)?orientation)\b]],
    },
    feedback = "Clipping by value caps each component separately, which changes the gradient's direction unless "
      .. "every component shrinks by the same factor; clipping by norm rescales the whole vector and keeps its "
      .. "direction.",
  },
  {
    name = "few trainable parameters said to rule out overfitting",
    patterns = {
      [[\b(?:lora|peft|adapters?|parameter-efficient (?:fine-?tuning|methods?)|few trainable parameters)\b(?:(?!\bnot\b|\bstill\b|\bwhile\b|\bwhereas\b|\bbut\b|\bless\b|\bunlike\b)[^.;]){0,40}\b(?:can't|cannot|can not|won't|will not|doesn't|does not|never|is unable to) (?:really |realistically |possibly )?overfit\b(?! (?:as|so) (?:easily|much|badly|quickly))]],
      [[\bskip (?:the |a )?validation (?:split|set|step)\b[^.;]{0,30}\b(?:just )?train (?:for )?(?:many|lots of|more|as many) epochs\b]],
    },
    feedback = "Parameter-efficient fine-tuning can still overfit a small dataset (LoRA adapters can hold millions "
      .. "of parameters): keep a validation split and stop early.",
  },
  {
    name = "an autoencoder's latent dimensions said to be ordered like principal components",
    patterns = {
      [[\bautoencoder'?s?\b(?:(?!\bnot\b|n't\b|\bnever\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\bpca\b|\blinear autoencoder)[^.;]){0,60}\b(?:latent|bottleneck|code|hidden) (?:dimensions?|units?|features?|axes|codes?|variables?)\b(?:(?!\bnot\b|n't\b|\bnever\b)[^.;]){0,20}\b(?:orthogonal and ordered|ordered by (?:explained )?variance|ordered by importance|sorted by (?:explained )?variance)\b]],
    },
    feedback = "An autoencoder's latent dimensions have no order and need not be orthogonal: the decoder can undo "
      .. "any invertible transform of the code, so the loss picks out no axes. Orthogonal axes ordered by explained "
      .. "variance are PCA's; a linear autoencoder only spans the same subspace.",
  },
  {
    name = "low-variance principal components said to be safe to drop",
    patterns = {
      [[\b(?:low[- ]variance|least[- ]variance|smallest|minor|dropped|discarded|last|trailing|remaining) (?:principal )?components\b(?:(?!\bnot\b|n't\b|\bwhile\b|\bwhereas\b|\bbut\b|\bif\b|\bunless\b)[^.;]){0,60}\b(?:can never|never|cannot|can't|won't|will never|doesn't|does not|do not|don't) (?:remove|lose|contain|carry|hold|discard|throw away|hurt|harm|affect)\b(?! much| a lot| many| most| all)(?=[^.;]{0,40}\b(?:information|signal|predictive|useful|needs?|needed|relevant|accuracy|discriminative)\b)]],
    },
    feedback = "Low variance is not low relevance: PCA ignores the labels, and the direction that separates the "
      .. "classes can have little variance, so discarding the last components can remove exactly what a "
      .. "downstream model needs.",
  },
  {
    name = "F1 called the arithmetic mean of precision and recall",
    patterns = {
      [[\bf1\b(?:(?!\bnot\b|n't\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\binstead\b|\brather\b|\bharmonic\b)[^.;]){0,20}\b(?:is |=|equals |as )?(?:the )?(?:arithmetic|simple|plain|ordinary) (?:mean|average) of (?:the )?precision and recall\b]],
      [[\bf1\b(?:(?!\bnot\b|n't\b|\bharmonic\b|\b2 ?pr\b|\b2 ?\* ?p)[^.;]){0,40}(?:=|\bis\b) ?\( ?(?:p|precision) ?\+ ?(?:r|recall) ?\) ?/ ?2\b]],
      [[\bf1\b(?:(?!\bnot\b|n't\b|\bharmonic\b|\bgeometric\b|\bweighted\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\bmacro\b)[^.;]){0,20}\b(?:is|=|equals) (?:just |simply |basically )?(?:the )?(?:average|mean) of (?:the )?precision and recall\b]],
    },
    feedback = "F1 is the harmonic mean of precision and recall, 2PR / (P + R), which is pulled toward the smaller "
      .. "of the two; the arithmetic mean (P + R) / 2 is not.",
  },
  {
    name = "a higher FID read as better",
    patterns = {
      [[\bhigher fid\b(?:(?!\bnot\b|n't\b)[^.;]){0,10}\b(?:means?|indicates?|signals?|shows?|implies?)\b(?:(?!\bnot\b|n't\b|\bworse\b|\bless\b|\blower\b|\bfurther\b|\bfarther\b)[^.;]){0,30}\b(?:better|more (?:diverse|realistic)|higher[- ]quality|more faithful)\b]],
      [[\bfid\b(?:(?!\bnot\b|n't\b|\blow\w*|\bmin\w*)[^.;]){0,80}\b(?:want|aim for|push|drive|get) (?:it|the fid|fid|the score) as (?:high|large) as possible\b]],
      [[(?<!n't )(?<!not )(?<!never )\bmaximi[sz]e (?:the )?fid\b]],
      [[\b(?:want|aim for|push|drive|get) (?:the )?fid (?:score )?as (?:high|large) as possible\b]],
    },
    feedback = "FID is a distance between the real and generated feature distributions: lower is better (0 for "
      .. "identical statistics), and a higher FID means less realistic or less diverse samples.",
  },
  {
    name = "RoPE called an absolute encoding",
    patterns = {
      [[(?<!unlike )\brope\b(?:(?!\bnot\b|n't\b|\bnever\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\brelative\b|\binstead\b)[^.;]){0,40}\b(?:is |as )?(?:purely |just |simply |only )?an absolute (?:positional )?(?:encoding|scheme|position(?:al)? (?:encoding|method))\b(?![^.;]{0,60}\b(?:relative|offset|distance)\b)]],
      [[(?<!unlike )\brope\b(?:(?!\bnot\b|n't\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\binstead\b)[^.;]){0,120}\bdepend\w* on the absolute positions?\b(?:(?!\bnot\b|n't\b)[^.;]){0,30}\brather than (?:their |the )?(?:relative )?(?:offset|distance|difference)\b]],
    },
    feedback = "RoPE rotates queries and keys by angles proportional to their positions, and the rotations cancel "
      .. "in the dot product up to the offset: each score depends on the relative position m − n, not on the "
      .. "absolute positions.",
  },
  {
    name = "ensembles said to gain most from highly correlated members",
    patterns = {
      [[\b(?:averag\w*|ensembl\w*|effect|gain|benefit|variance reduction)\b(?:(?!\bnot\b|n't\b|\bless\b|\bleast\b|\bun-?correlated\b|\bweakly\b|\blow(?:ly)?\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,40}\b(?:strongest|largest|biggest|greatest|best|most effective)\b[^.;]{0,15}\bwhen (?:the )?(?:members|models|base (?:models|learners)|learners|trees|predictors|classifiers) are (?:highly |strongly |very |closely )?correlated\b]],
      [[\b(?:ensembl\w*|averag\w*)\b(?:(?!\bnot\b|n't\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,40}\b(?:works?|helps?) (?:best|most)\b[^.;]{0,15}\b(?:with|when|for) (?:the )?(?:(?:members|models|learners|trees|predictors|classifiers) (?:are )?)?(?:highly|strongly|closely) correlated\b]],
      [[\bdivides? the (?:error )?variance by (?:m|n|k|the number of (?:models|members))\b,? (?:regardless|whatever|irrespective|no matter) (?:of )?how (?:similar|correlated|alike)\b]],
    },
    feedback = "Averaging cuts variance most when the members' errors are weakly correlated: with M members of "
      .. "variance σ² and correlation ρ, the average has variance ρσ² + (1 − ρ)σ² / M, so identical models gain "
      .. "nothing.",
  },
  {
    name = "Bayesian optimisation called embarrassingly parallel",
    patterns = {
      [[\bunlike (?:grid|random)(?: (?:or|and) (?:grid|random))? search(?:es)?,? (?:it|bayesian optimi[sz]ation|bo|the surrogate approach) is (?:embarrassingly|trivially|fully|perfectly) parallel]],
      [[\b(?:bayesian optimi[sz]ation|bo)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\brandom\b|\bgrid\b|\bless\b|\bbatch\w*)[^.;]){0,40}\b(?:is|are) (?:embarrassingly|trivially|perfectly) parallel]],
      [[\brandom search\b(?:(?!\bnot\b|n't\b|\bbayes\w*|\bbo\b|\bwhile\b|\bwhereas\b|\bbut\b|\bunlike\b|\bif\b)[^.;]){0,30}\b(?:has to|must|needs to|is forced to|can only) (?:be )?run\w*(?: \w+)? sequentially\b]],
      [[\brandom search\b(?:(?!\bnot\b|n't\b|\bbayes\w*|\bbo\b|\bwhile\b|\bwhereas\b|\bunlike\b)[^.;]){0,40}\beach (?:new )?(?:sample|trial|point|configuration) depends on the (?:last|previous)]],
      [[\bbayesian optimi[sz]ation\b(?:(?!\bunlike\b|\brandom\b|\bgrid\b|\bnot\b|n't\b)[^.]){0,100}\.\s*its (?:main |biggest |key |chief )?(?:practical )?advantage is (?:its )?parallel(?:ism|isation|ization)\b]],
      [[\b(?:bayesian optimi[sz]ation|bo)'?s? (?:main |biggest |key |chief )?(?:practical )?advantage is (?:its )?parallel(?:ism|isation|ization)\b]],
    },
    feedback = "Bayesian optimisation is sequential: each new point is chosen from the results so far, so it "
      .. "parallelises only in batches, with some loss of efficiency; grid and random search are the "
      .. "embarrassingly parallel ones.",
  },
  {
    name = "integer codes recommended for linear models",
    patterns = {
      [[\b(?:linear|logistic) (?:and logistic |or logistic )?(?:regression|models?)\b,?(?:(?!\bnot\b|n't\b|\bnever\b|\bwhile\b|\bwhereas\b|\bbut\b|\bone-hot\b|\btrees?\b)[^.;]){0,20}\b(?:label|integer) encoding is (?:actually |usually |generally )?(?:the )?(?:best|right|ideal|preferred|fine|good)\b(?![^.;]{0,40}\b(?:ordinal|ordered|natural order|only|if|when|unless)\b)]],
      [[\b(?:linear|logistic)\b(?:(?!\btrees?\b)[^.;]){0,80}\blearn\w* (?:the right|a separate|its own|an?) (?:effect|weight|coefficient)s? for each category from (?:the )?(?:integer|label|ordinal) codes\b]],
    },
    feedback = "Integer (label) codes make a linear model treat the categories as evenly spaced points on one axis, "
      .. "one weight times the code, so it cannot give each category its own effect. Use one-hot (or target) "
      .. "encoding for linear models; integer codes suit trees or truly ordinal categories.",
  },
  {
    name = "dropout's rescaling said to keep the variance",
    patterns = {
      [[\bdropout\b(?:(?!\bnot\b|n't\b|\bmean\b|\bexpect\w*|\bbatch ?norm\w*|\binit\w*)[^.]){0,150}\b(?:reason is|so as|in order|purpose is|point is)? ?to (?:keep|preserve|maintain|match) the variance\b(?:(?!\bnot\b|n't\b)[^.;]){0,50}\b(?:the same|unchanged|constant|between training and (?:test|inference))\b]],
      [[\b(?:divid\w*|scal\w*|multipl\w*|rescal\w*)\b[^.;]{0,40}(?:\b1 ?- ?p\b|\(1 ?- ?p\)|\bkeep probability\b)(?:(?!\bnot\b|n't\b|\bmean\b|\bexpect\w*)[^.;]){0,40}\b(?:keeps?|preserves?|maintains?) the variance\b]],
    },
    feedback = "Dividing the kept activations by 1 − p keeps their expected value the same in training and at test "
      .. "time; it does not keep the variance, which dropout raises during training.",
  },
  {
    name = "position said to have no effect of its own on clicks",
    patterns = {
      [[(?:^|(?<=[.;!?:]) )(?:(?!\bboth\b|\bswap\w*|\brandomi[sz]\w*|\brandom\b|\bflip\w*|\brevers\w*|\bcounterbalanc\w*|\bpropensit\w*|\binterleav\w*|\bweight\w*|\bcorrect\w*|\bdebias\w*|\bonce\b|\bafter\b|\bif\b|\bwhen\b|\bsince\b|\bbecause\b|\bgiven\b)[^.;?]){0,80}\K\bposition(?:al)? bias (?:is not|isn't|is no|is never) (?:a |an )?(?:real |big |major )?(?:concern|issue|problem|worry)\b(?![^.;]{0,40}\b(?:if|once|when|after|provided|as long as|because you|since you|given)\b)]],
      [[(?:^|(?<=[.;!?:]) )(?:(?!\bboth\b|\bswap\w*|\brandomi[sz]\w*|\brandom\b|\bflip\w*|\brevers\w*|\bcounterbalanc\w*|\bpropensit\w*|\binterleav\w*|\bweight\w*|\bcorrect\w*|\bdebias\w*|\bonce\b|\bafter\b|\bif\b|\bwhen\b|\bsince\b|\bbecause\b|\bgiven\b)[^.;?]){0,80}\K\bposition(?:al)? bias\b(?:(?!\bnot\b|n't\b|\bnever\b|\bwhile\b|\bwhereas\b|\bbut\b|\bunless\b|\bif\b|\bwould\b|\bcould\b|\bmight\b|\bthen\b|\bonce\b|\bwhen\b|\bafter\b|\bboth\b|\bswap\w*|\brandomi[sz]\w*|\bflip\w*|\brevers\w*|\bcounterbalanc\w*)[^.;]){0,60}\b(?:averages?|washes|cancels?|evens?) out\b]],
      [[\bposition adds nothing\b]],
      [[\b(?:top|higher|first|best) (?:slots?|positions?|ranks?)\b[^.;]{0,30}\bhigher (?:ctrs?|click-?through(?: rates?)?|click rates?) only because\b]],
    },
    feedback = "Position itself raises clicks: the same item is clicked more when shown higher, and this does not "
      .. "average out with traffic. Model it (position as a training feature, fixed at serving) or correct for it "
      .. "with inverse propensity weighting or randomisation.",
  },
  {
    name = "the causal mask said to be for efficiency",
    patterns = {
      [[\bcausal mask\w*\b(?:(?!\bleak\w*|\bpeek\w*|\bcheat\w*|\bfuture tokens?\b|\bsee\w* the (?:next|future)|\bautoregressi\w*)[\s\S]){0,200}?\bmain (?:reason|purpose|point|motivation) (?:for|of|behind) (?:it|this|the mask\w*|masking)\b (?:is|was) (?:efficiency|speed|compute|to save (?:compute|time|memory))\b]],
      [[\bcausal mask\w*\b(?:(?!\bnot\b|n't\b|\bnever\b|\balso\b|\bside\b|\bbonus\b)[^.;]){0,30}\b(?:is|are|exists?) (?:mainly|mostly|primarily|chiefly|largely|there|used) (?:for|about|to (?:save|speed up|cut|reduce)) (?:efficiency|speed|compute|computation|cost)\b]],
      [[\b(?:causal|look-?ahead|triangular|subsequent) mask\w*\b(?:(?!\bleak\w*|\bpeek\w*|\bcheat\w*|\bfuture tokens?\b|\bsee\w* the (?:next|future)|\bautoregressi\w*|\bnot\b|n't\b)[\s\S]){0,200}?\bthe (?:real |main )?reason (?:it'?s there|it exists|for (?:it|the mask|masking)|we mask)\b (?:is )?(?:purely |mainly |mostly |just )?(?:computational|efficiency|speed)\b]],
    },
    feedback = "The causal mask stops each position attending to later tokens, so that training on all positions "
      .. "in parallel never lets a position see the token it must predict; any compute saved is a side effect.",
  },
  {
    name = "cosine said to make feature scaling unnecessary",
    patterns = {
      [[\bcosine\b(?:(?!\bnot\b|n't\b|\bnever\b|\bwhile\b|\bwhereas\b|\bbut\b|\bunlike\b|\bonly\b|\beuclidean\b)[^.;]){0,60}\b(?:saves? you (?:from|the) (?:standardi[sz]\w*|feature scaling|scaling the features)|ignores? (?:each|every|the individual|individual|per-?) ?features?'? ?(?:units|scales?)|(?:no|without) need (?:to|for) (?:standardi[sz]\w*|feature scaling|scale the features))\b]],
      [[(?<!n't )(?<!not )(?<!never )\buse cosine (?:similarity |distance )?(?:when|if) (?:your |the )?features (?:are|live|sit) on (?:very |wildly )?different scales\b]],
    },
    feedback = "Cosine similarity is invariant to scaling a whole vector, not to rescaling one feature: a feature "
      .. "in large units still dominates the angle, so standardise features first, as for Euclidean distance.",
  },
  {
    name = "a feature store said to rule out skew",
    patterns = {
      [[\bfeature store\b(?:(?!\bnot\b|n't\b|\bnever\b|\bwhile\b|\bwhereas\b|\bbut\b|\bonly\b|\breduc\w*|\bhelps?\b|\bless\w*)[^.;]){0,80}\bguarantees? (?:that )?(?:there (?:can be|is|will be) )?no (?:training[- ]serving )?skew\b]],
      [[\bfeature store\b(?:(?!\bnot\b|n't\b|\bstill\b|\beven\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,80}\b(?:(?:don't|do not|no longer|won't) need to|no need to) monitor\b]],
      [[\bfeature store\b(?:(?!\bnot\b|n't\b|\bnever\b|\bwhile\b|\bwhereas\b|\bbut\b|\bonly\b|\breduc\w*|\bhelps?\b|\bless\w*|\bmost\b|\bone source\b|\bsome\b|\bstill\b)[^.;]){0,100}\b(?:skew (?:is|becomes) (?:impossible|eliminated|gone|ruled out|solved)|(?:makes?|renders?) (?:training[- ]serving )?skew impossible|eliminates? all (?:training[- ]serving )?skew)\b]],
      [[\bfeature store\b(?:(?!\bnot\b|n't\b|\bstill\b|\beven\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,120}\b(?:can|could|may) (?:safely )?(?:drop|skip|remove|stop|turn off|retire) (?:the )?(?:feature[- ]distribution |distribution |drift |skew )?(?:monitoring|parity checks)\b]],
    },
    feedback = "A feature store shares feature definitions between training and serving, which removes one source "
      .. "of skew but not all: pipelines, freshness, defaults and the input data itself still drift, so keep "
      .. "monitoring feature distributions.",
  },
  {
    name = "stopping an A/B test the first time the p-value crosses 0.05",
    patterns = {
      [[(?<!\bif you )(?<!\bwhen you )(?<!\bif we )(?<!\bwhen we )(?<!n't )(?<!not )(?<!never )\b(?:stop|(?<!the )end|call|halt) (?:the (?:test|experiment) |it )?(?:as soon as|the moment|the first time|once|when(?:ever)?)\b(?:(?!\bnot\b|n't\b|\bpre-?regist\w*|\bplanned\b|\bsequential\b|\bpre-?specified\b|\bfixed\b|\bsample\b|\bpower\b|\bbudget\w*)[^.;]){0,30}\b(?:(?:crosses|drops below|dips below|goes below|falls below|hits|is below|gets below|reaches|becomes|turns|goes) (?:the )?(?:0?\.05|significan\w*)|p(?:-?value)? ?(?:<|is below|drops below|falls below) ?0?\.05)(?![^.;]{0,80}(?:\b(?:inflat\w*|false positives?|type i\b|bias\w*|invalid\w*|wrong|mistake|peeking|optimistic)|(?:\bnot|n't) (?:\w+ )?(?:valid|ok|okay|correct|right|allowed|sound|safe|reliable|trustworthy|a good idea|how)\b))]],
      [[(?<!\bif you )(?<!\bwhen you )(?<!\bif we )(?<!\bwhen we )(?<!n't )(?<!not )(?<!never )(?<!\bavoid )(?<!\bwithout )\b(?:stopping|stops|ending|halting|calling it) (?:the (?:test|experiment) |it )?(?:as soon as|the moment|the first time|once|when(?:ever)?)\b(?:(?!\bnot\b|n't\b|\bpre-?regist\w*|\bplanned\b|\bsequential\b|\bpre-?specified\b|\bfixed\b|\bsample\b|\bpower\b|\bbudget\w*)[^.;]){0,30}\b(?:(?:crosses|drops below|dips below|goes below|falls below|hits|is below|gets below|reaches|becomes|turns|goes) (?:the )?(?:0?\.05|significan\w*)|p(?:-?value)? ?(?:<|is below|drops below|falls below) ?0?\.05)(?![^.;]{0,80}(?:\b(?:inflat\w*|false positives?|type i\b|bias\w*|invalid\w*|wrong|mistake|peeking|optimistic)|(?:\bnot|n't) (?:\w+ )?(?:valid|ok|okay|correct|right|allowed|sound|safe|reliable|trustworthy|a good idea|how)\b))]],
    },
    feedback = "Checking the p-value repeatedly and stopping the first time it crosses 0.05 inflates the "
      .. "false-positive rate far above 5%: fix the sample size in advance (from a power analysis), or use a "
      .. "sequential test built for repeated looks.",
  },
  {
    name = "RoPE called a learned embedding added to the tokens",
    patterns = {
      [[(?<!unlike )\brope\b(?:(?!\bnot\b|n't\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\binstead\b|\bfixed\b|\bcompared\b|\bthan\b|\babsolute\b|\bembeddings\b|\bsinusoid\w*|\bgpt\w*|\bbert\b|\bt5\b|\balibi\b|\bother\b)[^.;:]){0,40}\b(?:but |and |, )?(?:is|are) (?:a )?(?:learned|learnt|trainable|trained)\b(?! (?:models?|networks?|transformers?|llms?)\b)]],
      [[(?<!unlike )\brope\b(?:(?!\bnot\b|n't\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\binstead\b|\bcompared\b|\bthan\b|\bsinusoid\w*|\bgpt\w*|\bbert\b|\balibi\b)[^.;]){0,60}\b(?:trainable|learned|learnt) (?:position(?:al)? )?(?:embedding|encoding)s? table\b]],
    },
    feedback = "RoPE has no learned parameters: it rotates the queries and keys in every attention layer by fixed, "
      .. "position-dependent angles; it is not a trainable table of vectors added to the token embeddings.",
  },
  {
    name = "the prior's influence said to grow with the data",
    patterns = {
      [[\bprior'?s? (?:influence|effect|weight|impact|role|pull)\b(?:(?!\bnot\b|n't\b|\bshrinks?\b|\bfades?\b|\bdiminish\w*|\bdecreas\w*|\bwhile\b|\bwhereas\b|\bbut\b|\blikelihood\b)[^.;]){0,30}\b(?:grows?|increases?|gets? (?:larger|bigger|stronger)|becomes? (?:larger|stronger|more important)) (?:as|with) (?:the )?(?:(?:data ?set|sample|training set)(?: size)? (?:gets |grows |becomes )?(?:larger|bigger)|more (?:data|samples|observations)|(?:the )?(?:amount of )?data (?:grows|increases))]],
      [[\bthe more data (?:you have|there is)\b,? the more (?:the prior matters|influence the prior has|weight the prior (?:has|gets)|the prior (?:dominates|counts))\b]],
      [[\b(?:plain )?mle\b(?:(?!\bnot\b|n't\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,20}\bis (?:fine|best|preferable|preferred|ideal) for small (?:samples|data ?sets|data)\b]],
    },
    feedback = "The likelihood grows with the data while the prior stays fixed, so the prior's influence shrinks as "
      .. "the dataset grows and MAP approaches the MLE; the prior matters most on small samples.",
  },
  {
    name = "a complex model said to be guaranteed to beat a simple baseline",
    patterns = {
      [[(?:^|(?<=[.;!?:]) )(?:(?!\bnot\b|n't\b|\bno\b|\bnever\b|\bnothing\b|\bnor\b|\bif\b|\bassum\w*|\bthink\b|\bbelie\w*)[^.;?]){0,80}\K\bguaranteed to (?:beat|outperform|do better than)\b[^.;]{0,20}\b(?:simple|any|every|all|the|a|linear|majority-class)\b[^.;]{0,20}\bbaselines?\b]],
    },
    feedback = "No model is guaranteed to beat a simple baseline, at any data size: the baseline shows whether the "
      .. "extra complexity pays off and catches pipeline bugs, so it is needed at every scale.",
  },
  {
    name = "agglomerative clustering said to scale to millions of points",
    patterns = {
      [[\b(?:hierarchical|agglomerative|linkage|dendrogram)\b[\s\S]{0,300}?\bmerg(?:ing|es)\b(?:(?!\bnot\b|n't\b)[^.;]){0,20}\b(?:is |runs in |costs |takes )?(?:roughly |about |only |just )?o\(n log n\)(?! per\b)]],
      [[(?:^|(?<=[.;!?:]) )(?:(?!\bnot\b|n't\b|\bunlike\b|\bbirch\b|\bthan\b|\bcompared\b|\bnever\b)[^.;?]){0,60}\K\b(?:hierarchical|agglomerative)(?: clustering)?\b(?:(?!\bnot\b|n't\b|\bnever\b|\bcannot\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\bk-?means\b|\bbirch\b|\bmini-?batch\b|\bsampl\w*)[^.;]){0,80}\b(?:handles?|scales? to|copes? with|works on|is fine (?:for|on)) (?:many |tens of |hundreds of )?millions of (?:points|rows|samples|examples)\b]],
      [[(?:^|(?<=[.;!?:]) )(?:(?!\bnot\b|n't\b|\bunlike\b|\bbirch\b|\bthan\b|\bcompared\b|\bnever\b)[^.;?]){0,60}\K\b(?:hierarchical|agglomerative) clustering\b(?:(?!\bnot\b|n't\b)[^.;]){0,30}\b(?:is|runs in|scales as) (?:roughly |about |only |just )?o\(n log n\)(?! per\b)]],
    },
    feedback = "Agglomerative clustering works from the pairwise distances: O(n²) memory and O(n²) to O(n³) time, so "
      .. "it does not scale to millions of points as k-means does.",
  },
  {
    name = "more retrieved context said always to help an LLM",
    patterns = {
      [[(?:^|(?<=[.;!?:]) )(?:(?!\bnot\b|n't\b|\bno\b|\bnever\b|\bmyth\b|\bwrong\b|\bmistake\b|\btempting\b|\bthink\b|\bassum\w*|\bbelie\w*|\bif\b)[^.;?]){0,80}\K\bmore (?:context|retrieved (?:chunks|passages|documents)|chunks|passages)\b (?:always|will always|only ever) (?:improves?|helps?|increases?|raises?)\b(?![^.;]{0,40}(?:\b(?:but|not)|n't)\b)]],
      [[(?:^|(?<=[.;!?:]) )(?:(?!\bnot\b|n't\b|\bno\b|\bnever\b|\bmyth\b|\bwrong\b|\bmistake\b|\btempting\b|\bthink\b|\bassum\w*|\bbelie\w*|\bif\b|\bhope\b|\bideally\b|\bshould\b)[^.;?]){0,80}\K\b(?:the )?(?:model|llm|generator)s? (?:simply |just )?(?:ignores?|disregards?|skips? over) (?:the |any )?(?:irrelevant|unrelated|distracting) (?:passages|chunks|context|documents|text)\b(?![^.;]{0,40}(?:\b(?:but|not)|n't)\b)]],
    },
    feedback = "LLMs are distracted by irrelevant context and use information in the middle of a long context "
      .. "poorly, so filling the window with chunks can lower accuracy (and raises cost and latency): retrieve "
      .. "fewer, better chunks and rerank them.",
  },
  {
    name = "the activation's derivative left out of backpropagation",
    patterns = {
      [[(?:^|(?<=[.;!?:]) )(?:(?!\boutput\b|\bsoftmax\b|\bcross-?entropy\b|\blast layer\b|\bfinal layer\b|\bidentity\b|\blinear activation\b|\bif\b)[^.;?]){0,60}\K\b(?:the )?activation(?: function)?(?: (?:phi|φ|σ|sigma|f|g|h))?\b (?:doesn't|does not|never) (?:enter|appear in|affect|change|contribute to|matter for|show up in) (?:the )?(?:gradients?|backward pass|backprop\w*|derivatives?)\b(?![^.;]{0,30}\b(?:when|for positive|if|where|as long as|except|cancel\w*)\b)(?:(?!\boutput\b|\bsoftmax\b|\bcross-?entropy\b|\bcancel\w*)[^.;]){0,160}(?=[.;]|$)]],
    },
    feedback = "Backpropagating through a hidden layer h = φ(a) multiplies by the activation's derivative, δ₁ = (W₂ᵀ "
      .. "δ₂) ⊙ φ'(a₁); only an identity activation drops out.",
  },
  {
    name = "the hinge loss written without the margin",
    patterns = {
      [[\bhinge\b[^.;]{0,40}\bmax\s*\(\s*0\s*,\s*-\s*y]],
      [[\b(?:hinge|svm)\b(?:(?!\bnot\b|n't\b|\bperceptron\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,60}\b(?:any|every) correctly classified (?:point|example|sample)s? (?:contributes?|has|gets|gives|incurs?) (?:zero|no) loss\b(?![^.;]{0,20}\b(?:only|if|as long as|beyond|outside)\b)]],
    },
    feedback = "The hinge loss is max(0, 1 − y f(x)): a correctly classified point inside the margin (y f(x) < 1) "
      .. "still costs something and is a support vector; max(0, −y f(x)) is the perceptron loss.",
  },
  {
    name = "the non-saturating GAN loss said to fix mode collapse",
    patterns = {
      [[(?:\bnon-?saturating\b|\blog ?d\(g\(z\)\))(?:(?!\bnot\b|n't\b|\bnever\b|\bno\b|\bwhile\b|\bwhereas\b|\bbut\b|\bonly\b)[^.;]){0,80}\b(?:fix|fixes|cures?|solves?|eliminates?|prevents?|removes?|avoids?) (?:the )?mode collapse\b]],
      [[(?<!not )\bsaturat\w*\b(?:(?!\bnot\b|n't\b|\bno\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,30}\b(?:is what causes|is the (?:main )?cause of|causes|is behind) mode collapse\b]],
    },
    feedback = "The non-saturating generator loss (maximising log D(G(z))) fixes the vanishing gradients early in "
      .. "training, not mode collapse: mode collapse, the generator covering few modes, needs other remedies "
      .. "(minibatch discrimination, unrolled or Wasserstein GANs).",
  },
  {
    name = "the central limit theorem said to need normal data",
    patterns = {
      [[\b(?:clt|central limit theorem)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bwithout\b|\bregardless\b|\beven\b|\bwhatever\b|\bany\b|\bt-tests?\b|\bsmall\b|\bexact\w*)[^.;]){0,60}\b(?:requires?|needs?|assumes?) (?:that )?(?:the )?(?:underlying |raw |original |population )?(?:data|distribution|population|observations) (?:to be |is |are |be )?(?:itself |themselves )?(?:normal|normally distributed|gaussian)\b]],
      [[\b(?:clt|central limit theorem)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bwithout\b|\bregardless\b|\beven\b|\bwhatever\b|\bany\b|\bt-tests?\b|\bsmall\b|\bexact\w*)[^.;]){0,60}\bonly (?:holds|applies|works) (?:when|if) (?:the )?(?:underlying |raw |original |population )?(?:data|distribution|population|observations)\b[^.;]{0,10}\b(?:is|are) (?:itself |themselves )?(?:normal|normally distributed|gaussian)\b]],
      [[\b(?:clt|central limit theorem)\b[^.;]{0,200}\. it only (?:holds|applies|works) (?:when|if) the (?:underlying |raw |original |population )?(?:data|distribution|population|observations)\b[^.;]{0,10}\b(?:is|are) (?:itself |themselves )?(?:normal|normally distributed|gaussian)\b]],
      [[\b(?:clt|central limit theorem)\b(?:(?!\bnot\b|n't\b|\bmean\b|\bmeans\b|\bsums?\b|\baverages?\b|\bestimat\w*)[^.;]){0,60}\b(?:distribution of the data(?: itself)?|data itself|raw data|individual observations)\b[^.;]{0,20}\b(?:converges?|becomes?|tends?|approaches|looks?) (?:to |towards? |like )?(?:a |the )?(?:gaussian|normal)\b]],
    },
    feedback = "The central limit theorem needs no normal data: for independent draws with finite variance the "
      .. "sample mean is approximately normal for large n, whatever the underlying distribution (heavy skew "
      .. "needs a larger n).",
  },
  {
    name = "k-means said to be able to oscillate without converging",
    patterns = {
      [[(?<!mini-batch )(?<!minibatch )(?<!online )(?<!streaming )\bk-?means\b(?:(?!\bnot\b|n't\b|\bnever\b|\balways\b|\bdistance\b|\bmetric\b|\bl1\b|\bcosine\b|\bmanhattan\b|\bmini-?batch\b)[^.;]){0,60}\b(?:can|may|might|could|will|sometimes) (?:fail to converge|oscillate (?:forever|indefinitely|endlessly)|cycle (?:forever|indefinitely)|loop forever)\b(?! to (?:the |a )?(?:global|best|optimal|true|right|good|sensible|useful|meaningful))]],
      [[\bfail to converge and oscillate between (?:the )?(?:cluster )?assignments\b]],
      [[\boscillat\w* between (?:the )?(?:cluster )?assignments (?:forever|indefinitely|endlessly)\b]],
    },
    feedback = "Lloyd's k-means always converges, in finitely many steps: each step lowers or keeps the within-cluster "
      .. "sum of squares and there are finitely many partitions. Initialisation matters because it converges to a "
      .. "local optimum.",
  },
  {
    name = "the silhouette said to be guaranteed to find the true k",
    patterns = {
      [[\bsilhouette\b(?:(?!\bnot\b|n't\b|\bnever\b|\bno\b)[^.;]){0,50}\b(?:is )?(?:guaranteed|certain|sure|bound) to (?:peak|be (?:highest|maximal|maximi[sz]ed|largest)|find|recover|identify|pick|give|equal|match|coincide with)\b[^.;]{0,40}\b(?:true|right|correct|real|actual)\b]],
      [[\bsilhouette\b(?:(?!\bnot\b|n't\b|\bnever\b)[^.;]){0,40}\balways (?:peaks|is highest|finds|recovers|picks|gives) (?:at )?the (?:true|right|correct|real|actual) (?:number of clusters|k)\b]],
    },
    feedback = "No criterion is guaranteed to find the true number of clusters: the silhouette favours compact, "
      .. "well-separated convex clusters and can peak at another k. Read it with the elbow, the gap statistic, "
      .. "stability across runs and what the clusters are for.",
  },
  {
    name = "FID called a KL divergence",
    patterns = {
      [[\bfid\b(?:(?!\bnot\b|n't\b|\bunlike\b|\brather\b|\binstead\b|\bwhile\b|\bwhereas\b|\bbut\b|\binception score\b|\binception\b|\bfr[eé]chet\b|\bwasserstein\b|\bthan\b|\bvs\b|\bversus\b|\bcompared\b)[^.;]){0,40}\b(?:kl|kullback-leibler|jensen-shannon|js) divergence\b]],
    },
    feedback = "FID is the Fréchet (2-Wasserstein) distance between the two Gaussians, ‖μ_r − μ_g‖² + "
      .. "Tr(Σ_r + Σ_g − 2(Σ_r Σ_g)^½); a KL divergence is what the Inception Score averages.",
  },
  {
    name = "dropout said to give sparse weights",
    patterns = {
      [[\bdropout\b(?:(?!\bnot\b|n't\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,80}\b(?:similar to|like|as with|as in) (?:l1|lasso)\b[^.;]{0,10}\bit (?:pushes|drives|sets|forces|shrinks) (?:many |most |the |some )?(?:of the )?weights (?:to )?(?:exactly )?(?:to )?zero\b]],
      [[\bdropout\b(?:(?!\bnot\b|n't\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\bl1\b|\blasso\b|\bactivations?\b|\bunits?\b|\bneurons?\b|\boutputs?\b|\btemporar\w*|\brandom\w*|\beach\b|\bstep\b|\bdropconnect\b)[^.;]){0,40}\b(?:sets?|pushes|drives|forces) (?:many |most |the |some )?(?:of the )?weights (?:to )?exactly (?:to )?zero\b]],
    },
    feedback = "Dropout zeroes random activations during training only; it does not drive weights to exactly zero or "
      .. "leave a sparse network. Exactly-zero weights are what an L1 penalty gives.",
  },
  {
    name = "a ReLU autoencoder said to reduce to PCA",
    patterns = {
      [[\b(?:reduces?|equivalent|the same as|equals?|recovers?|identical)\b[^.;]{0,20}\bpca\b(?:(?!\blinear\b|\bnot\b|n't\b|\bonly\b|\bunlike\b|\bbut\b|\bwhile\b|\bwhereas\b|\brather\b|\binstead\b|\bgenerali[sz]\w*|,|\band\b|\badd\w*|\bmakes?\b|\bbeyond\b|\bgoes\b)[^.;]){0,30}\b(?:relu|sigmoid|tanh)s?\b]],
      [[\b(?:any|every|all)\b(?:(?!\blinear\b)[^.;]){0,10}\bautoencoders?\b(?:(?!\blinear\b|\bnot\b|n't\b|\bnever\b|\bunless\b|\bonly\b)[^.;]){0,80}\b(?:converges? to|reduces? to|(?:is |are )?equivalent to|(?:is |are )?the same as|recovers?|learns?) (?:the |a )?(?:pca|principal)]],
      [[\b(?:deep|non-?linear|relu)\b(?:(?!\blinear\b)[^.;]){0,30}\bautoencoders?\b(?:(?!\bnot\b|n't\b|\bnever\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\bunless\b|\bonly\b|\blinear\b)[^.;]){0,40}\b(?:converges? to|reduces? to|(?:is |are )?equivalent to|(?:is |are )?the same as|just (?:learns?|recovers?)) (?:the |a )?(?:pca|principal)]],
      [[\bnon-?linear autoencoders? (?:offer|give|bring|provide)s? no (?:gain|advantage|benefit|improvement) over pca\b]],
    },
    feedback = "An autoencoder spans the PCA subspace when it is linear (linear activations, squared-error loss); "
      .. "ReLU or other non-linear activations make it a different, non-linear method.",
  },
  {
    name = "a constant predictor said to score a high AUC",
    patterns = {
      [[\b(?:majority[- ]class|constant|always[- ]predict\w*)\b(?:(?!\bmodel\b|\bwhile\b|\bwhereas\b|\bbut\b|\bnot\b|n't\b|\bunlike\b|\binstead\b|\bbeat\w*|\breach\w*|\bneeds?\b|\bmust\b|\bshould\b|\bours?\b|\bwe\b|\btarget\w*|\baim\w*|\babove\b|\bover\b|\bclassifier\b)(?:[^.;]|(?<=\d)\.(?=\d))){0,60}\b(?:an |a )?(?:roc[- ])?auc (?:of )?(?:about |around |roughly |approximately |also )?(?:0?\.(?:[6-9]|5[1-9])\d*|(?:6|7|8|9)\d ?(?:%|percent))]],
    },
    feedback = "A constant predictor (always the majority class) ranks nothing: its ROC-AUC is 0.5 whatever the class "
      .. "balance, even when its accuracy is 95%.",
  },
  {
    name = "LoRA's memory saving credited to activations",
    patterns = {
      [[\blora\b[^.;]{0,40}\bsaves? memory\b[^.;]{0,20}\b(?:is|because|by) (?:that )?(?:it )?(?:cuts?|reduc\w*|sav\w*|shrinks?) (?:the )?activation memory\b]],
      [[\blora\b[^.;]{0,160}\boptimi[sz]er states? (?:are|is|stay|remain) (?:about |roughly |basically |essentially )?the same as (?:in |with |for )?full fine-?tun\w*]],
    },
    feedback = "LoRA saves memory because only the small A and B need gradients and optimiser states; activations "
      .. "still flow through the frozen layers and are kept for backprop much as in full fine-tuning.",
  },
  {
    name = "clipping by norm said to scale small gradients up",
    patterns = {
      [[\b(?:below|under|smaller than|less than) (?:the|that|a|its) (?:threshold|max(?:imum)? norm|limit|clip\w* (?:value|norm))\b(?:(?!\bnot\b|n't\b|\bnever\b|\bleft\b|\bunchanged\b|\buntouched\b|\bas is\b)[^.;]){0,30}\b(?:re)?scal(?:ed|es?) up\b]],
      [[\b(?:if|when) (?:it's|it is|the norm is|its norm is) (?:below|under|smaller|less)\b(?: (?:than )?(?:the|that|a|its) (?:threshold|max(?:imum)? norm|limit))?,? (?:it's|it is|it gets|then it's|then it is) (?:re)?scaled up\b]],
      [[(?<!unlike )(?<!than )\bclip\w* by (?:the )?norm\b(?:(?!\bnot\b|n't\b|\bnever\b|\bnormali[sz]\w*|\bsign\w*|\bunlike\b)[^.;]){0,80}\b(?:every|each|all) (?:update|step|gradient)s? (?:has|have|gets?) the same (?:length|norm|magnitude|size)\b]],
      [[\bclip\w*\b(?:(?!\bnot\b|n't\b|\bnever\b|\bunlike\b|\bwhile\b|\bwhereas\b)[^.;]){0,120}\b(?:scal\w*|boost\w*|rais\w*|increas\w*|amplif\w*|push\w*|pull\w*) (?:the )?(?:small|tiny|vanishing) (?:gradients?|ones)(?: norms?)? up\b]],
    },
    feedback = "Clipping by norm only scales a gradient down when its norm exceeds the threshold; a gradient under it "
      .. "is left unchanged, so updates do not all have the same length.",
  },
  {
    name = "random search credited to running more trials",
    patterns = {
      [[\brandom search\b(?:(?!\bnot\b|n't\b)[^.;]){0,40}\b(?:beats|outperforms|wins|is better)\b[^.;]{0,40}\bbecause\b[^.;]{0,40}\b(?:evaluates?|tries|runs?|gets?) more (?:total )?(?:configurations|trials|points|combinations|runs)\b]],
      [[\b(?:same|fixed|given) budget\b,? random search (?:evaluates?|tries|gets?|runs?) more (?:total )?(?:configurations|trials|combinations)\b]],
    },
    feedback = "For the same budget random search runs the same number of trials as a grid; it wins because every "
      .. "trial tries a new value of each hyperparameter, so the few that matter are explored far more finely.",
  },
  {
    name = "attention scores scaled by the sequence length",
    patterns = {
      [[\b(?:dot products?|scores?|attention|logits|q ?k)\b[^.;]{0,60}\b(?:divid\w*|scal\w*)\b[^.;]{0,20}\b(?:square root|sqrt|√) (?:of )?(?:the )?(?:sequence length|number of (?:tokens|keys|positions)|context length|input length)\b]],
    },
    feedback = "The dot products are divided by √d_k, the key dimension, whatever the sequence length: a sum of d_k "
      .. "products has variance about d_k, which would saturate the softmax.",
  },
  {
    name = "the RLHF reward score taken as alignment itself",
    patterns = {
      [[(?<!if you )(?<!if we )(?<!when you )(?<!when we )(?<!if )\b(?:set|setting|drop|dropping) (?:the )?(?:beta|β|kl (?:coefficient|penalty|weight|term))\b[^.;]{0,10}\bto zero\b[^.;]{0,50}\b(?:maximi[sz]e|optimi[sz]e) (?:the )?reward directly\b(?![^.;]{0,80}\b(?:hack\w*|exploit\w*|collaps\w*|degenerat\w*|gibberish|drift\w*)\b)]],
      [[\bhigher reward(?: model)? scores? (?:just |simply |always )?means? (?:a )?better(?:[- ]aligned)? (?:model|policy|outputs?|answers?)\b]],
    },
    feedback = "A reward model is only a proxy for human preference: optimised without the KL penalty, the policy "
      .. "exploits its errors (reward hacking), so a higher reward score need not mean better outputs.",
  },
  {
    name = "accuracy said not to be optimised because it is expensive",
    patterns = {
      [[\b(?:don't|do not|can't|cannot|doesn't|does not) (?:directly )?(?:optimi[sz]e|train on|minimi[sz]e|maximi[sz]e) (?:the )?accuracy (?:directly )?\b[^.;]{0,20}\bbecause (?:it's|it is) (?:too |so )?(?:expensive|slow|costly)\b]],
    },
    feedback = "Accuracy is not optimised directly because it is piecewise constant in the weights: its gradient is "
      .. "zero almost everywhere, so gradient descent gets no signal. A smooth surrogate such as cross-entropy is "
      .. "minimised instead.",
  },
  {
    name = "transfer learning said to need the same label set",
    patterns = {
      [[(?<!if )(?<!if the )(?<!when )(?<!when the )(?<!unless )(?<!unless the )\b(?:source and target|target and source) (?:tasks?|domains?|data ?sets?) (?:must |need to |have to |should )?share the same (?:label set|labels|classes|set of classes|output classes)\b]],
      [[\bcan only be transferred to (?:problems|tasks)\b[^.;]{0,20}\bclasses\b]],
    },
    feedback = "Transfer learning needs related inputs and useful shared features, not the same labels: the head is "
      .. "replaced and fine-tuned, so an ImageNet model helps on classes ImageNet never had.",
  },
  {
    name = "Adam's coupled L2 said to decay large-gradient weights most",
    patterns = {
      [[\badam\b(?:(?!\badamw\b|\bnot\b|n't\b)[^.;]){0,200}\bweights? with (?:the )?(?:largest|large|big|bigger|larger|biggest|high|higher) (?:historical |past )?gradients? (?:end up |get |are )?(?:being )?(?:decayed|regulari[sz]ed|shrunk|penali[sz]ed) (?:the )?most\b(?! ?(?:weakly|lightly|little|slowly|gently))]],
      [[\badam\b(?:(?!\badamw\b|\bnot\b|n't\b)[^.;]){0,200}\b(?:parameters?|weights?|coordinates?) with (?:a |the )?(?:largest|large|big|bigger|larger|biggest|high|higher) (?:historical |past )?gradients?(?: history| histories| magnitudes?)? (?:end up |get |getting |receive |are )?(?:being )?(?:the )?(?:strongest|most|heaviest|strong|heavy|more|stronger|heavier) (?:regulari[sz]ation|decay|weight decay|shrinkage|penalty)\b]],
    },
    feedback = "In Adam with an L2 term the penalty gradient λw is divided by √v̂ like the rest, so weights with a "
      .. "large gradient history are decayed least; AdamW applies the decay to the weights directly, at one rate.",
  },
  {
    name = "PCA said to keep the smallest-eigenvalue directions",
    patterns = {
      [[\beigenvectors? (?:with|of|for) the smallest eigenvalues?\b(?:(?!\blaplacian\b|\bnot\b|n't\b)[^.;]){0,30}\b(?:minimi[sz]es?|gives? the (?:lowest|smallest|minimum)) (?:the )?reconstruction error\b]],
      [[(?:\b(?:eigenvalue|lambda)|λ) is the variance (?:left over|remaining|lost|discarded) after projecting\b]],
      [[\b(?:first|top|leading) principal component is the eigenvector (?:with|of) the smallest eigenvalue\b]],
    },
    feedback = "A principal direction's eigenvalue is the variance it captures: the first component is the "
      .. "eigenvector with the largest eigenvalue, and keeping the largest ones minimises the reconstruction error.",
  },
  {
    name = "the Type II error rate called the power",
    patterns = {
      [[\btype (?:ii|2|two)(?: errors?)?\b(?:(?!\bavoid\w*|\bdetect\w*|\bfind\w*|\bcatch\w*|\bcorrect\w*|\breject\w*|\bnot\b|n't\b|\bone minus\b|\bminus\b|\bcomplement\b|\bopposite\b|\bwhile\b|\bwhereas\b|\bbut\b|\btype (?:i|1|one)\b)[^.;]){0,50}\b(?:its|the|their) (?:probability|rate|chance|likelihood)\b(?: of (?:it|one|that|this|an? (?:type (?:ii|2|two) )?error))? (?:is|equals|=|gives|is called|is known as) (?:the |its |called )?(?:statistical )?power\b(?! ?(?:-|minus|'s complement))]],
      [[\b(?:probability|chance|rate|likelihood) of (?:a |making a |committing a )?type (?:ii|2|two) errors?\b[^.;]{0,10}\b(?:is|equals|=) (?:the |its )?(?:statistical )?power\b(?! ?(?:-|minus))]],
      [[(?<!- )(?<!-)(?<!minus )\b(?:β|beta)\b(?:(?!\b1 ?-|\bone minus\b|\bminus\b|\bnot\b|n't\b|\bcomplement\b)[^.;]){0,20}\b(?:is|=|equals|is called|is known as) (?:the )?(?:statistical |test'?s? )?power\b(?= of (?:the |a |your )?(?:test|experiment|study)\b|\s*(?:[.;,:)]|$))]],
      [[\bpower\b(?:(?!\bavoid\w*|\bnot\b|n't\b|\bone minus\b|\b1 ?-|\bminus\b|\bcomplement\b|\bwithout\b|\bno\b)[^.;]){0,15}\b(?:is|=|equals|means) (?:the )?(?:probability|chance|rate|likelihood) of (?:a |making a |committing a )?type (?:ii|2|two) errors?\b]],
    },
    feedback = "Power is the probability of rejecting a false null, 1 − β; the Type II error rate is β = 1 − power, so "
      .. "80% power means a 20% chance of missing a real effect.",
  },
  {
    name = "Adam said to be invariant to the learning rate",
    patterns = {
      [[\b(?:adam\w*|rmsprop|adagrad|adaptive (?:optimi[sz]ers?|methods?|learning[- ]rate methods?))\b(?:(?!\bnot\b|n't\b|\bnever\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\bsgd\b)[^.;]){0,100}\b(?:is |are |being |makes? it |becomes? )?invariant to (?:the )?(?:choice of (?:the )?)?(?:(?:global |base )?learning rates?|lr|step sizes?)\b]],
      [[\badam\w*\b(?:(?!\bnot\b|n't\b|\bnever\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\bsgd\b|\bstill\b|\bless\b)[^.;]){0,60}\bdefault\b[^.;]{0,30}\b(?:is )?(?:guaranteed|certain|sure) to (?:converge|work)\b]],
    },
    feedback = "Adam's step is invariant to rescaling the gradients, not to the learning rate: each parameter still "
      .. "moves by about η per step, so η still has to be tuned (often with a schedule and warm-up), and no "
      .. "default is guaranteed to converge for every model.",
  },
  {
    name = "Platt scaling and isotonic regression swapped",
    patterns = {
      [[(?<!unlike )\bisotonic(?: regression| calibration)?\b(?:(?!\bplatt\b|\bnot\b|n't\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\binstead\b|\brather\b|\bthan\b)[^.;]){0,30}\b(?:fits?|is|uses?|learns?) (?:a |one |just a |only a )?(?:single )?(?:sigmoid|logistic (?:curve|function)|parametric)\b]],
      [[(?<!unlike )\bplatt(?: scaling)?\b(?:(?!\bisotonic\b|\bnot\b|n't\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\binstead\b|\brather\b|\bthan\b)[^.;]){0,30}\b(?:is|fits?|uses?|learns?) (?:a |the |an )?(?:non-?parametric|(?:piecewise[- ]constant |monotone |monotonic )?step[- ]function|piecewise[- ]constant)\b]],
      [[(?<!unlike )\bisotonic(?: regression| calibration)?\b(?:(?!\bplatt\b|\bnot\b|n't\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\binstead\b|\brather\b|\bthan\b|\boverfit\w*)[^.;]){0,40}\b(?:the )?(?:safe|safer|better|best|right|preferred|natural) (?:choice |option |method )?(?:for|with|on|when you have) (?:small|tiny|few|little|limited)\b]],
    },
    feedback = "Platt scaling fits a sigmoid to the scores (two parameters), the safe choice for a small calibration "
      .. "set; isotonic regression fits a non-parametric monotone step function, which needs more data and "
      .. "overfits a small one.",
  },
  {
    name = "cross-entropy said to minimise the reverse KL",
    patterns = {
      [[(?<!unlike )\b(?:cross-?entropy|log[- ]?loss|negative log-?likelihood|maximum likelihood|mle)\b(?:(?!\bnot\b|n't\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\brather than\b|\binstead of\b|\bforward\b|\bgans?\b|\bvariational\b|\belbo\b|\bvi\b|,)[^.;]){0,40}\b(?:minimi[sz]\w*|equivalent to|the same as|amounts to|is) (?:minimi[sz]ing )?(?:the )?(?:reverse kl|kl ?\( ?(?:the )?model ?(?:\|\||‖|,) ?(?:the )?data ?\))]],
      [[\b(?:cross-?entropy|log[- ]?loss|negative log-?likelihood)\b(?:(?!\bforward\b|\bvariational\b|\belbo\b|\bgans?\b|\bvi\b|\bnot\b|n't\b)[^;]){0,200}?\bminimi[sz]ing (?:it|this)\b(?:(?!\bnot\b|n't\b)[^.;]){0,10}\b(?:is )?(?:the same as|equivalent to|equals?)\b[^.;]{0,20}\breverse kl\b]],
      [[(?<!unlike )\b(?:cross-?entropy|forward kl)\b(?:(?!\bnot\b|n't\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\breverse\b|\bgans?\b|,)[^.;]){0,30}\b(?:is |are )?mode-?seeking\b]],
      [[\bforward kl ?(?:\( ?p ?(?:\|\||‖|,) ?q ?\))?,? (?:the one (?:that )?(?:maximum likelihood|mle|cross-?entropy) minimi[sz]es,? )?(?:is )?mode-?seeking\b]],
      [[\breverse kl\b(?:(?!\bnot\b|n't\b|\bforward\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,50}\b(?:is |are )?(?:mass-?covering|mode-?covering|zero-?avoiding)\b]],
    },
    feedback = "Minimising cross-entropy (maximum likelihood) minimises the forward KL, KL(data ‖ model), which is "
      .. "mass-covering: the model must put probability wherever the data has it. The reverse KL, KL(model ‖ data), "
      .. "is the mode-seeking one (as in variational inference).",
  },
  {
    name = "top-p said to keep a fixed share of the vocabulary",
    patterns = {
      [[\b(?:top-?p|nucleus)\b(?:(?!\bnot\b|n't\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\bmass\b|\bcumulative\b)[^.;]){0,40}\b(?:keeps?|samples? from|takes?|selects?|uses?|restricts? (?:sampling |it )?to) (?:the )?(?:top |first )?(?:p ?(?:·|\*|×|x) ?\|v\||(?:a |the )?(?:fixed )?(?:fraction|share|proportion|percentage) (?:p )?of (?:the )?vocab\w*|p (?:percent|fraction) of (?:the )?vocab\w*|\d+ ?% of (?:the )?vocab\w*)]],
      [[\b(?:top-?p|nucleus)\b(?:(?!\bnot\b|n't\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\bmass\b|\bcumulative\b|\badaptive\b|\bdynamic\w*)[^.;]){0,80}\btop-?k with (?:a )?k (?:set )?(?:proportional\w*|= ?p ?(?:·|\*|×|x|times) ?(?:\|v\||the vocab\w*)|equal to p times the vocab\w*)]],
    },
    feedback = "Top-p (nucleus) sampling keeps the smallest set of most likely tokens whose cumulative probability "
      .. "reaches p; how many that is changes with each step's distribution, so it is not a fixed share of the "
      .. "vocabulary.",
  },
  {
    name = "bagging said to suit stable, high-bias learners",
    patterns = {
      [[\bbagging\b(?:(?!\bnot\b|n't\b|\bboost\w*|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\bnever\b|\bpoorly\b|\blittle\b)[^.;]){0,30}\b(?:works? (?:best|well)|is (?:best|most effective|ideal)|helps? (?:the )?most|suits?)\b[^.;]{0,10}\b(?:with|for|on) (?:\w+ ){0,2}(?:stable|high-?bias|low-?variance)\b]],
      [[\bdeep (?:decision )?trees\b(?:(?!\bnot\b|n't\b)[^.;]){0,20}\b(?:are |is )?(?:a )?(?:poor|bad|weak|wrong) (?:fit|choice|match|candidates?) for bagging\b]],
    },
    feedback = "Bagging reduces variance, so it helps unstable, high-variance learners such as deep trees; averaging "
      .. "stable or high-bias models (linear models, stumps) changes little, and reducing bias is boosting's job.",
  },
  {
    name = "concept drift said to show without labels",
    patterns = {
      [[\b(?:shift|change|drift)s? in (?:the )?(?:model'?s? )?(?:predictions?|predicted|outputs?|scores?)(?: (?:distribution|scores?|probabilit\w*))?\b(?:(?!\bnot\b|n't\b|\bnever\b|\bonly\b|\bdata drift\b|\bcovariate\b|\binputs?\b|\bproxy\b|\baccura\w*|\berrors?\b|\bperformance\b|\bquality\b|\bcalibration\b|\blabels?\b|\bresiduals?\b|\bvs\b|\bversus\b|\bagainst\b|\bactuals?\b|\boutcomes?\b)[^.;]){0,20}\b(?:catch|catches|detect|detects|reveal|reveals|shows?|signals?|flags?|indicates?|means?) (?:a |the )?concept drift\b]],
      [[\bconcept drift\b[^.;]{0,60}[.;] (?:both|either|each)\b(?:(?!\bnot\b|n't\b)[^.;]){0,30}\b(?:label-?free|without (?:any )?(?:ground[- ]truth |true )?labels)\b]],
      [[\bconcept drift\b(?:(?!\bnot\b|n't\b|\bnever\b|\bcannot\b|\bonly\b|\bneeds?\b|\brequires?\b|\bwhile\b|\bwhereas\b|\bbut\b|\bprox(?:y|ies)\b|\bdelayed\b)[^.;]){0,30}\b(?:can be |is )?(?:detected|monitored|caught|spotted)\b (?:label-?free|without (?:any )?(?:ground[- ]truth |true )?labels)\b]],
      [[\b(?:shift|change) in the (?:input-output|input[- ]to[- ]output|x-y|x-to-y|feature-label|feature-target) (?:relationship|mapping)\b[^.;]{0,20}\b(?:always|will|must|necessarily) (?:shows? up|appears?|is visible|be visible|shows?)\b[^.;]{0,20}\b(?:shifts?|changes?) in the (?:feature|input)]],
      [[(?:^|(?<=[.;:!?]) )(?:(?!\bprox(?:y|ies)\b|\bif\b|\bwhen\b|\bonly\b)[^.;?]){0,80}\K\b(?:don't|do not|doesn't|does not|no) need (?:to wait for |any )?(?:the )?labels to (?:detect|catch|spot|see|notice) concept drift\b(?![^.;]{0,30}\b(?:if|when|proxy|proxies|as long as)\b)]],
    },
    feedback = "Concept drift is a change in P(y | x): with the inputs unchanged, the features and the model's "
      .. "predictions (a function of the inputs alone) do not move, so it shows only against labels or a proxy for "
      .. "them; label-free monitoring of features and predictions catches data drift.",
  },
  {
    name = "the test set said to need the training set's size to be unbiased",
    patterns = {
      [[\btest (?:set|split)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bneed not\b)[^.;]){0,40}\b(?:has|have|must|needs?|should) (?:to )?be (?:the )?same size as (?:the )?train\w*]],
      [[\bwith an? \d+ ?/ ?\d+ split,? the test (?:error|score|estimate|accuracy)\b[^.;]{0,10}\b(?:is|comes out) (?:systematically )?(?:too )?optimistic(?:ally biased)?\b]],
    },
    feedback = "A held-out test set gives an unbiased estimate of the trained model's error whatever its size; a "
      .. "small test set makes the estimate noisier (higher variance), not biased.",
  },
  {
    name = "a high AUC said to show calibration",
    patterns = {
      [[\b(?:high|good|great|strong) (?:roc[- ])?auc\b(?:(?!\bnot\b|n't\b|\bnever\b|\bunless\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,30}\b(?:tells?|shows?|means?|implies|proves?|guarantees?|says?|confirms?)\b(?:(?!\bnothing\b|\bnot\b|n't\b|\bwhether\b|\bif\b|\bno\b|\bunless\b|\band\b|\bwhile\b|\bbut\b|\bece\b|\bbrier\b|\breliability\b|\bneed\w*)[^.;]){0,30}\b(?:well[- ]calibrated|calibrated|calibration is good)\b]],
      [[(?<!unlike )\b(?:roc[- ])?auc\b(?:(?!\bnot\b|n't\b|\bnever\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\bbrier\b|\bece\b|\blog[- ]?loss\b|\breliability\b|,)[^.;]){0,20}\b(?:measures?|captures?|checks?|evaluates?|tests?|assesses?) (?:the )?(?:model'?s? )?calibration\b]],
      [[\b(?:well[- ]calibrated|calibrated|perfectly calibrated) (?:model|classifier)s? (?:has|have|shows?|gets?|gives?|scores?) (?:an? )?(?:roc[- ])?auc (?:close to|near|of|around|approaching|near to) (?:1|one)\b]],
      [[\b(?:check|measure|assess|test|evaluat|verify)\w* (?:the )?(?:model'?s? )?calibration\b(?:(?!\bnot\b|n't\b|\bnever\b|\bbrier\b|\bece\b|\breliability\b|\bdiagram\b|\bwhile\b|\bbut\b|\bwhereas\b|\balongside\b|\bbesides\b|\band\b|\bdiscrimination\b|\branking\b)[^.;]){0,25}\b(?:with|using|via|by|through|from) (?:the )?(?:roc[- ])?auc\b]],
      [[\bcalibrat\w*\b[^.;]{0,60}\b(?:simplest|easiest|best|standard|usual) way to (?:check|measure|assess|test) (?:it|calibration) is (?:the |to (?:compute|use|look at) the )?(?:roc[- ])?auc\b]],
      [[\bif the (?:roc[- ])?auc is (?:high|above|over|at least)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,30}\b(?:the )?(?:scores|probabilities|model|predictions) (?:are|is) (?:well[- ])?calibrated\b]],
    },
    feedback = "AUC depends only on how the scores rank positives above negatives, and any monotone rescaling "
      .. "keeps it, so a high AUC says nothing about calibration: check that with a reliability diagram, ECE or "
      .. "the Brier score.",
  },
  {
    name = "dropout's rescaling said to correct the gradients",
    patterns = {
      [[\b(?:scal\w*|rescal\w*|divid\w*|1 ?/ ?\(1 ?- ?p\))[^.;]{0,30}\bdropout\b(?:(?!\bnot\b|n't\b|\bnever\b)[^.;]){0,30}\b(?:exists?|is there|is used|is needed|serves?|is meant) (?:to|for) (?:fix|correct|compensat\w*|restor\w*|rescal\w*|boost)\w* (?:for )?(?:the )?(?:gradients?|gradient norms?|learning rate|training speed)\b]],
      [[\bdropout'?s?\b[^.;]{0,20}\b(?:scal\w*|rescal\w*)\b(?:(?!\bnot\b|n't\b|\bnever\b)[^.;]){0,30}\b(?:exists?|is there|is used|is needed|serves?|is meant) (?:to|for) (?:fix|correct|compensat\w*|restor\w*|rescal\w*|boost)\w* (?:for )?(?:the )?(?:gradients?|gradient norms?|learning rate|training speed)\b]],
      [[\b(?:scal\w*|rescal\w*)\b(?:(?!\bnot\b|n't\b|\bnever\b)[^.;]){0,30}\bacts? as a learning[- ]rate correction\b]],
      [[\bdropout\b[^.]{0,200}\b(?:scaling|rescaling|division|dividing) (?:restores?|fixes?|corrects?|boosts?) (?:the )?gradients?(?: magnitudes?| norms?| scale| sizes?)?\b]],
      [[\bdropout\b[^.]{0,200}\b(?:masked|dropped|zeroed|missing) (?:units|neurons|activations)\b[^.;]{0,30}\b(?:would |otherwise )*(?:make|cause) (?:the )?gradients? (?:to )?vanish\b]],
    },
    feedback = "Inverted dropout divides the kept activations by 1 − p so that their expected value in training "
      .. "matches test time, when nothing is dropped; it is not a gradient or learning-rate correction.",
  },
  {
    name = "leakage said to favour the temporal split",
    patterns = {
      [[\bleak\w*\b(?:(?!\bnot\b|n't\b|\bno\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,60}\b(?:temporal|time-based|out-of-time|chronological) split\b(?:'s)?(?: (?:auc|score|accuracy|metrics?|performance|results?))?(?: (?:comes out|is|will be|looks|turns out|would be))? (?:noticeably |much |clearly |significantly )?(?:higher|better) than (?:the |a |on the |with the |under the |with a )?random\b]],
    },
    feedback = "Leakage of future or duplicated information inflates a random split's score: when a random split scores "
      .. "clearly above a strict temporal split, suspect leakage (or drift); a leak does not make the temporal "
      .. "split score higher.",
  },
  {
    name = "LSTM gates said to fix exploding gradients",
    patterns = {
      [[(?<!clipping and )(?<!clipping or )\b(?:lstms?|grus?|gates?)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bvanish\w*|\bwhile\b|\bwhereas\b|\bbut\b|\bonly\b|\bclip\w*)[^.;]){0,40}\b(?:fix|fixes|solve|solves|prevent|prevents|eliminate|eliminates|cure|cures|stop|stops) (?:the )?(?:problem of )?exploding gradients?\b]],
      [[\b(?:lstms?|grus?)\b(?:(?!\bnot\b|n't\b|\bstill\b|\bwhile\b|\bwhereas\b|\bbut\b|\bvanish\w*)[^.;]){0,100}\b(?:don't|do not|no longer) need (?:gradient )?clipping\b]],
      [[\b(?:lstms?|grus?)\b(?:(?!\bnot\b|n't\b|\bstill\b|\bwhile\b|\bwhereas\b|\bbut\b|\bonly\b|\bpartly\b|\bmostly\b|\blargely\b)[^.;]){0,40}\b(?:remove|removes|eliminate|eliminates|solve|solves|fix|fixes|cure|cures|prevent|prevents) both (?:the )?vanishing and exploding gradients?\b]],
      [[\bnever need (?:gradient )?clipping (?:with|for|in|on) (?:an? )?(?:lstms?|grus?)\b]],
    },
    feedback = "LSTM and GRU gates ease vanishing gradients (the additive cell path); they do not bound exploding ones, "
      .. "so recurrent nets are still trained with gradient clipping.",
  },
  {
    name = "k-means said to model full covariances",
    patterns = {
      [[(?<!unlike )\bk-?means\b(?:(?!\bnot\b|n't\b|\bnever\b|\bno\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\bgmms?\b|\bgaussian mixture\w*|\bem\b|\bspherical\b|\bisotropic\b|\bidentity\b|\bequal\b|\bshared\b)[^.;]){0,60}\b(?:models?|assumes?|fits?|learns?|estimates?|handles?|captures?|allows?|uses?)\b[^.;]{0,40}\bfull covariances?\b]],
      [[\bk-?means\b[^.;]{0,100}[.;] (?:it|this|the algorithm|the method)\b(?:(?!\bnot\b|n't\b|\bno\b|\bspherical\b|\bisotropic\b|\bidentity\b|\bshared\b)[^.;]){0,20}\bassumes?\b(?:(?!\bnot\b|n't\b|\bno\b|\bspherical\b|\bisotropic\b|\bidentity\b|\bshared\b)[^.;]){0,50}\bfull covariances?\b]],
      [[(?<!unlike )\bk-?means\b(?:(?!\bnot\b|n't\b|\bnever\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\bgmms?\b|\bgaussian mixture\w*|\bfails?\b|\bstruggles?\b|\bpoorly\b|\bbadly\b|\bwrong\w*|\bsplit\w*)[^.;]){0,40}\b(?:handles?|copes? with|works? (?:well |fine )?(?:on|with|for)|recovers?) (?:\w+ ){0,2}(?:elongated|tilted|elliptical|anisotropic|non-?spherical|stretched)\b(?![^.;]{0,30}\b(?:poorly|badly|only|if|when|after|once)\b)]],
    },
    feedback = "K-means assigns each point to the nearest centroid by Euclidean distance, which amounts to equal, "
      .. "spherical clusters (a Gaussian mixture with one shared isotropic covariance); elongated or tilted "
      .. "clusters need a Gaussian mixture with full covariances, or a transform of the data.",
  },
  {
    name = "the optima of MAE and MSE swapped",
    patterns = {
      [[(?<!unlike )(?<!than )\b(?:mae|mean absolute error|l1 loss|absolute (?:error|loss))\b(?:(?!\bnot\b|n't\b|\bwhile\b|\bwhereas\b|\bbut\b|\bunlike\b|\bmse\b|\brmse\b|\bsquared\b|\bl2\b|,|\band\b)[^.;]){0,30}\b(?:(?:is )?minimi[sz]ed by|(?:is )?optimi[sz]ed by|(?:is )?optimal for|targets?|recovers?) (?:the )?(?:conditional |sample )?mean\b(?!\s(?:absolute|squared|error|deviation))]],
      [[(?<!unlike )(?<!than )\b(?:rmse|mse|mean squared error|squared (?:error|loss)|l2 loss)\b(?:(?!\bnot\b|n't\b|\bwhile\b|\bwhereas\b|\bbut\b|\bunlike\b|\bmae\b|\babsolute\b|\bl1\b|\bquantile\b|\bpinball\b|,|\band\b)[^.;]){0,30}\b(?:(?:is )?minimi[sz]ed by|(?:is )?optimi[sz]ed by|(?:is )?optimal for|targets?|recovers?) (?:the )?(?:conditional |sample )?median\b]],
      [[\b(?:and|while|whereas) (?:the )?(?:rmse|mse|squared error) by the (?:conditional )?median\b]],
      [[\bminimi[sz]\w* (?:the )?(?:rmse|mse|mean squared error|squared (?:error|loss)|l2 loss)\b(?:(?!\bnot\b|n't\b|\bmae\b|\babsolute\b|,)[^.;]){0,20}\b(?:gives?|yields?|returns?|produces?|leads to|recovers?|finds?) (?:you )?(?:the )?(?:conditional |sample )?median\b]],
      [[\bminimi[sz]\w* (?:the )?(?:mae|mean absolute error|absolute (?:error|loss)|l1 loss)\b (?:(?:gives?|yields?|returns?|produces?|recovers?|finds?) (?:you )?)?the (?:conditional |sample )?mean\b(?!\s(?:absolute|squared|error|deviation))]],
    },
    feedback = "Squared error (MSE, RMSE) is minimised by the conditional mean; absolute error (MAE) by the "
      .. "conditional median.",
  },
  {
    name = "standardised features said to make cosine and Euclidean agree",
    patterns = {
      [[(?<!n't )(?<!not )\b(?:standardi[sz]\w*|standardscaler|z-scor\w*)\b(?:(?!\bnot\b|n't\b|\bunit[- ](?:norm|length)\b|\bl2\b|\brows?\b|\bnormali[sz]\w*)[^.;]){0,80}\bcosine and euclidean\b(?:(?!\bnot\b|n't\b)[^.;]){0,30}\b(?:give|are|rank|agree|yield|return|produce)\w*\b[^.;]{0,20}\b(?:same|identical|equivalent)\b]],
      [[\bcosine and euclidean\b(?:(?!\bnot\b|n't\b|\bunit\b|\bnormali[sz]\w*|\brows?\b)[^.;]){0,40}\b(?:same|identical|equivalent)\b[^.;]{0,40}\b(?:after|once|if|when) (?:you )?(?:standardi[sz]\w*|z-scor\w*|apply\w* (?:a )?standardscaler)]],
      [[\bafter (?:standardi[sz]\w*|standardscaler|z-scor\w*)\b[^.;]{0,30}\bchoice (?:between cosine and euclidean )?(?:doesn't|does not) matter\b]],
    },
    feedback = "Cosine and Euclidean distance rank neighbours the same when every vector (row) is L2-normalised to "
      .. "unit length; standardising each feature (column) to zero mean and unit variance does not give that.",
  },
  {
    name = "one-hot inputs said to block backpropagation",
    patterns = {
      [[(?<!sampled )(?<!sampling )\bone-?hot (?:vectors|inputs|encodings|features|representations|columns)\b(?:(?!\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\bsampl\w*|\bargmax\b|\bgumbel\b|\bstraight-through\b|\bthough\b|\beven\b|\bdiscrete latent)[^.;]){0,60}\b(?:aren't|are not|not|non-?)[- ]?differentiable\b(?:(?!\bbut\b|\bstill\b|\byet\b|\bhowever\b|\bweights?\b)[^.;]){0,20}\b(?:so|and|hence|therefore|thus)\b[^.;]{0,10}\b(?:can't|cannot|can not|couldn't)\b[^.;]{0,30}\b(?:backprop\w*|gradient|neural|network|net|trained)]],
      [[\bone-?hot\b(?:(?!\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\bsampl\w*|\bargmax\b|\bgumbel\b|\bif\b)[^.;]){0,60}\b(?:can't|cannot|can not) be (?:fed|used|input|passed|given)(?: directly)? (?:in)?to (?:a |the |any )?(?:neural (?:network|net)|network)\b(?![^.;]{0,30}\b(?:efficient\w*|practical\w*|cheaply|at scale|without|as is)\b)]],
    },
    feedback = "One-hot inputs work with backpropagation: the gradient is taken with respect to the weights, not the "
      .. "inputs, and an embedding layer is exactly a linear layer applied to the one-hot vector. Embeddings are "
      .. "used because they are dense and compact and put similar items close.",
  },
  {
    name = "RoPE said to extrapolate to any length",
    patterns = {
      [[\brope\b(?:(?!\bnot\b|n't\b|\bnever\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\bonly\b|\bntk\b|\byarn\b|\binterpolat\w*|\bscaling\b|\bextension\b|\bin principle\b|\bformally\b)[^.;]){0,100}\b(?:works?|generali[sz]es?|extrapolates?|runs?|scales?|transfers?)\b (?:\w+ ){0,2}(?:out of the box )?(?:to|at|on) (?:any|arbitrary|unlimited) (?:context )?lengths?(?![^.;]{0,40}\b(?:but|in principle|although|though|degrad\w*|only|with (?:interpolation|scaling))\b)]],
      [[\brope\b(?:(?!\bnot\b|n't\b|\bnever\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\bonly\b|\bntk\b|\byarn\b|\binterpolat\w*|\bscaling\b|\bextension\b|\bin principle\b|\bformally\b)[^.;]){0,100}\bextrapolates? (?:\w+ ){0,2}to (?:any|arbitrary|unlimited) (?:sequence |input )lengths?\b(?![^.;]{0,40}\b(?:but|in principle|although|though|degrad\w*|with (?:interpolation|scaling))\b)]],
      [[\b(?:purely|fully|entirely) relative\b(?:(?!\bnot\b|n't\b|\bbut\b)[^.;]){0,20}\bextrapolates? (?:\w+ ){0,2}to (?:any|arbitrary|unlimited) (?:context |sequence |input )?lengths?\b(?![^.;]{0,40}\b(?:but|in principle|although|though|degrad\w*|with (?:interpolation|scaling))\b)]],
    },
    feedback = "RoPE encodes relative position, but a model trained at one context length degrades on longer ones, "
      .. "where rotation angles it never saw in training appear; going longer takes position interpolation, NTK "
      .. "or YaRN scaling, usually with some fine-tuning.",
  },
  {
    name = "the GAN discriminator trained to convergence before each generator step",
    patterns = {
      [[\b(?:train|training|trains|optimi[sz]\w*|fit|fits|fitting)\b (?:the )?discriminator\b(?:(?!\bnot\b|n't\b|\bnever\b|\bwgan\w*|\bcritic\b|\bwasserstein\b)[^.;]){0,15}\b(?:to|until) (?:full )?(?:convergence|optimality|optimum|it converges)\b[^.;]{0,30}\b(?:before|between) (?:every|each|any) (?:generator|g)\b(?![^.;]{0,60}\b(?:wgan|wasserstein|critic)\b)]],
    },
    feedback = "A discriminator trained to optimality before each generator step leaves the generator with "
      .. "vanishing gradients (the minimax loss log(1 − D(G(z))) goes flat) or unstable ones (the non-saturating "
      .. "loss); keep the two in balance, a few discriminator steps per generator step at most (a Wasserstein "
      .. "critic, trained further, is the exception).",
  },
  {
    name = "perplexity said to depend on the log base",
    patterns = {
      [[\bperplexit\w*\b(?:(?!\bsame\b|\bcancels?\b|\binvariant\b|\bindependent\b|\bunchanged\b|\bdoesn't\b|\bdoes not\b|\bcross-?entropy\b)[^.;]){0,80}\bbecause\b[^.;]{0,40}\blog(?:arithm)?s? (?:base|in base) 2\b[^.;]{0,40}\b(?:natural log\w*|ln|base e)\b]],
      [[\bperplexit\w*\b(?:(?!\bnot\b|n't\b|\bnever\b|\bsame\b|\bcancels?\b|\binvariant\b|\bindependent\b|\bunchanged\b|\bcross-?entropy\b|\bbits\b|\bnats\b)[^.;]){0,30}\bdepends? on (?:the )?(?:log(?:arithm)? base|base of the log\w*)\b]],
      [[\b(?:(?:cannot|can't|can not) (?:compare|be compared)|(?:not|isn't|aren't|never) comparable|incomparable)\b(?:(?!\bsame\b|\bcancels?\b|\binvariant\b|\bindependent\b|\bunchanged\b|\bcross-?entropy\b)[^.;]){0,60}\bbecause\b[^.;]{0,40}\blog(?:arithm)?s? (?:base|in base) 2\b[^.;]{0,40}\b(?:natural log\w*|ln|base e)\b]],
    },
    feedback = "Perplexity does not depend on the log base: 2 to the cross-entropy in bits equals e to the "
      .. "cross-entropy in nats. Models with different tokenisers cannot be compared because the units averaged "
      .. "over differ in number and size; normalise per character or byte (bits per byte) instead.",
  },
  {
    name = "retrieval said to solve hallucination",
    patterns = {
      [[\b(?:grounded|grounding|retrieval|rag|in the context)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bonly\b|\bpartly\b|\bpartially\b|\breduc\w*|\bless\w*|\bmitigat\w*|\bhelps?\b|\bstill\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,40}\bhallucinations? (?:is|are|becomes?) (?:basically |essentially |largely |mostly |effectively |completely |fully )?(?:solved|eliminated|gone|impossible|a thing of the past)\b]],
      [[\b(?:rag|retrieval[- ]augment\w*|grounding)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bonly\b|\breduc\w*|\bless\w*|\bmitigat\w*|\bhelps?\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,40}\b(?:eliminates?|solves?|rules? out|prevents? all|removes? all) (?:the )?(?:problem of )?hallucinations?\b]],
    },
    feedback = "Retrieval grounds the model but does not stop it hallucinating: it can ignore, misread or contradict "
      .. "the retrieved text or add unsupported claims, so generation needs its own checks (faithfulness, "
      .. "citations) besides retrieval monitoring.",
  },
  {
    name = "IPS said to guarantee that offline and online results agree",
    patterns = {
      [[\b(?:ips|inverse propensity (?:scoring|weighting)|propensity weighting|counterfactual evaluation|off-?policy evaluation)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bonly\b|\bif\b|\bunless\b|\bwhile\b|\bwhereas\b|\bbut\b|\bapprox\w*|\breduc\w*)[^.;]){0,80}\b(?:(?:offline and online|online and offline)(?: (?:metrics|results|numbers|evaluations?))? (?:are|will be|is) guaranteed to (?:agree|match|line up|coincide)|guarantees? (?:that )?(?:the )?(?:offline and online|online and offline)(?: (?:metrics|results|numbers))? (?:agree|match|line up|coincide)|guarantees? (?:that )?(?:the )?offline (?:results?|metrics?|numbers?) (?:will )?(?:match|equal|agree with) (?:the )?online|(?:the )?offline (?:results?|metrics?|numbers?|estimates?) (?:are|is|will be) guaranteed to (?:match|equal|agree with|predict) (?:the )?online)\b]],
    },
    feedback = "IPS is unbiased only with correct logged propensities and full support, and even then has high "
      .. "variance; it does not remove serving skew, feedback effects or the gap between the offline metric and the "
      .. "online goal, so offline and online results can still disagree.",
  },
  {
    name = "pretrained features said to be invariant to domain shift",
    patterns = {
      [[\bpre-?trained (?:features|representations|models?|networks?|backbones?|embeddings|cnns?|weights)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bpartly\b|\bpartially\b|\bsomewhat\b|\bmore\b|\bonly\b|\bwhile\b|\bwhereas\b|\bbut\b|\bfairly\b|\brelatively\b)[^.;]){0,20}\b(?:are|is) (?:fully |completely |already )?(?:invariant|immune|insensitive) to (?:\w+ ){0,2}(?:lighting|cameras?|domains?|distribution|sensors?|background|shift)\b]],
    },
    feedback = "Pretrained features shift with lighting, cameras and other domain changes (ImageNet features are not "
      .. "invariant to them), so validate on data from the new line or camera and split by it, not by random images.",
  },
  {
    name = "PCA's eigenvector solution said to need standardised features",
    patterns = {
      [[\b(?:eigen\w*|principal (?:components?|directions?)|max\w*[- ]variance|pca)\b(?:(?!\bnot\b|n't\b|\bnever\b|\binterpret\w*|\bcompar\w*|\bmeaning\w*|\bloadings?\b|\bcoefficients?\b)[^.;]){0,60}\bonly holds? (?:if|when) (?:each|every|all|the) (?:features?|variables?|columns?) (?:is|are) (?:first )?standardi[sz]ed\b]],
      [[\b(?:eigen\w*|principal (?:components?|directions?)|pca)\b[^;]{0,120}?\b(?:this|the) (?:result|derivation|solution)\b(?:(?!\bnot\b|n't\b|\bnever\b)[^.;]){0,20}\bonly holds? (?:if|when) (?:each|every|all|the) (?:features?|variables?|columns?) (?:is|are) (?:first )?standardi[sz]ed\b]],
      [[\bwithout standardi[sz]\w*,? (?:the )?(?:max\w*[- ]variance direction|first principal (?:component|direction)|principal components?)\b[^.;]{0,20}\b(?:is|are) not (?:an? |the )?eigenvectors?\b]],
    },
    feedback = "The eigenvector result holds for any covariance matrix: the unit direction maximising wᵀΣw is its "
      .. "top eigenvector, standardised or not. Standardising changes which matrix is decomposed (the correlation "
      .. "instead of the covariance) and so the answer, not whether the result holds.",
  },
  {
    name = "the Type II error rate written as 1 − α",
    patterns = {
      [[\btype (?:ii|2|two) error(?: rate| probability)?(?: \((?:beta|β)\))? (?:is|=|equals) (?:just |simply |always )?1 ?[-−] ?(?:alpha\b|α)]],
      [[\bcomplementary\b[^.;]{0,40}(?:\bbeta|β) ?(?:=|is|equals) ?1 ?[-−] ?(?:alpha\b|α)]],
      [[(?:\bbeta|β) ?= ?1 ?[-−] ?(?:alpha\b|α)(?:[^.;]|(?<=\d)\.(?=\d)){0,60}\b(?:9\d ?%|0?\.9\d) (?:chance|probability|risk) of (?:missing|a type (?:ii|2) error|failing to (?:detect|reject))]],
      [[\b(?:alpha|α) ?= ?0?\.05\b[^.;]{0,30}\b95 ?% (?:chance|probability|risk) of (?:missing|not detecting|failing to detect|a type (?:ii|2) error)\b]],
    },
    feedback = "α and β are not complements: α is the chance of rejecting a true null, β the chance of "
      .. "missing a real effect, under different hypotheses; β depends on the effect size, the sample size and "
      .. "α, and power is 1 − β.",
  },
  {
    name = "the KV cache said to save memory",
    patterns = {
      [[(?:^|(?<![a-z]\.[a-z]\.)(?<=[.;:!?]) )(?:(?!\bquanti[sz]\w*|\bcompress\w*|\bpaged\b|\bgqa\b|\bmqa\b|\bgrouped\b|\bmulti-query\b|\bevict\w*|\bsliding\b|\boffload\w*|\bshar\w*|\bprun\w*|\bshrink\w*|\breduc\w*|\bsmaller\b)[^.;?]){0,80}\K\bkv[- ]cach\w*\b(?:(?!\bnot\b|n't\b|\bnever\b|\bquanti[sz]\w*|\bcompress\w*|\bpaged\b|\bgqa\b|\bmqa\b|\bgrouped\b|\bmulti-query\b|\bevict\w*|\bsliding\b|\boffload\w*|\bshar\w*|\bprun\w*)[^.;:]){0,20}\b(?:is|as) (?:mainly |mostly |primarily |chiefly |essentially |really |basically )*(?:a )?memory[- ](?:saving|saver|optimi[sz]ation|reduction)\b]],
      [[\bkv[- ]cach\w*\b[^.;]{0,80}\binstead of (?:keeping|storing|holding) (?:that |the )?(?:full |whole |entire )?(?:n ?(?:x|×|by) ?n )?attention (?:matrix|scores)\b[^.;]{0,60}\b(?:memory (?:use|usage|footprint) (?:drops|falls|goes down|shrinks|decreases)|saves? memory)\b]],
    },
    feedback = "The KV cache trades memory for compute: it stores the keys and values of every past token "
      .. "(memory that grows with the context length, the batch size and the number of layers) so that each "
      .. "generation step does not recompute them for the whole prefix.",
  },
  {
    name = "paraphrased training items used to show generalisation",
    patterns = {
      [[\b(?:rephras|paraphras|reword|rewrit)\w*\b[^.;]{0,40}\b(?:of )?(?:the |our )?training (?:questions|examples|items|data|pairs|set|prompts)\b(?:(?!\bnot\b|n't\b)[^.;]){0,80}\b(?:shows?|proves?|demonstrates?|confirms?|tells? (?:us|you)|means?) (?:that )?(?:it|the model) generali[sz]es\b]],
    },
    feedback = "Paraphrases of training items are near-duplicates of them: a model that memorised the "
      .. "training set can still answer them, so they do not show generalisation; evaluate on items held out "
      .. "before training.",
  },
  {
    name = "NDCG normalised by k",
    patterns = {
      [[\bdivid\w* (?:the )?dcg by (?:k\b|the number of (?:positions|results|items|ranks|documents|slots))]],
      [[\bndcg\s*(?:@ ?k\s*)?=\s*dcg\s*(?:@ ?k\s*)?/\s*k\b]],
      [[\bndcg\b[^.;]{0,40}\bnormali[sz]\w* by (?:k\b|the number of (?:positions|results|items|ranks|documents))]],
    },
    feedback = "NDCG divides DCG@k by the ideal DCG@k (the DCG of the best possible ordering of the same "
      .. "items), which puts it in [0, 1]; dividing by k does not.",
  },
  {
    name = "early stopping said to cut the learning rate",
    patterns = {
      [[\bearly stopping\b(?:(?!\bnot\b|n't\b|\bnever\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\bplateau\w*|\bschedul\w*|\bor\b|\band\b|\bcombin\w*|\balongside\b|\bwith\b|\bplus\b|\banneal\w*|\bcosine\b|\bwarm-?up\b)[^.;]){0,60}\b(?:cuts|reduces|lowers|drops|decays|halves|divides|shrinks) the (?:learning rate|lr|step size)\b]],
      [[\bearly stopping\b(?:(?!\bplateau\w*|\bschedul\w*|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,80}\b(?:improved|improving|improves|improvement)\b[^.;]{0,30}?\K\b(?:it |then |we |you )?(?:cuts|reduces|lowers|drops|decays|halves|divides|shrinks) the (?:learning rate|lr|step size)\b]],
    },
    feedback = "Early stopping ends training when the validation metric stops improving (and keeps the best "
      .. "checkpoint); cutting the learning rate on a plateau is a learning-rate schedule, not early stopping.",
  },
  {
    name = "temperature scaling said to change the accuracy",
    patterns = {
      [[\btemperature scaling\b(?:(?!\bnot\b|n't\b|\bnever\b|\bcannot\b|\bwithout\b|\bleaves?\b|\bkeeps?\b|\bpreserv\w*|\bunchanged\b|\bvector\b|\bmatrix\b)[^.;]){0,60}\b(?:improves?|boosts?|raises?|increases?|changes?|hurts?|lowers?|reduces?|adds?) (?:the )?(?:top-?1 )?accuracy\b]],
      [[\b(?:soften\w*|sharpen\w*|rescal\w*|tempered)\b (?:probabilities|logits|scores)\b[^.;]{0,30}\bchange\w* which class wins\b]],
    },
    feedback = "Temperature scaling divides every logit by one T > 0, which keeps their order: the predicted "
      .. "class, and so accuracy, is unchanged; only the confidence (calibration, log-loss) moves.",
  },
  {
    name = "regularised linear models said not to need feature scaling",
    patterns = {
      [[\b(?:don't|do not|doesn't|does not|no) need\b[^.;]{0,60}\b(?:linear|logistic)(?:/logistic)? regression\b[^.;]{0,20}\beven with (?:an? )?(?:l1|l2|ridge|lasso|regulari[sz]ation|penalt(?:y|ies)|weight decay)\b]],
      [[(?<!without )(?<!\bno )(?<!\bun)\b(?:regulari[sz]ed|regulari[sz]ation|penali[sz]ed|penalty|ridge|lasso|l1|l2)\b(?:(?!\bwithout\b|\bunregulari[sz]ed\b|\bols\b|\bplain\b|\bnot\b|n't\b|\bbut\b|\bwhile\b|\bwhereas\b)[^.;]){0,40}\bcoefficients? (?:just |simply )?(?:rescale|re-scale|adjust|compensate)\w*\b[^.;]{0,40}\bpredictions? (?:are |stay |remain )?(?:unchanged|the same|unaffected)\b]],
      [[\b(?:regulari[sz]ed|penali[sz]ed) (?:linear |logistic )?(?:models?|regression)\b(?:(?!\bnot\b|n't\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,20}\b(?:don't|do not|doesn't|does not) (?:need|require) (?:feature )?(?:scaling|standardi[sz]ation|normali[sz]ation)\b]],
    },
    feedback = "A penalty (L1, L2) treats every coefficient alike, so a feature's units change how much it is "
      .. "penalised and the fit changes with the scale: regularised linear models need standardised features "
      .. "(plain OLS does not).",
  },
  {
    name = "heteroscedasticity said to bias the OLS coefficients",
    patterns = {
      [[\bheteroscedastic\w*\b(?:(?!\bnot\b|n't\b|\bnever\b|\bstandard errors?\b|\bses?\b|\bwhile\b|\bwhereas\b|\bbut\b|\bonly\b|\blogit\b|\bprobit\b|\blogistic\b|\bunbiased\b)[^.;]){0,30}\b(?:biases|biased|bias in|bias) (?:the )?(?:ols |regression )?(?:coefficients?|coefficient estimates|β|estimates of β|slopes?|point estimates)\b]],
      [[\bheteroscedastic\w*\s*(?:->|→|=>|:|gives|causes|means|leads to)\s*biased (?:ols |regression )?(?:coefficients?|coefficient estimates|β|estimates|slopes?)\b]],
    },
    feedback = "Heteroscedasticity leaves the OLS coefficients unbiased (unbiasedness rests on E[ε | X] = 0, "
      .. "not on constant variance); it makes them inefficient and the usual standard errors wrong: use robust "
      .. "(HC) standard errors or weighted least squares.",
  },
  {
    name = "the KL between Gaussians said to have no closed form",
    patterns = {
      [[\bkl\b(?: term| divergence)?(?:(?!\bnot\b|n't\b|\bmixtures?\b|\bgmms?\b|\bflows?\b)[^.;]){0,30}\b(?:has no|lacks a|without a|doesn't have a|does not have a|has no simple|is not available in) (?:closed[- ]form|analytic\w*)\b(?:(?!\bmixtures?\b|\bgmms?\b|\bflows?\b|\bnon-?gaussian\b)[^.;]){0,30}\bgaussians?\b]],
      [[\breparameteri[sz]\w*\b[^.;]{0,60}\b(?:needed|required|necessary|used) because (?:the )?kl\b(?: term| divergence)? (?:has no|lacks a|can't be|cannot be|is not)\b]],
    },
    feedback = "The KL between two Gaussians has a closed form (for the VAE, ½ Σ(μ² + σ² − log σ² − 1)); the "
      .. "reparameterisation trick is needed to pass gradients through the sampling in the reconstruction term.",
  },
  {
    name = "MLE and MAP said to coincide under a Gaussian prior",
    patterns = {
      [[(?:\b(?:mle|maximum likelihood)\b[^.;]{0,15}\band (?:map|maximum a posteriori)\b|\b(?:map|maximum a posteriori)\b[^.;]{0,15}\band (?:mle|maximum likelihood)\b)[^.;]{0,40}\b(?:the same|identical|coincide|equal|agree|same estimate|same answer)\w*\b[^.;]{0,20}\b(?:whenever|when|if|under|with) (?:the )?(?:prior is (?:a |an )?(?:gaussian|normal)|(?:a |an )?(?:gaussian|normal) prior)\b(?![^.;]{0,30}\b(?:wide|flat|broad|infinite\w*|uninformative|vague|diffuse|variance|tends?|goes|→)\b)]],
      [[\b(?:ridge(?: regression)?\b[^.;]{0,10}\band (?:ordinary least squares|ols)|(?:ordinary least squares|ols)\b[^.;]{0,10}\band ridge(?: regression)?)\b (?:agree|coincide|give the same|are (?:the same|identical|equivalent))\b(?![^.;]{0,30}\b(?:λ|lambda|alpha|α|penalty|regulari[sz]\w*|zero)\b)]],
    },
    feedback = "MAP equals MLE under a flat (uniform) prior; a Gaussian prior adds an L2 penalty, so for "
      .. "linear regression MAP is ridge, which differs from OLS whenever λ > 0.",
  },
  {
    name = "Adam's default learning rate given as 0.1",
    patterns = {
      [[\badam(?:'s)?\b(?:(?!\bsgd\b|\bmomentum\b|\bwhile\b|\bwhereas\b|\bbut\b|\bnot\b|n't\b)[^.;]){0,30}\b(?:default|standard|usual|typical|recommended)\b(?:(?!\bsgd\b)[^.;]){0,20}\b(?:lr|learning rate|step size)\b(?: of| is| =| at| to)?\s*(?:=\s*)?(?:0?\.1|1e-1|10\^-1)\b(?!\d)]],
      [[\b(?:default|standard|usual|typical|recommended) (?:lr|learning rate|step size) (?:for|of) adam\b (?:is |of |= ?)?(?:0?\.1|1e-1|10\^-1)\b(?!\d)]],
    },
    feedback = "Adam's default learning rate is 1e-3 (PyTorch, Keras, Kingma & Ba); 0.1 is a typical starting "
      .. "rate for SGD with momentum and is usually far too high for Adam.",
  },
  {
    name = "the lasso given ridge's closed form",
    patterns = {
      [[(?<!unlike )\b(?:l1|lasso)\b(?:(?!\bl2\b|\bridge\b|\bnot\b|n't\b|\bno\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\bloss\b|\bmedian\b|\borthogonal\b|\bsoft[- ]threshold\w*|\bprox\w*)[^.;]){0,30}\bhas (?:a |the )?closed[- ]form\b(?![^.;]{0,40}\b(?:only|orthogonal|orthonormal|soft[- ]threshold\w*|median|single feature|one feature)\b)]],
      [[\b(?:l2|ridge)\b(?:(?!\bl1\b|\blasso\b|\bnot\b|n't\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\bl1\b)[^.;]){0,20}\b(?:needs?|requires?) iterative solvers? (?:like|such as) coordinate descent\b]],
    },
    feedback = "Ridge (L2) has the closed form w = (XᵀX + λI)⁻¹Xᵀy; the lasso's |w| penalty is not "
      .. "differentiable at zero and has no closed form in general, so it is solved iteratively (coordinate "
      .. "descent, LARS).",
  },
  {
    name = "the GAN loss said to saturate when the discriminator is weak",
    patterns = {
      [[\bearly (?:on|in training)\b,? (?:when )?the discriminator is (?:weak|easily fooled|poor|bad|untrained)\b[^.;]{0,60}\bsaturat\w*]],
      [[\bd ?\( ?g ?\( ?z ?\) ?\) (?:is )?(?:near|close to|≈|~|around|approaches) (?:1|one)\b[^.;]{0,40}\b(?:original |minimax )?(?:loss|objective|log ?\( ?1 ?- ?d ?\( ?g ?\( ?z ?\) ?\) ?\)) saturates\b]],
      [[\bsaturates? (?:once|when|as soon as) (?:the )?generator (?:is )?(?:winning|wins|fools)\b]],
      [[\bsaturates?\b(?:(?!\bnot\b|n't\b)[^.;]){0,40}\bd ?\( ?g ?\( ?z ?\) ?\) (?:is )?(?:close to|near|≈|approaches) (?:1|one)\b]],
    },
    feedback = "The minimax generator loss saturates early because the discriminator is strong then: it "
      .. "rejects the fakes confidently, D(G(z)) is near 0, and log(1 − D(G(z))) is flat there; maximising log "
      .. "D(G(z)) gives strong gradients instead.",
  },
  {
    name = "label smoothing that gives ε to every other class",
    patterns = {
      [[\b(?:each|every) (?:one )?(?:of the )?(?:other|remaining|wrong|incorrect|non-target) (?:k ?[-−] ?1 |\d+ )?class(?:es)?\b[^.;]{0,10}\b(?:also )?(?:gets?|receives?|is assigned|is given|has) (?:a (?:target|probability) of |target |probability )?(?:ε|eps(?:ilon)?)\b(?!\s*(?:/|divided|over|split|spread|shared))]],
    },
    feedback = "Smoothed targets still sum to one: the true class gets 1 − ε and the mass ε is shared, ε / (K "
      .. "− 1) for each other class (or ε / K for every class, the true one included).",
  },
  {
    name = "k-means said to need no feature scaling",
    patterns = {
      [[\bk-?means\b(?:(?!\bnot\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\btrees?\b|\bforests?\b|\bboost\w*)[^.;]){0,30}\b(?:doesn't|does not|don't|do not|never) (?:need|require) (?:feature )?(?:scaling|standardi[sz]ation|normali[sz]ation)\b]],
      [[\bk-?means\b[^.;]{0,60}\bcentroids?\b[^.;]{0,60}\b(?:automatically )?adapts? to (?:each |every )?(?:feature'?s?|the features'?) (?:own )?(?:range|scale|units?)s?\b]],
      [[\bneither does k-?means\b,? (?:because|since|as) (?:its )?centroids?\b]],
    },
    feedback = "k-means assigns points by Euclidean distance, so a feature in larger units dominates the "
      .. "clusters: standardise the features first (or weight them deliberately).",
  },
  {
    name = "the lasso said to recover the true features even when correlated",
    patterns = {
      [[\b(?:lasso|l1)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bunstable\b|\bwhile\b|\bwhereas\b|\bbut\b|\bonly\b|\bif\b|\bunder\b)[^.;]){0,40}\b(?:always|reliably|guaranteed to|will always) (?:recovers?|selects?|finds?|picks?|identif(?:y|ies)) (?:exactly )?the (?:true|correct|right) (?:set of )?(?:relevant )?(?:features|variables|predictors|support)\b(?![^.;]{0,40}\b(?:if|only|when|under|provided)\b)]],
      [[\b(?:lasso|l1)\b(?:(?!\bnot\b|n't\b|\bunstable\b|\barbitrar\w*|\bwhile\b|\bwhereas\b|\bbut\b)[^.;]){0,40}\b(?:recovers?|selects?|finds?|identif\w*|keeps?) (?:exactly |all )?the (?:true|correct|right|relevant)\b[^.;]{0,40}\beven (?:when|if) (?:those |the |they )?(?:features|variables|predictors)? ?(?:are )?(?:strongly |highly )?correlated\b]],
    },
    feedback = "The lasso recovers the true support only under strict conditions (irrepresentable condition, "
      .. "little correlation); among strongly correlated features it keeps one more or less arbitrarily and "
      .. "unstably: use elastic net or stability selection.",
  },
  {
    name = "beam search said to give diverse text",
    patterns = {
      [[(?<!diverse )(?<!stochastic )\bbeam search\b(?:(?!\bnot\b|n't\b|\bnever\b|\bless\b|\bthan\b|\bunlike\b|\bwhereas\b|\bwhile\b|\bbut\b|\binstead\b|\brather\b|\bsampl\w*|\bnucleus\b|\btop-?[kp]\b|\btemperature\b|\bdivers\w*|\bpenalt\w*|\bgroups?\b|\bstochastic\b|\bgreedy\b)[^.;]){0,80}\b(?:produces?|gives?|yields?|generates?|creates?|leads? to|results? in|outputs?|returns?|is|are|it's)\b (?:the |much |far |an? )?(?:most|more|very|highly|maximally|richly) (?:varied|diverse|creative|surprising)\b(?![^.;]{0,15}\bthan\b)]],
      [[(?<!diverse )(?<!stochastic )\bbeam search\b(?:(?!\bnot\b|n't\b|\bnever\b|\bunlike\b|\bwhereas\b|\bwhile\b|\bbut\b|\binstead\b|\brather\b|\bthan\b|\bsampl\w*|\bnucleus\b|\btop-?[kp]\b|\btemperature\b|\bgreedy\b|\bbad\b|\bpoor\w*|\bworst\b|\bavoid\w*|\bfails?\b|\bhurts?\b|\bwrong\b|\btranslation\b|\bsummari[sz]\w*|\bbland\b|\brepetit\w*|\bgeneric\b|\bdull\b|\bdegenerat\w*)[^.;]){0,60}\b(?:(?:pick|choose|use|prefer|recommend)\b (?:it )?|(?:is|it's|it is)\b (?:the |a |an )?(?:best|ideal|right|natural|go-to|good|great|preferred|perfect)(?: choice| option| method| strategy| decoder| pick| tool)? )for (?:[\w'-]+ ){0,2}(?:open-ended|creative|stor(?:y|ies)|storytelling|fiction|poetry|brainstorming)\b]],
      [[\bfor (?:open-ended|creative|story|stories|storytelling|fiction|poetry|brainstorming)(?: [\w-]+){0,3},? (?:i'd|i would|we'd|we would|you'd|you should|one should|use|pick|choose|prefer)(?: use| pick| choose| go with)? (?:a )?(?:wide |wider |large |big |bigger )?beam(?: search)?\b(?![^.;]{0,40}\b(?:sampl\w*|only|not|bland|repetit\w*|generic|dull|degenerat\w*|loops?)\b)]],
    },
    feedback = "Beam search is a deterministic search for one high-probability sequence; in open-ended generation it "
      .. "gives bland, repetitive text. For chat and creative writing, sample (temperature, top-k or top-p).",
  },
  {
    name = "position bias in LLM judges dismissed",
    patterns = {
      [[\bposition(?:al)? bias\b (?:is|has become|becomes|seems)(?: really| actually| largely| mostly| now)? (?:negligible|minor|small|tiny|solved|gone)\b(?:[^.;]{0,20}\b(?:with|in|for|among) (?:modern|today's|current|strong|large|frontier|newer|recent|the latest)\b|[^.;]{0,40}\b(?:so|hence|therefore) (?:a |one )?(?:single|one|fixed) (?:ordering|order)\b)]],
      [[(?:^|(?<=[.;!?:]) )(?:(?!\bnot\b|n't\b|\bmyth\b|\bmistake\w*|\bwrong\b|\bfalse\b|\bthink\b|\bbeliev\w*|\bassum\w*|\bclaim\w*|\bboth\b|\bswap\w*|\brandomi[sz]\w*|\bsince\b|\bbecause\b|\bonce\b|\bafter\b|\bif\b)[^.;?]){0,60}\K\bposition(?:al)? bias\b (?:(?:is not|isn't)(?: really| actually)? (?:a |an |much of a )?(?:concern|problem|issue|worry)|(?:is|has become) no longer (?:a |an )?(?:concern|problem|issue|worry))\b(?:[^.;]{0,20}\b(?:with|in|for|among) (?:modern|today's|current|strong|large|frontier|newer|recent|the latest)\b|[^.;]{0,40}\b(?:so|hence|therefore) (?:a |one )?(?:single|one|fixed) (?:ordering|order)\b)]],
      [[(?<!\bnot )(?<!n't )\b(?:a |one )?single (?:ordering|order) (?:is|will be|should be) (?:fine|enough|sufficient|ok|okay|adequate|acceptable)\b(?![^.;]{0,30}\b(?:only|if|when|as long|provided|once)\b)]],
    },
    feedback = "LLM judges, strong ones included, prefer an answer for its position: judge each pair in both orders "
      .. "(or randomise the order) and count only consistent verdicts.",
  },
  {
    name = "zero-shot cross-lingual transfer said to be lossless",
    patterns = {
      [[\bcross-?lingual(?: zero-shot)?(?: transfer)?\b(?:(?!\bnot\b|n't\b|\bnever\b|\brarely\b|\bseldom\b|\bfar from\b|\bless\b|\bbut\b|\bwhile\b|\bwhereas\b|\bif\b|\bonly\b|\bclose\b|\brelated\b)[^.;]){0,40}\b(?:is |are |be )?(?:essentially |nearly |almost |practically |virtually |basically |effectively |completely |totally |entirely |pretty much )?(?:lossless|loss-free|free of loss|without (?:any )?loss(?: of (?:accuracy|quality|performance))?|at no cost in (?:accuracy|quality|performance))\b]],
      [[\b(?:zero-?shot|cross-?lingual)\b(?:(?!\bnot\b|n't\b|\bnever\b|\brarely\b|\bseldom\b|\bfar from\b|\bless\b|\bbut\b|\bwhile\b|\bwhereas\b|\bonly\b|\bwith\b|\bplus\b|\bafter\b|\bthen\b|\band\b|\btrails?\b|\blags?\b|\bbehind\b|\bbelow\b|\bworse\b|\bgap\b|\bclose\w*\b|\bnear\w*\b|\balmost\b|\bapproach\w*|\bif\b|\bwhen\b)[^.;]){0,60}\b(?:match(?:es)?|equals?|rivals?|(?:is |are |be |performs? |works? |does )?(?:as good as|as well as|on par with))\b (?:an? |the )?(?:in-language|native-language|target-language|monolingual) (?:fine-tun\w*|model|training|data|baseline)]],
    },
    feedback = "Zero-shot cross-lingual transfer is lossy: a model fine-tuned only on English usually trails one "
      .. "fine-tuned on the target language, more so for distant languages; a few hundred in-language examples help.",
  },
  {
    name = "boosting said not to overfit",
    patterns = {
      [[(?:^|(?<=[.;!?:]) )(?:(?!\bif\b|\bwith early stopping\b|\bonce\b|\bwhen\b|\bprovided\b|\bunlike\b|\bthan\b|\bnot\b|n't\b)[^.;?]){0,60}\K\b(?:boosting|boosted (?:trees|models?|ensembles?)|gradient boosting|adaboost|xgboost|gbms?)\b(?:(?!\bnot\b|\bwhile\b|\bwhereas\b|\bbut\b|\bunlike\b|\bbagg\w*|\brandom forests?\b|\bif\b|\bunless\b|\bwithout\b|\brarely\b|\bseldom\b|\bhardly\b)[^.;]){0,40}\b(?:can't|cannot|can not|doesn't|does not|won't|will not|never) overfit\b(?![^.;]{0,40}\b(?:easily|as (?:quickly|much|fast|easily)|if|when|as long as|provided|with early stopping|thanks to|given)\b)]],
      [[\b(?:adding|more) (?:boosting )?(?:rounds|iterations)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bforests?\b|\bbagg\w*|\bif\b|\bunless\b|\buntil\b)[^.;]){0,20}\bonly (?:ever )?(?:lowers?|reduces?|improves?|decreases?) (?:the )?(?:test|validation|held-?out|generali[sz]ation) (?:error|loss)\b]],
      [[\b(?:safely|freely) (?:run|use|train|add) (?:thousands|hundreds|tens of thousands|any number) of (?:boosting )?(?:rounds|iterations)\b(?:(?!\bwith early stopping\b)[^.;]){0,20}\bwithout (?:any )?early stopping\b]],
    },
    feedback = "Boosting does overfit as rounds are added, since each one fits the training residuals more closely: "
      .. "tune the number of rounds with the learning rate, using early stopping on a validation set.",
  },
  {
    name = "more trees said to make a random forest overfit",
    patterns = {
      [[\b(?:too many|adding (?:too )?many|adding more|more) trees\b(?:(?!\bboost\w*|\bnot\b|n't\b|\bnever\b|\bdeep\w*|\bdepth\b)[^.;]){0,20}\b(?:makes?|causes?|leads? to|will make) (?:the |a )?(?:random )?forest (?:to )?overfit]],
      [[\b(?:random forests?|forests?)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bboost\w*|\bwhile\b|\bwhereas\b|\bbut\b|\bunlike\b|\bdepth\b|\bdeep\w*)[^.;]){0,40}\b(?:too many|adding (?:more |too many )?|more) trees\b(?:(?!\bnot\b|n't\b|\bnever\b|\bwon't\b|\bdoesn't\b)[^.;]){0,20}\b(?:makes?|causes?|leads? to|will) (?:the forest |it |the model )?(?:to )?overfit]],
    },
    feedback = "Adding trees to a random forest does not make it overfit: the averaged prediction converges as the "
      .. "number grows, so more trees only cost time; overfitting is controlled by tree depth and leaf size.",
  },
  {
    name = "the effect of k in k-NN reversed",
    patterns = {
      [[\b(?:small|smaller|low|tiny) k\b(?:(?!\blarge\b|\blarger\b|\bbig\w*|\bhigh\b|\bwhile\b|\bwhereas\b|\bbut\b|\bnot\b|n't\b)[^.;]){0,20}\b(?:averages?|votes?|looks? at|uses?|consults?) (?:over )?(?:only )?(?:a few|few|fewer|the nearest|one|1|a handful of|a small number of) (?:nearest )?neighbou?rs?\b(?:(?!\blarge\b|\blarger\b|\bbig\w*|\bwhile\b|\bwhereas\b|\bbut\b|\bnot\b|n't\b)[^.;]){0,40}\b(?:smooth(?:er|ed)?|high[- ]bias|underfit\w*)\b]],
      [[\b(?:large|larger|big|high) k\b(?:(?!\bsmall\w*|\blow\b|\bwhile\b|\bwhereas\b|\bbut\b|\bnot\b|n't\b)[^.;]){0,20}\b(?:lets|makes|allows) the (?:decision )?boundary (?:to )?(?:follow|track|hug|trace|wrap around) (?:individual|every|each|single) (?:training )?(?:points?|examples?)\b]],
    },
    feedback = "In k-NN a small k follows individual training points (low bias, high variance, overfitting); a large "
      .. "k averages over many neighbours and gives a smoother boundary (higher bias).",
  },
  {
    name = "the SVM margin written as 2||w||",
    patterns = {
      [[\bmargin(?: width)? (?:is|=|equals|of|becomes) 2 ?(?:\|\| ?w ?\|\||‖ ?w ?‖|\| ?w ?\|)(?! ?(?:\^|²))]],
      [[\b(?:training |svms? |it )?maximi[sz]\w* (?:the )?(?:norm|length|magnitude) of (?:the )?(?:weight vector )?w\b]],
    },
    feedback = "The SVM margin is 2 / ||w||, so maximising it means minimising ||w|| (in practice ½||w||²) subject "
      .. "to y_i(w · x_i + b) ≥ 1.",
  },
  {
    name = "larger initial weights said to cure saturating activations",
    patterns = {
      [[\b(?:bigger|larger|large) pre-?activations? (?:give|mean|yield) (?:bigger|larger) (?:derivatives|gradients|slopes)\b]],
      [[\b(?:with|for) (?:sigmoid|tanh|saturating)(?: (?:or|and) (?:sigmoid|tanh))?(?: units| activations)?\b[^.;]{0,40}\b(?:initiali[sz]e|init) (?:the )?weights (?:larger|bigger)\b]],
    },
    feedback = "Sigmoid and tanh saturate for large inputs, where their derivatives approach 0: larger initial "
      .. "weights push the pre-activations into saturation and make vanishing worse. Scale the initialisation "
      .. "(Xavier) to keep them near the linear region.",
  },
  {
    name = "cross-entropy training said to guarantee calibration",
    patterns = {
      [[\b(?:cross-?entropy|log[- ]?loss|proper scoring rule)\b(?:(?!\bnot\b|n't\b|\bonly\b|\blimit\b|\binfinite\b|\bwell-specified\b|\boptimum\b|\bpopulation\b|\bideal\w*|\bif\b)[^.;]){0,60}\bguarantee[sd]? (?:to (?:output|give|produce|yield) )?(?:well-?|perfectly )?calibrated\b(?![^.;]{0,40}\b(?:optimum|limit|infinite|population|in expectation|ideal\w*|well-specified)\b)]],
      [[\b(?:temperature scaling|post-?hoc (?:calibration|steps?)|recalibration)\b[^.;]{0,30}\b(?:is|are) never needed\b]],
    },
    feedback = "Cross-entropy is a proper scoring rule, so its ideal minimiser is calibrated, but a trained network "
      .. "need not be: modern deep nets are often overconfident. Check calibration on held-out data and fix it post "
      .. "hoc, e.g. with temperature scaling.",
  },
  {
    name = "multi-head attention said to multiply the cost by the number of heads",
    patterns = {
      [[\b(?:h|the) heads multipl(?:y|ies) (?:the )?(?:attention )?(?:compute|cost|parameters|flops)(?: and (?:the )?(?:compute|cost|parameters|flops))? by (?:h|the number of heads)\b]],
      [[\beach head projects to the full (?:model )?(?:width|dimension)\b]],
    },
    feedback = "Each head usually works in d_model / h dimensions, so h heads cost about the same compute and "
      .. "parameters as one full-width head.",
  },
  {
    name = "a stack of linear layers called a universal approximator",
    patterns = {
      [[\blinear layers?\b(?:(?!\bnot\b|n't\b|\bnever\b|\bnon-?linear\w*|\bactivation\w*|\bcollaps\w*|\brelu\b|\bsigmoid\b|\btanh\b)[^.;]){0,40}\b(?:is|are|acts? as|becomes?) (?:a |an )?universal (?:function )?approximators?\b]],
      [[\bwithout (?:any )?(?:activations?|activation functions?|non-?linearit\w*)\b,?(?:(?!\bnot\b|n't\b|\bcollaps\w*)[^.;]){0,50}\b(?:is|are) (?:still )?(?:a |an )?universal (?:function )?approximators?\b]],
    },
    feedback = "A composition of linear layers is itself one linear map, so without nonlinear activations depth adds "
      .. "no expressive power; the nonlinearity is what makes a network a universal approximator.",
  },
  {
    name = "product quantisation said to be lossless",
    patterns = {
      [[\b(?:pq|product quanti[sz]ation|codebooks?)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bapprox\w*|\bbut\b|\bwhile\b|\bwhereas\b)[^.;]){0,40}\breconstruct\w* (?:the )?(?:original )?vectors? exactly\b]],
      [[\b(?:pq|product quanti[sz]ation)\b(?:(?!\bnot\b|n't\b|\bnever\b|\bbut\b|\bwhile\b|\bwhereas\b|\balmost\b|\bnearly\b|\blittle\b|\bnegligible\b|\bminimal\b|\bhardly\b|\bbarely\b|\bvirtually\b|\bpractically\b|\brerank\w*|\bre-rank\w*)[^.;]){0,60}\bwith no loss (?:of|in) (?:accuracy|recall|quality|precision)\b]],
    },
    feedback = "Product quantisation is lossy: each sub-vector is replaced by its nearest codebook centroid, so "
      .. "distances are approximate and recall drops; re-ranking the top results with the full vectors recovers some.",
  },
  {
    name = "UCB said to play the lower confidence bound",
    patterns = {
      [[\bucb\b(?:(?!\bnot\b|n't\b|\bunlike\b|\bwhile\b|\bwhereas\b|\bbut\b|\blcb\b|\bpessimis\w*|\blower confidence bound algorithm\b)[^.;]){0,60}\b(?:mean|average|estimate) minus (?:a |the |an )?(?:confidence|exploration|uncertainty) (?:width|bonus|term|interval|radius)\b]],
      [[\bucb\b(?:(?!\bnot\b|n't\b|\bunlike\b)[^.;]){0,80}\bplays? the (?:highest|largest|best) lower (?:confidence )?bound\b]],
    },
    feedback = "UCB is optimism in the face of uncertainty: it plays the arm with the highest upper bound, mean plus "
      .. "a bonus such as √(2 ln t / n) that is large for rarely tried arms.",
  },
  {
    name = "LoRA's A and B both initialised to zero",
    patterns = {
      [[\bboth a and b (?:are |get )?(?:set|initiali[sz]ed|init|start(?:ed)?) (?:to |at |as |from )?(?:zero|zeros|0)\b]],
      [[\b(?:a and b|b and a) (?:are )?both (?:set |initiali[sz]ed |started )?(?:to |at |from )?(?:zero|zeros|0)\b]],
    },
    feedback = "If A and B both start at zero, neither gets a gradient (B's depends on A, and A's on B) and the "
      .. "update stays zero: LoRA initialises A randomly and B at zero, so BA = 0 at the start but B learns from the "
      .. "first step.",
  },
  {
    name = "unscaled attention logits said to flatten the softmax",
    patterns = {
      [[\bdot products?\b(?:(?!\bnot\b|n't\b)[^.;]){0,40}\bcome out (?:very |too )?small\b[^.;]{0,40}\b(?:softmax|attention)\b[^.;]{0,20}\b(?:nearly |almost )?uniform\b]],
      [[\b(?:large|big|huge) (?:logits|scores|dot products)\b(?:(?!\bnot\b|n't\b)[^.;]){0,20}\bmake the softmax(?: output)? (?:nearly |almost )?(?:uniform|flat)\b]],
      [[\bdividing by (?:√ ?|sqrt ?\(? ?|the square root of )d_?k\)?\b[^.;]{0,20}\bboosts? them\b]],
    },
    feedback = "Unscaled dot products of d_k-dimensional vectors have variance d_k, so the logits are large and the "
      .. "softmax saturates onto one key with tiny gradients; dividing by √d_k brings them back to unit variance.",
  },
  {
    name = "the √d_k scaling called cosine normalisation",
    patterns = {
      [[\b(?:divid\w*|scal\w*) by (?:sqrt ?\(? ?d_?k ?\)?|√ ?d_?k|the square root of d_?k)\b[^.;]{0,30}\b(?:turns?|makes?|converts?) (?:the )?(?:raw )?dot products? (?:into )?(?:a )?cosine\b]],
    },
    feedback = "Dividing by √d_k rescales every score by the same constant; it does not normalise the vectors' "
      .. "lengths, so attention still depends on them (cosine attention would divide by ‖q‖‖k‖).",
  },
  {
    name = "an overcomplete autoencoder said to learn the best features",
    patterns = {
      [[\b(?:code|bottleneck|latent)(?: layer)? wider than the input\b(?:(?!\bnot\b|n't\b|\bsparse\w*|\bdenois\w*|\bregulari[sz]\w*|\bcontractive\b|\bpenalt\w*|\bnoise\b|\bidentity\b|\bunless\b)[^.;]){0,60}\b(?:reconstruct\w* perfectly|perfect reconstruction|best representations?|better (?:features|representations?))\b]],
      [[\b(?:for the best representations?|to get (?:the )?best features)\b[^.;]{0,20}\bmake the (?:code|bottleneck|latent)(?: layer)? wider than the input\b]],
    },
    feedback = "An unregularised code wider than the input can learn the identity and reconstruct perfectly while "
      .. "learning nothing useful: an undercomplete bottleneck or a sparsity, denoising or contractive penalty is "
      .. "what forces useful features.",
  },
  {
    name = "the training error said to estimate the true risk without bias",
    patterns = {
      [[\btraining (?:error|loss|risk) of the (?:fitted|trained|learned|selected|chosen) (?:model|hypothesis|predictor) is an unbiased estimate\b]],
    },
    feedback = "The training error of a fitted model is optimistically biased: the fit chose the parameters to suit "
      .. "those very examples. Estimate the risk on data the fit never saw.",
  },
  {
    name = "early stopping on the training loss",
    patterns = {
      [[\bearly stopping (?:watches|monitors|tracks|looks at|uses|checks) (?:the )?training (?:loss|error)\b]],
      [[\b(?:stop|stops) (?:training )?(?:as soon as|once|when) (?:the )?training (?:loss|error) (?:plateaus|stops (?:falling|improving|decreasing)|flattens)\b[^.;]{0,40}\b(?:overfit\w*|early stopping)\b]],
    },
    feedback = "Early stopping watches a held-out validation loss and keeps the checkpoint where it was lowest; the "
      .. "training loss keeps falling as the model overfits, so it cannot tell you when to stop.",
  },
  {
    name = "a lower significance level said to cost nothing",
    patterns = {
      [[\b(?:type ii|type 2|beta|false[- ]negative) (?:error )?rate depends only on (?:the )?sample size and (?:the )?effect size\b]],
      [[\blower\w* (?:the )?(?:alpha|α|significance level)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,40}\b(?:at no cost|for free|without (?:any )?(?:cost|downside))\b]],
    },
    feedback = "A stricter α cuts false positives but raises β, the chance of missing a real effect, for the same "
      .. "sample size and effect size; keeping power means a larger sample.",
  },
  {
    name = "overlapping confidence intervals read as no significant difference",
    patterns = {
      [[\bif (?:the )?(?:two |their |both )?(?:confidence )?intervals overlap\b,? (?:then )?(?:the )?difference (?:is not|isn't) (?:statistically )?significant\b]],
      [[\boverlapping (?:confidence )?intervals (?:mean|means|show|shows|imply|implies|prove|proves)\b[^.;]{0,20}\b(?:no|not) (?:a )?(?:statistically )?significant\b]],
    },
    feedback = "Two intervals can overlap while the difference is significant: test the difference itself, with a "
      .. "paired test or a bootstrap interval of the difference on the same test examples.",
  },
  {
    name = "reshuffled splits said to rule out leakage",
    patterns = {
      [[\b(?:re-?shuffl\w*|(?:different|several|many|multiple) (?:random )?seeds)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,80}\bleakage (?:can be|is) ruled out\b]],
    },
    feedback = "Leakage survives any reshuffle: a leaking feature or a split that mixes related rows gives the same "
      .. "inflated score on every random split. Check feature timing and split by time or group instead.",
  },
  {
    name = "the KV cache said to store the queries",
    patterns = {
      [[\bkv[- ]cach\w*\b(?:(?!\bnot\b|n't\b)[^.;]){0,20}\b(?:stores?|caches?|keeps?|holds?|saves?) (?:the )?(?:queries|query vectors?)(?: vectors)? and (?:the )?keys\b]],
    },
    feedback = "The KV cache stores the keys and values of past tokens; each step computes only the new token's "
      .. "query, key and value and attends over the cached keys and values.",
  },
  {
    name = "the degradation of deep plain networks blamed on overfitting",
    patterns = {
      [[\b(?:very )?deep plain (?:networks?|nets?)\b(?:(?!\bnot\b|n't\b|\bnever\b)[^.;]){0,40}\b(?:was|were|is) (?:simply |just |mainly )?overfitting\b]],
      [[\bdegradation (?:problem )?(?:is|was) (?:just |simply |mainly )?overfitting\b]],
    },
    feedback = "Very deep plain networks did worse on the training set too, so the degradation was an optimisation "
      .. "problem, not overfitting; residual connections make the identity easy to learn and let gradients flow.",
  },
  {
    name = "hierarchical clustering said to need k before the merges",
    patterns = {
      [[\b(?:different|new|another) (?:k|number of clusters) (?:requires|needs|means) re-?running the (?:whole |entire )?(?:merge|merging|clustering) (?:sequence|process|procedure)\b]],
    },
    feedback = "Agglomerative clustering builds the whole merge tree once; any number of clusters is read off by "
      .. "cutting the dendrogram, with no rerun.",
  },
  {
    name = "the Bellman equation with a max over next states",
    patterns = {
      [[\bmax_?\{? ?a ?\}?\b[^.;]{0,40}\+ ?(?:gamma|γ) ?\*? ?max_?\{? ?s']],
    },
    feedback = "The next state is random: V*(s) = max_a [R(s, a) + γ Σ_s' P(s' | s, a) V*(s')], an expectation over "
      .. "next states, with the max only over actions.",
  },
  {
    name = "poor local minima said to dominate high-dimensional losses",
    patterns = {
      [[\b(?:majority|most) of (?:the )?critical points are (?:poor |bad )?local minima\b]],
      [[\bsaddle points? (?:are|is) rare\b(?![^.;]{0,20}\bin low)]],
    },
    feedback = "In high dimensions most critical points are saddle points, and the local minima that exist tend to "
      .. "have losses close to the global one; the difficulty is slow progress around saddles and plateaus.",
  },
  {
    name = "large batches said to generalise better",
    -- a claim: said of a mention of large batches, in its sentence or, pointing back, the next
    claim = {
      subject = { [[\b(?:large|larger|big|bigger|huge)(?:[- ]mini)?[- ]batch(?:es| sizes?)?\b]] },
      rivals = { [[\b(?:small|smaller|tiny)(?:[- ]mini)?[- ]batch(?:es| sizes?)?\b]], [[\bmini-?batch(?:es| sizes?)?\b]] },
      says = {
        [[(?<!order to )(?<!rate to )\bgenerali[sz]\w* better\b]],
        [[\b(?:give|gives|giving|get|gets|bring|brings|lead to|leads to) (?:a )?better generali[sz]ation\b]],
      },
    },
    feedback = "Large batches tend to generalise worse, not better: their gradient estimates are less noisy, and the "
      .. "noise of small batches acts as a regulariser; matching small-batch results needs a retuned learning "
      .. "rate and warm-up.",
  },
}
