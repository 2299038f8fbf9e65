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
      "Recall tells you what fraction of the actual positives you found, and precision what fraction of the "
        .. "predicted positives are correct.",
      "Precision = TP / (TP + FP) and recall = TP / (TP + FN).",
      "The precision-recall view shows how many of your flagged cases are actually real.",
      "A precision recall curve tells you what fraction of the actual positives you catch at each threshold.",
    },
  },
  ["Type I and Type II errors swapped"] = {
    wrong = { "A Type I error is a false negative.", "A type 2 error is a false positive: rejecting a true null." },
    right = { "A Type I error is a false positive; a Type II error is a false negative.",
      "Type II error means failing to reject a false null." },
  },
  ["a discount factor above 1, or its horizon reversed"] = {
    wrong = { "The discount γ is normally set greater than 1 so the agent values the future more.",
      "Use gamma > 1 for long horizons.", "Gamma close to one makes the agent short-sighted.",
      "A small gamma like 0.1 makes it plan far ahead." },
    right = { "γ > 1 would make the return diverge.",
      "The discount factor is between 0 and 1; a value close to 1 makes the agent far-sighted.",
      "γ is never set greater than 1, or the return diverges." },
  },
  ["larger batches give noisier gradients"] = {
    wrong = { "Large-batch training tends to generalise better, while small batches give very precise gradients.",
      "Larger batches average over more examples but that adds more noise to each update.",
      "The bigger the batch, the noisier the gradient estimate.",
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
      "It is invertible because it's symmetric.", "It exists for every λ because XᵀX is always invertible anyway.",
      "Because XᵀX is positive semidefinite it is always invertible." },
    right = { "A symmetric positive definite matrix is invertible.", "XᵀX is invertible only when X has full column rank.",
      "XᵀX is not always invertible; adding λI fixes that.",
      "XᵀX is only positive semidefinite, so it is not always invertible.",
      "XᵀX + λI is symmetric and positive definite, so it is invertible." },
  },
  ["stratified and grouped splits swapped"] = {
    wrong = { "Use stratified folds when you have repeated measurements from the same patient.",
      "Use grouped folds when the classes are imbalanced, so each fold gets the same class proportions.",
      "Grouped folds are what you use for imbalanced classification.",
      "Stratified folds are for when you have several rows per user." },
    right = { "Stratified folds keep the class proportions, and grouped folds keep the same patient together.",
      "Group k-fold keeps each user's rows in one fold; stratified k-fold preserves class balance." },
  },
  ["the causal mask needed only at inference"] = {
    wrong = { "It's really an inference-time constraint: during training the model can attend bidirectionally.",
      "During training you do not need it, since teacher forcing feeds the ground truth.",
      "The mask is only really needed at inference, when the future tokens don't exist yet.",
      "During training you have teacher forcing, so you can let every position attend over the full sequence." },
    right = { "The mask is needed in training, where all positions are predicted in parallel.",
      "The KV cache is only used at inference." },
  },
  ["support vectors placed outside the margin"] = {
    wrong = { "Support vectors are the points lying well outside the margin.",
      "Points inside the margin are treated as noise and dropped." },
    right = { "Support vectors lie on or inside the margin.", "Support vectors are not the points far from the margin." },
  },
  ["unstructured pruning said to give the big speed-ups"] = {
    wrong = { "Unstructured magnitude pruning gives the biggest real speedups on GPUs.",
      "For speed, unstructured magnitude pruning is the best choice.",
      "Zeroing 90% of individual weights gives roughly a 10x speed-up on a standard GPU.",
      "Unstructured magnitude pruning gives the biggest latency win." },
    right = { "Unstructured pruning gives little real speed-up without sparse kernels; structured pruning gives big speed-ups.",
      "Unstructured pruning can give 3x speedups only with sparse kernels.",
      "Unstructured pruning gives a 2x speedup if the hardware supports sparsity." },
  },
  ["downsampling said to leave probabilities intact"] = {
    wrong = { "Downsampling negatives doesn't affect the predicted probabilities, so use them as they are.",
      "Downsampling keeps the ranking intact, so the predicted probabilities can go straight into the auction." },
    right = { "Downsampling doesn't affect the ranking, but it inflates the probabilities, which need correcting.",
      "We rescale after downsampling so it doesn't distort the probabilities." },
  },
  ["L2 said to give sparse weights"] = {
    wrong = { "L2 sets many weights exactly to zero.", "Ridge gives sparse solutions.", "Lasso never pushes a weight exactly to zero.",
      "Lasso can't set a coefficient to zero.", "L1 doesn't produce exactly zero weights.",
      "Ridge regression: its L2 penalty drives the coefficients of irrelevant features exactly to zero.",
      "The standard embedded method is L2/ridge regularisation, because the squared penalty drives irrelevant "
        .. "coefficients exactly to zero." },
    right = { "L1 sets weights exactly to zero; L2 rarely sets them exactly to zero.",
      "Ridge shrinks weights but never exactly to zero.", "Unlike lasso, ridge does not give sparse solutions.",
      "L1's pull doesn't weaken near zero, L2's does." },
  },
  ["bagging and boosting swapped"] = {
    wrong = { "Boosting fixes this by averaging many deep trees trained on bootstrap samples.",
      "Bagging mainly reduces bias.", "Boosting mainly reduces variance.", "Bagging trains the models sequentially." },
    right = { "Bagging reduces variance, boosting reduces bias.", "Bagging does not reduce bias much.",
      "Boosting trains models sequentially and reduces bias, and bagging trains them in parallel." },
  },
  ["random feature subsets said to correlate the trees"] = {
    wrong = { "Random feature subsets increase the correlation between trees." },
    right = { "Random feature subsets decrease the correlation between trees." },
  },
  ["anomalies said to need long isolation paths"] = {
    wrong = { "Anomalies need long paths to isolate.",
      "It flags the points that take the most splits to isolate, since those are the most unusual." },
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
  ["k-means or EM said to find the global optimum"] = {
    wrong = { "K-means always converges to the global optimum.",
      "Because EM increases the log-likelihood at every iteration, it always converges to the global maximum." },
    right = { "K-means is not guaranteed to find the global optimum.", "k-means converges to a local optimum." },
  },
  ["PCA said to use the labels"] = {
    wrong = { "PCA uses the labels to find the best directions." },
    right = { "PCA doesn't use the labels.", "Unlike PCA, LDA uses the labels." },
  },
  ["a p-value read as the probability the null is true"] = {
    wrong = { "The p-value is the probability that the null hypothesis is true.",
      "A p-value of 0.03 means a 3% chance that the result is due to chance.",
      "If it gives p = 0.03, that means there's a 97% probability that B is genuinely better.",
      "If p is above 0.05, the two models are equivalent." },
    right = { "The p-value is not the probability that the null is true.",
      "The p-value is the probability of data at least this extreme if the null were true.",
      "A p above 0.05 doesn't mean the two models are equivalent." },
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
    wrong = { "More model complexity reduces variance.", "Regularisation increases variance.",
      "Early stopping lowers bias at the cost of a bit more variance.", "Pruning helps by reducing the bias." },
    right = { "More complexity reduces bias and increases variance.",
      "Regularisation increases bias, and reduces variance.",
      "Early stopping reduces variance at the cost of a little more bias.",
      "A large C means less regularisation (lower bias, higher variance).",
      "Weaker regularisation lowers bias but raises variance." },
  },
  ["the generalisation gap said to grow with more data"] = {
    wrong = { "The gap between training and test error grows as you add more training data.",
      "The gap shrinks as the hypothesis class gets richer." },
    right = { "The gap shrinks as you add more training data.",
      "The gap grows with a richer hypothesis class and shrinks with more data." },
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
  ["resampling, augmenting or shuffling so both sets look alike"] = {
    wrong = { "I generate the augmented copies up front for the whole dataset and then split.",
      "Then randomly split that augmented set 80/20 into train and test.",
      "The fix is to make the test set balanced.",
      "Oversample the fraud cases in the test set with SMOTE until it is 50/50.",
      "A good practice is to apply SMOTE to the whole dataset before splitting.",
      "Augment the data first, so that both train and test sets contain the same kinds of variation.",
      "I'd replace the time-based split with a random shuffled split." },
    right = { "Applying SMOTE to the whole dataset before splitting leaks; oversample the training part only.",
      "You should never augment the whole dataset before splitting.",
      "I'd split first, then oversample only the training set.",
      "I'd check whether the scaler was fit on the whole dataset before the split." },
  },
  ["collaborative filtering said to need no interaction history"] = {
    wrong = { "For new items use pure collaborative filtering, because it learns from other users.",
      "Collaborative filtering doesn't need any interaction history for the item itself." },
    right = { "Collaborative filtering needs interaction history, so new items need content features." },
  },
  ["embeddings said to be wider than one-hot, or orthogonal"] = {
    wrong = { "Embeddings are higher-dimensional than one-hot vectors.", "The embeddings are kept orthogonal to each other.",
      "The advantage is that embeddings are orthogonal.", "One-hot vectors overlap with each other." },
    right = { "Embeddings are much lower-dimensional than one-hot vectors.",
      "One-hot vectors are all orthogonal; embeddings are not." },
  },
  ["the lowest inertia said to pick k"] = {
    wrong = { "The most objective choice is the k that minimises the within-cluster sum of squares.",
      "The best k is the one that gives the lowest inertia." },
    right = { "Inertia always falls as k grows, so look for the elbow rather than the lowest value." },
  },
  ["the threshold's effect on precision and recall reversed"] = {
    wrong = { "If you raise the classification threshold, the model predicts positive more often, so recall goes up.",
      "Lowering the threshold makes precision go up.",
      "To catch more of the minority class, raise the threshold above 0.5." },
    right = { "Raising the threshold makes the model predict positive less often, so precision goes up and recall goes down.",
      "Lowering the threshold raises recall and lowers precision." },
  },
  ["DBSCAN said to handle clusters of different densities"] = {
    wrong = { "Choose DBSCAN over k-means when clusters have very different densities.",
      "The single ε adapts to each cluster's local density.", "It adapts ε to each region of the data." },
    right = {
      "Unlike DBSCAN, HDBSCAN copes with clusters of varying density.",
      "DBSCAN struggles when clusters have very different densities; HDBSCAN handles that.",
      "Choose DBSCAN when clusters have odd shapes or there is noise, not when densities vary." },
  },
  ["the batch size and learning rate scaled the wrong way"] = {
    wrong = { "If you double the batch size, halve the learning rate." },
    right = { "If you double the batch size, double the learning rate (the linear scaling rule).",
      "If you increase the batch size but the loss diverges, lower the learning rate." },
  },
  ["a reliability diagram read backwards"] = {
    wrong = { "If the curve sits above the diagonal, the model is overconfident." },
    right = { "Above the diagonal means underconfident, below means overconfident.",
      "A curve below the diagonal shows an overconfident model." },
  },
  ["transfer learning that freezes the late layers"] = {
    wrong = { "Freeze the last layers and retrain the early layers on the defects.",
      "The last layers hold the generic edge and texture features." },
    right = { "Freeze the early layers, which hold generic edges and textures, and fine-tune the later ones." },
  },
  ["seen text said to have higher perplexity"] = {
    wrong = { "If the model assigns higher perplexity to the original test items than to paraphrases, it has seen them.",
      "If the benchmark items have higher perplexity, the model has seen them during training." },
    right = { "Memorised items show unusually low perplexity compared with similar unseen text." },
  },
  ["trees said to need feature scaling, or called high-bias"] = {
    wrong = { "Decision trees need feature scaling too.", "Trees overfit because they are high-bias models.",
      "It also matters for decision trees and random forests.",
      "Deep decision trees are high bias." },
    right = { "Trees don't need feature scaling; k-NN and SVMs do.", "Deep trees have low bias and high variance.",
      "Scaling doesn't matter for trees.", "Unlike trees, kNN needs feature scaling.",
      "Unlike decision trees, SVMs require standardisation." },
  },
  ["the receptive field said to grow multiplicatively with stride 1"] = {
    wrong = { "With stride-1 3×3 convolutions it grows multiplicatively.", "Two layers see 9×9.",
      "Each 3×3 stride-1 layer doubles it." },
    right = { "With stride 1 it grows linearly: two 3×3 layers see 5×5; strides make it grow multiplicatively.",
      "Stacking stride-1 convs gives 2L + 1, while strides, pooling and dilation make it grow multiplicatively." },
  },
  ["the RLHF KL penalty placed on the reward model"] = {
    wrong = { "The KL penalty is applied to the reward model to keep it near its initialisation.",
      "The KL penalty keeps the policy's distribution close to the reward model's distribution." },
    right = { "The KL penalty keeps the policy close to the SFT model, so it can't exploit the reward model." },
  },
  ["an interaction feature written as a sum"] = {
    wrong = { "Add an interaction feature such as x₁ + x₂." },
    right = { "Add the interaction x₁x₂, a product; not x₁ + x₂, which stays linear.",
      "An interaction feature like x₁ + x₂ wouldn't help; you need the product x₁x₂." },
  },
  ["Davies-Bouldin read as higher-is-better"] = {
    wrong = { "For the Davies–Bouldin index, higher values indicate better-separated clusters." },
    right = { "Davies–Bouldin: lower is better; silhouette: higher is better." },
  },
  ["a wider prior said to regularise more"] = {
    wrong = { "A wider, less certain prior gives stronger regularisation.", "A flat prior corresponds to maximal shrinkage." },
    right = { "A narrower prior gives stronger regularisation; a flat prior gives none." },
  },
  ["data drift and concept drift swapped"] = {
    wrong = { "If the input distributions have stayed the same but performance dropped, that's data drift.",
      "If the feature distributions haven't moved, you can be confident there's no concept drift.",
      "Compute PSI on each feature, and when it crosses a threshold you know the concept has drifted." },
    right = { "If the inputs stay the same but the relationship changes, that's concept drift; if the inputs shift, that's data drift.",
      "Even if the feature distributions haven't moved, there can be concept drift." },
  },
  ["MAPE said to handle zero targets, or to favour over-forecasts"] = {
    wrong = { "Use MAPE throughout, since it works well for slow-moving and intermittent items.",
      "MAPE handles the zero-sales days gracefully.", "MAPE penalises under-forecasts more than over-forecasts.",
      "Models tuned on MAPE tend to over-forecast." },
    right = { "MAPE breaks when true values are near zero.", "MAPE can't handle zero actuals.",
      "MAPE penalises over-forecasts more, so models tuned on it tend to under-forecast." },
  },
  ["cross-encoder and bi-encoder roles swapped"] = {
    wrong = { "For first-stage retrieval use a cross-encoder over the whole corpus.", "Rerank the top 20 with a bi-encoder." },
    right = { "Retrieve with a bi-encoder, then rerank the top 50 with a cross-encoder.",
      "A cross-encoder is too slow to run over the whole corpus.",
      "A bi-encoder is less precise than a cross-encoder - hence its usual role as the first-stage retriever." },
  },
  ["cudnn benchmark mode said to make runs reproducible"] = {
    wrong = { "Set torch.backends.cudnn.benchmark = True so cuDNN always uses the same algorithm on every run." },
    right = { "Set cudnn.benchmark = False and use deterministic algorithms for reproducibility." },
  },
  ["a threshold, a stopping point or a model chosen on the test set"] = {
    wrong = { "I'd stop the test as soon as the difference reaches significance.",
      "I use the test set for this rather than a validation set.",
      "Sweep the decision threshold on the test set and take the one that maximises F1.",
      "Keep retraining and pick the configuration with the best test score.",
      "Monitor the test set directly and stop at the epoch where test loss is lowest." },
    right = { "Sweep the threshold on the validation set, not the test set.",
      "Never tune the threshold on the test set.", "Monitor validation loss and stop when it stops improving.",
      "If you adjust the model and check the test set again, it is no longer unbiased.",
      "Each time you tweak the model and look at the test set again, its score gets more optimistic." },
  },
  ["single and complete linkage swapped"] = {
    wrong = { "Complete linkage, which uses the closest pair of points between clusters, tends to chain.",
      "Single linkage uses the farthest pair and gives compact, round clusters." },
    right = { "Single linkage uses the closest pair and tends to chain; complete linkage uses the farthest pair and "
        .. "gives compact clusters.",
      "Complete linkage does not chain." },
  },
  ["ReLU said to cure dead units"] = {
    wrong = { "ReLU also solves the dead-neuron problem that sigmoid has." },
    right = { "Leaky ReLU solves the dead-neuron problem of plain ReLU.", "ReLU does not solve dead neurons; it can create them." },
  },
  ["boosting's trees said to be fitted by gradient descent"] = {
    wrong = { "Each tree's split thresholds and leaf values are learned by gradient descent." },
    right = { "Each tree is fitted greedily to the negative gradient of the loss." },
  },
  ["generative and discriminative data needs swapped"] = {
    wrong = { "Discriminative models converge with much less data.",
      "Generative models need more data but end up with lower asymptotic error." },
    right = { "Generative models converge with less data; discriminative models reach a lower asymptotic error." },
  },
  ["a larger sample said to cut Type I errors"] = {
    wrong = { "The main way to cut Type I errors is a bigger sample." },
    right = { "A bigger sample cuts Type II errors; the Type I rate stays at alpha." },
  },
  ["inverted dropout said to multiply by the keep probability"] = {
    wrong = { "Inverted dropout multiplies the surviving activations by the keep probability 1 - p during training." },
    right = { "Inverted dropout divides the surviving activations by 1 - p during training.",
      "Inverted dropout scales the survivors by 1/(1 - p)." },
  },
  ["balancing or selecting features on all the data first"] = {
    wrong = { "Apply SMOTE to the whole dataset first, so every fold is balanced.",
      "To save effort, standardise the whole series and interpolate gaps.",
      "Before splitting, compute the rolling means and the standardisation on the full series.",
      "First balance the data by running SMOTE on the full dataset.",
      "Pick the top 20 features by correlation with the label, using all 500 rows.",
      "First standardise the whole series and then split.",
      "To rule out leakage, shuffle the full dataset and redo a random split.",
      "Back-translate every review, then shuffle the whole augmented set and split it.",
      "Augment the whole dataset up front, then do the random train/test split.",
      "Fit the scaler on the full series first and then do the time split.",
      "Target encoding and scaling are fine to compute on the full dataset before splitting.",
      "Fit the scaler before you split, so both sets are transformed with the same mean and std.",
      "Fit the scaler and compute the statistics on the full series once at the start." },
    right = { "Run SMOTE inside each training fold, never on the full dataset.",
      "Select features inside the cross-validation loop." },
  },
  ["the curse of dimensionality said to spread distances out"] = {
    wrong = { "The nearest neighbour is relatively much closer than the farthest one.",
      "Distances between points become more spread out." },
    right = { "Distances concentrate: the nearest neighbour is almost as far as the farthest." },
  },
  ["a back-transformed log prediction said to be unbiased"] = {
    wrong = { "Because the log is monotonic, the back-transformed prediction is an unbiased estimate of expected spend." },
    right = { "Exponentiating gives the median, not an unbiased estimate of the mean." },
  },
  ["underfitting said to need more data or more regularisation"] = {
    wrong = { "If both losses are high it is underfitting, and you should increase regularisation.",
      "For underfitting the fix there is also to gather more data." },
    right = { "For underfitting, reduce regularisation and add capacity.",
      "Overfitting needs more data or more regularisation, while underfitting needs more capacity." },
  },
  ["LoRA and adapters swapped on inference cost"] = {
    wrong = { "LoRA adds matrices that have to be evaluated separately at inference." },
    right = { "Unlike adapters, LoRA can be merged into the weights after training.",
      "LoRA's update merges into W; adapters add extra layers and latency.",
      "The LoRA adapter is merged into the base weights for one task." },
  },
  ["softmax said to ignore the scale of the logits"] = {
    wrong = { "It's invariant to multiplying all logits by a constant.",
      "Multiplying all the logits by a constant leaves the output unchanged." },
    right = { "Adding a constant to every logit leaves the output unchanged; multiplying by a constant sharpens or flattens it.",
      "If you multiply all logits by a constant the ranking of the probabilities stays the same but the distribution "
        .. "gets sharper.",
      "Multiply the logits by a positive constant and the probabilities stay the same in order, only sharper." },
  },
  ["the non-saturating GAN loss written backwards"] = {
    wrong = { "The non-saturating trick switches to minimising log(1 - D(G(z)))." },
    right = { "The non-saturating loss maximises log D(G(z)) instead of minimising log(1 - D(G(z))).",
      "The non-saturating loss changes G's objective from minimising log(1 - D(G(z))) to maximising log D(G(z))." },
  },
  ["inductive bias called a liability"] = {
    wrong = { "The lesson is that inductive bias is a liability.",
      "Strong inductive bias is what gets you into trouble." },
    right = { "The lesson is that the right inductive bias is what makes a model work." },
  },
  ["Thompson sampling said to play the highest posterior mean"] = {
    wrong = { "Thompson sampling keeps a Beta posterior per arm and always plays the arm with the highest posterior mean.",
      "Thompson sampling, unlike UCB, always plays the arm with the highest posterior mean." },
    right = { "Thompson sampling draws from each posterior and plays the arm with the highest draw.",
      "Thompson sampling, unlike a greedy rule that always plays the highest posterior mean, draws one value from "
        .. "each arm's posterior and plays the arm with the best draw." },
  },
  ["kernel methods said to scale with the input dimension only"] = {
    wrong = { "Training cost then depends only on the input dimension, not on the number of training examples.",
      "Kernel SVMs scale easily to millions of rows." },
    right = { "Kernel SVM training cost grows with the number of examples, roughly n² to n³." },
  },
  ["temperature's effect reversed"] = {
    wrong = { "A higher temperature, like 1.5, makes the distribution peakier and the output more deterministic.",
      "A low temperature is what you'd use for brainstorming.", "A temperature near zero pushes it toward uniform." },
    right = { "A higher temperature flattens the distribution; a low temperature makes it sharper and more deterministic.",
      "Lower temperature gives sharper, more deterministic output, while higher temperature is more random." },
  },
  ["ROC-AUC read as a rate at a threshold"] = {
    wrong = { "AUC is the chance that a randomly chosen positive example gets a score above 0.5.",
      "An AUC of 0.8 means roughly 80% of positives are caught." },
    right = { "AUC is the probability that a random positive is ranked above a random negative." },
  },
  ["the ELBO written with the KL term added"] = {
    wrong = { "It maximises the ELBO = E_q[log p(x|z)] + KL(q(z|x) || p(z)).",
      "The ELBO is the expected log-likelihood of x under the decoder plus the KL divergence between q(z|x) and the prior." },
    right = { "The ELBO is the expected log-likelihood minus the KL divergence to the prior.",
      "The log-likelihood equals the ELBO, plus the KL between q and the true posterior." },
  },
  ["RMSE called more robust to outliers than MAE"] = {
    wrong = { "RMSE takes the square root at the end, so it's actually the more outlier-robust of the two." },
    right = { "Compared with RMSE, MAE is more robust to outliers.", "RMSE is less robust than MAE." },
  },
  ["batch norm said to use the test batch's statistics"] = {
    wrong = { "At inference you do the same thing, compute the mean and variance over the test batch." },
    right = { "At inference it uses the running mean and variance from training, not the test batch." },
  },
  ["PCA said to be scale-invariant"] = {
    wrong = { "PCA is scale-invariant, so you don't need to standardise first.",
      "With PCA you don't need to standardise the features." },
    right = { "PCA is not scale-invariant, so standardise first.", "For PCA you need to standardise features in different units." },
  },
  ["FID said to be stable on small samples"] = {
    wrong = { "FID is pretty stable at small sample sizes, so 500 images per checkpoint is enough." },
    right = { "FID is biased at small sample sizes; use at least 10,000 images." },
  },
  ["nearest-neighbour methods said to escape the curse of dimensionality"] = {
    wrong = { "Non-parametric methods like kNN are basically immune, because they just look up neighbours." },
    right = { "kNN suffers badly in high dimensions because distances concentrate." },
  },
  ["label smoothing said to make the model more confident"] = {
    wrong = { "Label smoothing softens the targets. It is mainly used to fix underconfident models.",
      "With label smoothing the network becomes more confident in the correct class.",
      "The soft target pushes the correct logit even further from the others." },
    right = { "Temperature scaling with T < 1 is used to fix underconfident models.",
      "Label smoothing makes the model less confident and better calibrated.",
      "Soft targets stop the model from becoming overconfident.",
      "Label smoothing stops the model from becoming more confident than the data allows.",
      "Label smoothing keeps the network from getting more confident on noisy labels." },
  },
  ["reporting the best of several seeds"] = {
    wrong = { "Retrain B with several seeds and compare the best run against A.",
      "I run about ten seeds and report the best one as the model's result.",
      "Try a handful of seeds and keep the one that gives the best validation score." },
    right = { "I run ten seeds and report the mean and standard deviation." },
  },
  ["anomalies flagged by the lowest reconstruction error"] = {
    wrong = { "Flag the points with the lowest reconstruction error as anomalies." },
    right = { "Flag the points with the highest reconstruction error as anomalies." },
  },
  ["k-NN called parametric"] = {
    wrong = { "kNN is actually parametric, because you choose k.",
      "kNN, for example, is parametric, because k is its parameter." },
    right = { "kNN is non-parametric; k is a hyperparameter." },
  },
  ["a policy-gradient baseline said to add bias"] = {
    wrong = { "Subtracting a baseline reduces variance at the cost of introducing some bias into the gradient." },
    right = { "A state-dependent baseline reduces variance without introducing bias.",
      "A baseline depending on a_t would in general introduce bias.",
      "The baseline does not introduce bias." },
  },
  ["the kinds of missingness confused"] = {
    wrong = { "If it's missing completely at random, that's the hard case.",
      "If it's missing not at random, a model-based imputer like MICE can fill it in without bias." },
    right = { "Missing completely at random is the easy case; missing not at random is the hard one." },
  },
  ["HNSW called the memory-efficient index"] = {
    wrong = { "HNSW is the memory-efficient option, since you only store the links.",
      "HNSW is the go-to for billion scale because it's the most memory-efficient." },
    right = { "HNSW is fast but memory-hungry; IVF-PQ is the memory-efficient option." },
  },
  ["no free lunch read as all algorithms equal given enough data"] = {
    wrong = { "The no-free-lunch theorem says that given enough data, all reasonable algorithms perform the same.",
      "Inductive bias only really matters in the small-data regime." },
    right = { "No free lunch says that averaged over all possible problems, all algorithms perform equally." },
  },
  ["nested cross-validation's loops swapped"] = {
    wrong = { "Once the inner 5-fold search has picked the best configuration on the full dataset, rerun CV for it.",
      "First run the 200-configuration search with 5-fold CV on the full data.",
      "The outer loop goes over the 200 configurations and picks the best.",
      "The inner loop is a fresh 5-fold CV on the full dataset for that winner." },
    right = { "The inner loop picks the configuration within each outer training fold; the outer loop estimates performance." },
  },
  ["entropy's extremes reversed"] = {
    wrong = { "Entropy is 1 for a pure node and 0 when the classes are split 50/50." },
    right = { "Entropy is 0 for a pure node and 1 when the classes are split 50/50." },
  },
  ["vanishing gradients placed at the output layers"] = {
    wrong = { "The layers closest to the output are hit hardest.",
      "The layers closest to the output, at the end of the longest chain of multiplications, receive the smallest gradients.",
      "The input layers keep training normally.",
      "The layers closest to the output end up with near-zero gradients.", "The early layers keep training fine." },
    right = { "The early layers, farthest from the output, get near-zero gradients." },
  },
  ["the RBF kernel said to map to a finite space of products"] = {
    wrong = { "The RBF kernel implicitly maps to the space of all pairwise products x_i x_j." },
    right = { "The RBF kernel maps to an infinite-dimensional space; the degree-2 polynomial kernel gives pairwise products." },
  },
  ["temperature scaling with T below 1 for an overconfident model"] = {
    wrong = { "Temperature scaling fixes overconfidence by dividing the logits by a fitted T < 1." },
    right = { "Temperature scaling divides the logits by a fitted T > 1 for an overconfident net." },
  },
  ["permutation importance said to handle correlated features"] = {
    wrong = { "With correlated features, permutation importance is the safer choice." },
    right = { "With correlated features, permutation importance misleads; group the features first." },
  },
  ["perplexity said to compare across tokenisers"] = {
    wrong = { "You can compare perplexities directly across different models and tokenizers.",
      "Because it's normalised per token, perplexity is directly comparable between models with different tokenizers." },
    right = { "Perplexity is not comparable across different tokenizers." },
  },
  ["label smoothing said to treat class imbalance"] = {
    wrong = { "Label smoothing's main purpose is handling class imbalance." },
    right = { "Label smoothing is a regulariser against overconfidence, not a fix for class imbalance." },
  },
  ["in-context learning said to update the weights"] = {
    wrong = { "Internally attention performs a few gradient steps on the weights during the forward pass.",
      "The model keeps what it learned and gets better the more you query it." },
    right = { "In-context learning changes no weights; some work likens attention to implicit gradient descent on an internal model." },
  },
  ["masked LM called more sample-efficient than causal LM"] = {
    wrong = { "MLM is the more sample-efficient of the two because it gets a training signal at every position." },
    right = { "CLM gets a signal at every position, MLM only at the masked 15%." },
  },
  ["gradient clipping said to fix vanishing gradients"] = {
    wrong = { "Clipping is the standard fix for both exploding and vanishing gradients.",
      "Clipping by value clamps each component, pulling huge components down and tiny ones up.",
      "For vanishing gradients the standard fix is gradient clipping.",
      "Clipping rescales gradients whose norm falls below the threshold back up to it." },
    right = { "Gradient clipping fixes exploding gradients; vanishing gradients need ReLU, good init or residuals." },
  },
  ["one-hot encoding said to impose an order"] = {
    wrong = { "One-hot encoding imposes an artificial ordering on the categories." },
    right = { "Label encoding imposes an artificial order; one-hot does not." },
  },
  ["early stopping said to regularise more the longer it trains"] = {
    wrong = { "The longer you train, the stronger the implicit penalty on the weights.",
      "Gradient descent run for t steps behaves like L2 with lambda proportional to t." },
    right = { "Stopping earlier is stronger regularisation, like L2 with lambda proportional to 1/t." },
  },
  ["clicks taken as relevance at face value"] = {
    wrong = { "Use clicks at face value as relevance.",
      "The top-ranked results get the most clicks, which confirms they're the most relevant." },
    right = { "Don't take clicks at face value: correct for position bias." },
  },
  ["squares of each input said to solve XOR"] = {
    wrong = { "Include x1^2 and x2^2 as extra features, and that's enough to carve out XOR." },
    right = { "Add the product x1*x2; squares alone don't separate XOR." },
  },
  ["cross-entropy said to be bounded"] = {
    wrong = { "Cross-entropy is bounded above by log(K), so one bad example can't blow it up." },
    right = { "Cross-entropy is unbounded as the true-class probability goes to zero." },
  },
  ["ReLU's gradient said never to be zero"] = {
    wrong = { "Unlike sigmoid, ReLU's gradient is never zero." },
    right = { "ReLU's gradient is zero for negative inputs and one for positive inputs.",
      "Leaky ReLU's gradient is never zero.", "Leaky ReLU fixes dead units: its gradient is never zero." },
  },
  ["attention scores multiplied by the square root of d_k"] = {
    wrong = { "Attention(Q,K,V) = softmax(QK^T * sqrt(d_k)) V.", "The sqrt(d_k) factor scales the scores up." },
    right = { "Attention(Q,K,V) = softmax(QK^T / sqrt(d_k)) V." },
  },
  ["softmax said to give independent probabilities"] = {
    wrong = { "Each output is an independent probability for its class.",
      "Softmax is the right choice for multi-label problems too." },
    right = { "For multi-label problems use independent sigmoids, not softmax." },
  },
  ["distances between t-SNE clusters read as meaningful"] = {
    wrong = { "Distances between clusters are reliable though.",
      "Two clusters far apart in a t-SNE plot are genuinely more different." },
    right = { "Distances between clusters are not reliable in a t-SNE plot." },
  },
  ["the baseline answer always put first for an LLM judge"] = {
    wrong = { "I always put the baseline model's answer in slot A and the candidate in slot B." },
    right = { "I judge each pair in both orders to cancel position bias." },
  },
  ["PR-AUC said to ignore the class balance"] = {
    wrong = { "PR-AUC ignores true negatives, so it is invariant to class imbalance.",
      "The huge number of true negatives pulls the false-positive rate up." },
    right = { "PR-AUC depends on the prevalence; ROC-AUC is insensitive to class balance." },
  },
  ["FID said to ignore diversity"] = {
    wrong = { "FID's limitation is that it only measures sample quality.",
      "A mode-collapsed generator producing a few perfect images still scores well." },
    right = { "FID penalises a lack of diversity as well as poor quality." },
  },
  ["ReLU's outputs called zero-centred"] = {
    wrong = { "ReLU is the default because its outputs are zero-centred.",
      "That zero-centred output is what solves the vanishing-gradient problem." },
    right = { "ReLU's outputs are not zero-centred; tanh's are." },
  },
  ["masked and causal language modelling swapped"] = {
    wrong = { "Masked language modelling, as in GPT, hides all future tokens.",
      "Causal language modelling, as in BERT, sees the whole sentence.", "Use masked LM for chatbots." },
    right = { "Causal language modelling, as in GPT, predicts the next token; masked LM, as in BERT, fills in blanks." },
  },
  ["target encoding that includes the row itself"] = {
    wrong = { "For target encoding, replace each category with the mean of the target over the full training set, "
      .. "including the row itself." },
    right = { "Compute target encodings out of fold, leaving the row itself out." },
  },
  ["stock-outs read as real zero demand"] = {
    wrong = { "Keep the zero-sales days during stockouts as they are, because they are real signal." },
    right = { "Zero sales during stock-outs are censored demand, not real zeros." },
  },
  ["saturation said to explode gradients"] = {
    wrong = { "When inputs are large they saturate, their derivatives approach 1, and the gradient blows up.",
      "Exploding comes from saturating activations like sigmoid and tanh." },
    right = { "Saturating activations have derivatives near 0, so gradients vanish." },
  },
  ["an action-dependent baseline called unbiased"] = {
    wrong = { "A baseline can be any function of the state or of the action taken.",
      "Any b can be subtracted, including an action-dependent one like Q(s,a).",
      "An action-dependent one like Q(s,a) is actually the best choice." },
    right = { "The baseline may depend on the state but not on the action." },
  },
  ["mean imputation said to keep the variance"] = {
    wrong = { "Filling with the mean leaves the feature's mean and variance unchanged." },
    right = { "Mean imputation keeps the mean but shrinks the variance." },
  },
  ["HNSW said to find the exact nearest neighbour"] = {
    wrong = { "Greedy search always ends at the exact nearest neighbour." },
    right = { "HNSW's greedy search is approximate and can miss the exact nearest neighbour." },
  },
  ["the UCB bonus said to grow with pulls"] = {
    wrong = { "UCB adds a confidence bonus that grows with the number of times the arm has been pulled." },
    right = { "UCB's bonus shrinks as an arm is pulled more." },
  },
  ["RoPE said to be applied once at the input"] = {
    wrong = { "RoPE rotates each token embedding by an angle, once at the input layer before the first block." },
    right = { "RoPE rotates the queries and keys in every attention layer." },
  },
  ["the KV cache said to use constant memory"] = {
    wrong = { "With the KV cache, generation runs in constant memory per token regardless of context length." },
    right = { "The KV cache grows linearly with the context length." },
  },
  ["ReLU's derivative said to be 1 everywhere"] = {
    wrong = { "With ReLU, phi'(a) = 1, so the activation drops out.",
      "With ReLU phi'(a) = 1 everywhere, so dL/dW1 = (W2^T e) x^T." },
    right = { "With ReLU, phi'(a) is 1 where a > 0 and 0 elsewhere.",
      "With ReLU, phi'(a) = 1[a > 0], so units with a <= 0 pass no gradient.",
      "With ReLU, phi'(a) = 1 if a > 0 and 0 otherwise.", "With relu, phi'(a) = 1 for a > 0, else 0." },
  },
  ["a hypercube's volume said to gather at its centre"] = {
    wrong = { "Most of the volume of a hypercube concentrates near its centre." },
    right = { "Most of the volume of a hypercube concentrates near its boundary." },
  },
  ["a random classifier said to score 0 AUC"] = {
    wrong = { "A random classifier scores 0 and a perfect one scores 1.", "ROC-AUC's random baseline equals the positive rate." },
    right = { "A random classifier scores 0.5 ROC-AUC.", "PR-AUC's random baseline equals the positive rate." },
  },
  ["PCA said to need no centring, or to give independent components"] = {
    wrong = { "You don't need to centre first.", "Because the components are statistically independent, PCA can unmix sources." },
    right = { "You need to centre the data first.", "The components are uncorrelated, not statistically independent." },
  },
  ["fine-tuning advice reversed for the amount of data"] = {
    wrong = { "If you have lots of target data and the domain is different, freeze most of the backbone.",
      "If you have very little data, fine-tune the whole network." },
    right = { "With very little data, freeze most of the backbone and train the head." },
  },
  ["an LLM judge of the same model as the candidate"] = {
    wrong = { "The judge should be the same model that produced the outputs." },
    right = { "The judge should not be the same model that produced the outputs." },
  },
  ["the L1 and L2 penalty gradients swapped"] = {
    wrong = { "L1's gradient is proportional to the weight.", "L2's gradient is a constant lambda times the sign." },
    right = { "L1's gradient is a constant times the sign; L2's is proportional to the weight." },
  },
  ["any symmetric similarity called a valid kernel"] = {
    wrong = { "Any symmetric similarity function works as a kernel." },
    right = { "A kernel must be symmetric and positive semi-definite." },
  },
  ["a calibrator fitted on the training data"] = {
    wrong = { "I'd fit it on the same training data the model used." },
    right = { "Fit the calibrator on a held-out set, not the training data." },
  },
  ["LambdaMART called pointwise"] = {
    wrong = { "For the re-ranker I'd use LambdaMART, a pointwise method." },
    right = { "LambdaMART is a listwise method built on pairwise swaps." },
  },
  ["a large SVM C said to widen the margin"] = {
    wrong = { "A large C lets more points violate the margin, giving a wider, more strongly regularised model." },
    right = { "A large C gives a narrower margin and less regularisation.",
      "Large C fits the training data harder, small C gives a wider, softer margin.",
      "Large C punishes violations and gives a narrower margin, small C a wider one." },
  },
  ["the FID estimate said to be unbiased"] = {
    wrong = { "A nice property of FID is that the estimator is unbiased." },
    right = { "The FID estimate is biased at small sample sizes." },
  },
  ["normality of the errors said to make OLS unbiased"] = {
    wrong = { "Normality of the errors is what makes the coefficient estimates unbiased." },
    right = { "Exogeneity makes the coefficients unbiased; normality matters for small-sample inference." },
  },
  ["RoPE said to rotate the values"] = {
    wrong = { "RoPE rotates the query and value vectors by an angle." },
    right = { "RoPE rotates the query and key vectors by an angle." },
  },
  ["critical points of deep nets said to be mostly minima"] = {
    wrong = { "In high dimensions most critical points are local minima rather than saddle points." },
    right = { "In high dimensions most critical points are saddle points rather than local minima." },
  },
  ["the Bellman backup said to contract at γ = 1"] = {
    wrong = { "The backup is a contraction for any gamma up to and including 1." },
    right = { "The backup is a contraction for gamma below 1." },
  },
  ["smoothing said to make full-data target encoding safe"] = {
    wrong = { "Target encoding computed over the full dataset is fine as long as you smooth it." },
    right = { "Target encoding must be computed out of fold." },
  },
  ["over-parameterised networks said to ignore label noise"] = {
    wrong = { "They cannot fit randomly flipped labels, so they ignore them.",
      "Large over-parameterised networks are naturally robust here." },
    right = { "Large networks can memorise randomly flipped labels." },
  },
  ["matrix factorisation said to embed items from their attributes"] = {
    wrong = { "MF learns each item's embedding from its attributes such as category and price." },
    right = { "MF learns each item's embedding from interactions, so new items have none." },
  },
  ["a retrieval model trained on positive pairs only"] = {
    wrong = { "For training, you only need the positive pairs." },
    right = { "Train with in-batch negatives as well as the positive pairs." },
  },
  ["INT8 quantisation said to shrink FP32 weights eightfold"] = {
    wrong = { "Going from FP32 to INT8 shrinks the model by 8x." },
    right = { "Going from FP32 to INT8 shrinks the model by 4x." },
  },
  ["a prompt tested on the examples it was tuned on"] = {
    wrong = { "Pick a few examples and measure accuracy on those same examples.",
      "I'd use those same 300 tickets to iterate on the prompt." },
    right = { "Keep a held-out set to measure the prompt on." },
  },
  ["grid search said to win when few hyperparameters matter"] = {
    wrong = { "Grid search is the better choice when only a few of the hyperparameters matter." },
    right = { "Random search is the better choice when only a few hyperparameters matter." },
  },
  ["the LSTM forget gate read backwards"] = {
    wrong = { "When the forget gate is close to 0, the cell state is carried through unchanged." },
    right = { "When the forget gate is close to 1, the cell state is carried through." },
  },
  ["correlated samples said to inflate standard errors"] = {
    wrong = { "When samples are positively correlated, the standard errors come out too large." },
    right = { "When samples are positively correlated, naive standard errors come out too small." },
  },
  ["the dot product's variance said to be √d_k"] = {
    wrong = { "Summing d_k independent terms gives q·k a variance of √d_k." },
    right = { "Summing d_k independent terms gives q·k a variance of d_k and a standard deviation of √d_k." },
  },
  ["a leak confirmed when dropping a feature changes nothing"] = {
    wrong = { "If you drop the dominant feature and the AUC barely moves, that confirms it was the leak." },
    right = { "If the AUC collapses when you drop the feature, it was carrying the leak." },
  },
  ["cosine said to rank differently after normalisation"] = {
    wrong = { "Cosine gives a different nearest-neighbour ranking even after you L2-normalise the vectors." },
    right = { "After L2 normalisation, cosine and Euclidean give the same ranking." },
  },
  ["an embedding dimension said to need one per item"] = {
    wrong = { "The embedding dimension has to be at least as large as the number of items." },
    right = { "The embedding dimension is far smaller than the number of items." },
  },
  ["a logistic coefficient said to multiply the probability"] = {
    wrong = { "Increasing x_j by one unit multiplies the predicted probability by e^{w_j}." },
    right = { "Increasing x_j by one unit multiplies the odds by e^{w_j}." },
  },
  ["Xavier and He initialisation swapped"] = {
    wrong = { "Use Xavier for ReLU networks and He for tanh." },
    right = { "Use Xavier for tanh networks and He for ReLU." },
  },
  ["a larger KL coefficient said to free the RLHF policy"] = {
    wrong = { "A larger beta lets the policy move further from the SFT model." },
    right = { "A smaller beta lets the policy move further from the SFT model." },
  },
  ["a lower alpha said to cut both error types"] = {
    wrong = { "Lowering alpha from 0.05 to 0.01 makes the test more careful, so it reduces both the Type I and the Type II error rates." },
    right = { "Lowering alpha reduces Type I errors but raises Type II errors." },
  },
  ["a model scored on its own training data"] = {
    wrong = { "Because a simple model barely overfits, I don't bother holding data out.", "I score it on the training data." },
    right = { "I score every model on the same held-out split." },
  },
  ["the √d_k scaling said to guard against overflow"] = {
    wrong = {
      "Unscaled scores of size 30+ make exp() overflow in fp16/fp32 and you get NaNs, so the scaling is basically an "
        .. "overflow guard.",
      "The 1/sqrt(d_k) factor is there as a guard against overflow in the softmax.",
      "We divide by sqrt(d_k) mainly to prevent numerical overflow.",
    },
    right = {
      "Softmax implementations subtract the max, so overflow is not the issue; the scaling keeps the softmax from "
        .. "saturating.",
      "The scaling is not an overflow guard: it keeps the variance of the scores near 1.",
      "Subtracting the max score before exp prevents overflow, and the √d_k scaling prevents saturation.",
      "Dividing by sqrt(d_k) is not just to prevent overflow: it keeps the gradients healthy.",
      "Loss scaling in mixed precision guards against underflow of small gradients.",
      "Dynamic loss scaling is a guard against overflow and underflow in fp16.",
    },
    framed = { "A common mistake is to think the scaling is basically an overflow guard." },
  },
  ["BPE said to merge by likelihood"] = {
    wrong = {
      "BPE starts from characters and iteratively merges pairs; at each step it picks the pair whose merge most "
        .. "increases the likelihood of the training corpus.",
      "BPE merges the pair that maximises the likelihood of the training data.",
      "BPE chooses merges by likelihood gain rather than counts.",
    },
    right = {
      "BPE merges the most frequent adjacent pair; WordPiece picks the merge that most increases the likelihood.",
      "Unlike BPE, WordPiece chooses the pair that maximises the likelihood of the training data.",
      "BPE does not pick the pair that maximises the likelihood; it picks the most frequent one.",
    },
    framed = { "People often think BPE merges the pair that maximises the likelihood of the training data." },
  },
  ["a deep network's loss said to be convex, or gradient descent to find its global minimum"] = {
    wrong = {
      "It's convex in the model parameters, so unlike MSE it guarantees gradient descent reaches the global optimum, "
        .. "even in deep nets.",
      "Because the gradient is exact it is guaranteed to reach the global minimum, while SGD only finds local minima.",
      "Once a network is overparameterised enough the loss has no bad local minima at all.",
      "SGD provably converges to a global minimum for any architecture.",
      "Gradient descent will always find the global minimum, even for neural networks.",
    },
    right = {
      "Cross-entropy is convex in the logits, but a deep network's loss is non-convex, so there is no guarantee of "
        .. "a global optimum.",
      "For logistic regression the cross-entropy is convex in the weights, so gradient descent finds the global "
        .. "optimum.",
      "Gradient descent is not guaranteed to reach the global minimum in deep nets.",
      "For a convex loss, full-batch gradient descent with a small enough step is guaranteed to reach the global "
        .. "minimum.",
    },
    framed = { "A common misconception is that gradient descent will always find the global minimum, even for deep "
      .. "networks." },
  },
  ["any learning rate said to converge on a convex loss"] = {
    wrong = {
      "For a convex loss like linear regression's MSE any positive learning rate will converge to the global minimum; "
        .. "the learning rate only changes how fast you get there.",
      "On a convex problem any learning rate converges eventually.",
      "Since the loss is convex, any fixed step size will reach the minimum.",
    },
    right = {
      "Even on a convex loss, too large a learning rate diverges.",
      "Any learning rate below 2/L converges on an L-smooth convex loss.",
      "Not any learning rate will converge: above 2/L gradient descent diverges.",
      "Any small enough learning rate converges on a convex loss.",
      "For any learning rate above 2/L, gradient descent fails to converge.",
      "Not just any learning rate will converge.",
      "The learning rate only changes how fast you converge as long as it stays below 2/L.",
    },
    framed = { "It's a myth that any positive learning rate will converge on a convex loss." },
  },
  ["the irreducible noise said to shrink with more data"] = {
    wrong = {
      "With enough training data all three go to zero for a flexible enough model, so the noise term is only "
        .. "irreducible for a fixed dataset size.",
      "The irreducible error goes to zero with more data.",
      "With enough data the noise term shrinks to zero too.",
    },
    right = {
      "More data shrinks the variance, but the irreducible error stays whatever the data size.",
      "The noise term σ² does not shrink with more data.",
      "The variance goes to zero with more data while the noise term stays.",
    },
    framed = { "A common mistake is to think the irreducible error goes to zero with more data." },
  },
  ["vanishing gradients said to be fixed by a larger learning rate"] = {
    wrong = {
      "Vanishing is basically a learning-rate problem - early layers get tiny updates - so the standard fix is to "
        .. "raise the learning rate for those layers.",
      "The fix for vanishing gradients is to increase the learning rate.",
      "To fix vanishing gradients, just use a larger learning rate.",
    },
    right = {
      "Vanishing gradients are not a learning-rate problem; use ReLU, residual connections and normalisation.",
      "Raising the learning rate doesn't fix vanishing gradients and makes exploding gradients worse.",
      "For exploding gradients, clip them and lower the learning rate.",
    },
    framed = { "It's tempting to think vanishing gradients are just a learning-rate problem." },
  },
  ["cosine said to escape the curse of dimensionality"] = {
    wrong = {
      "The other big reason is that cosine doesn't suffer from the curse of dimensionality, unlike Euclidean.",
      "Cosine similarity is immune to the curse of dimensionality.",
      "In high dimensions use cosine, since it avoids the curse of dimensionality.",
    },
    right = {
      "Cosine suffers from the curse of dimensionality too: random vectors become nearly orthogonal.",
      "Neither cosine nor Euclidean distance escapes the curse of dimensionality.",
      "Cosine ignores vector length, which suits text where document length shouldn't matter.",
    },
    framed = { "A common misconception is that cosine doesn't suffer from the curse of dimensionality." },
  },
  ["embeddings said to handle unseen categories"] = {
    wrong = {
      "Another big plus is that embeddings naturally handle categories never seen in training - a new product ID "
        .. "just gets its vector from the table.",
      "Embeddings generalise to unseen categories automatically.",
      "An embedding layer handles new IDs at serving time.",
    },
    right = {
      "Unseen IDs have no trained vector, so map them to an unknown bucket.",
      "Embeddings cannot handle categories never seen in training without a fallback.",
      "Subword embeddings handle unseen words by composing their pieces.",
      "Hashed embeddings handle new categories by sharing buckets.",
      "Embeddings handle new categories poorly unless you add an unknown bucket.",
      "Embeddings handle unseen IDs via a shared unknown vector.",
      "Content-based embeddings handle new items, since they are computed from the item's text.",
      "Models that use item features rather than pure ID embeddings, or factorisation machines, generalise "
        .. "to new IDs.",
      "Use the product's attributes instead of embeddings, which generalise to new items only through them.",
    },
    framed = { "People often assume embeddings naturally handle categories never seen in training." },
  },
  ["the KL divergence said to be symmetric between Gaussians"] = {
    wrong = {
      "That said, for two Gaussians the two directions are equal, so for Gaussian VAEs the order of the KL term "
        .. "doesn't matter.",
      "The KL is symmetric for Gaussians.",
      "Between two Gaussians KL(P||Q) and KL(Q||P) are the same.",
    },
    right = {
      "For two Gaussians the two directions are equal only when the variances are equal.",
      "Even for Gaussians the KL is not symmetric.",
      "For two Gaussians with equal variances the two directions are equal.",
      "For two Gaussians the two KL directions are equal if and only if the variances match.",
      "KL(P||Q) ≠ KL(Q||P) in general, so the order of the KL term matters.",
    },
    framed = { "A common mistake is to think the KL is symmetric for Gaussians." },
  },
  ["LoRA's A and B both initialised with noise"] = {
    wrong = {
      "Both A and B are initialised with small Gaussian noise so that gradients flow to both matrices from the first "
        .. "step.",
      "In LoRA you initialise both matrices with random Gaussian values.",
      "Both A and B start from random normal weights.",
    },
    right = {
      "A is initialised with small Gaussian noise and B with zeros, so BA starts at zero.",
      "B starts at zero, so the adapted model equals the base model at the first step; both A and B still get "
        .. "gradients.",
      "Both A and B are not initialised randomly: B is zero.",
    },
    framed = { "A common mistake is to think both A and B are initialised with small Gaussian noise." },
  },
  ["non-parametric models said to need less data"] = {
    wrong = {
      "Because non-parametric models make no assumptions about the form, they are unbiased and typically need less "
        .. "data than parametric ones to reach the same accuracy.",
      "Non-parametric models need less data.",
      "Parametric models need more data than non-parametric ones.",
    },
    right = {
      "Non-parametric models need more data than parametric ones.",
      "Parametric models need less data but can be biased when their form is wrong.",
      "Non-parametric models do not need less data; they need more.",
    },
    framed = { "It's a myth that non-parametric models need less data." },
  },
  ["GP-based Bayesian optimisation said to scale to many hyperparameters"] = {
    wrong = {
      "A big plus is that it scales well to hundreds of hyperparameters, since the GP surrogate handles high "
        .. "dimensions easily.",
      "Bayesian optimisation scales well to hundreds of hyperparameters.",
      "A Gaussian-process surrogate handles high-dimensional search spaces well.",
    },
    right = {
      "Bayesian optimisation does not scale well to hundreds of hyperparameters.",
      "A GP surrogate struggles in high dimensions; random search scales well to hundreds of hyperparameters.",
      "Bayesian optimisation is sample-efficient with a few hyperparameters.",
    },
    framed = { "A common misconception is that Bayesian optimisation scales well to hundreds of hyperparameters." },
  },
  ["label smoothing said to guarantee calibration"] = {
    wrong = {
      "Since the model is never pushed towards full confidence, its predicted probabilities come out perfectly "
        .. "calibrated, so you can skip temperature scaling.",
      "Label smoothing guarantees perfectly calibrated probabilities.",
      "With label smoothing the outputs are perfectly calibrated, so skip post-hoc calibration.",
    },
    right = {
      "Label smoothing often improves calibration, but it is no guarantee: check a reliability diagram.",
      "Label smoothing does not make the model perfectly calibrated.",
      "A perfectly calibrated model's 70% predictions come true 70% of the time.",
    },
    framed = { "A common mistake is to think label smoothing guarantees perfectly calibrated probabilities." },
  },
  ["random-forest features drawn once per tree"] = {
    wrong = {
      "Each tree is also given its own random subset of about sqrt(p) features at the start, which it then uses for "
        .. "all of its splits.",
      "In a random forest each tree picks a random subset of features per tree.",
      "Each tree gets a random subset of the features, used for all of its splits.",
    },
    right = {
      "A random forest draws a fresh random subset of about sqrt(p) features at every split.",
      "Each split considers a random subset of features, not one subset per tree.",
      "The random subspace method draws features per tree, whereas a random forest draws them per split.",
      "Each tree considers a random subset of features at each of its splits.",
      "Each tree uses a new random subset of features for all of its splits, one draw per split.",
    },
    framed = { "A common mistake is to think each tree picks a random subset of features per tree." },
  },
  ["the KV cache said to make each step O(1)"] = {
    wrong = {
      "The KV cache stores keys and values of previous tokens so they're not recomputed; with it, generating each "
        .. "new token costs O(1) regardless of context length, so long-context generation is basically as cheap "
        .. "as short.",
      "With a KV cache each new token costs O(1).",
      "Thanks to the KV cache, long-context generation is as cheap as short.",
    },
    right = {
      "With a KV cache each new token still costs O(n), since it attends to all cached keys.",
      "Without a KV cache each new token costs O(n^2); with it, O(n).",
      "The KV cache does not make each step cost O(1).",
      "With a KV cache the projection for each new token costs O(1), but attending over the cache costs O(n).",
    },
    framed = { "A common misconception is that with a KV cache each new token costs O(1)." },
  },
  ["a random split called safe for dependent rows"] = {
    wrong = {
      "If your data are autocorrelated, like daily sales or repeated measures per patient, a shuffled random split is "
        .. "still fine as long as the distribution doesn't drift.",
      "For time series a random split is fine.",
      "With repeated measures per patient, random k-fold is still valid.",
    },
    right = {
      "With autocorrelated data a random split is not fine: split by time.",
      "A random split is fine as long as the rows are independent.",
      "For time series use a time-based split, and for repeated measures a grouped split.",
      "For time series use a forward split, while for independent rows a random split is fine.",
      "For temporal data a random split is fine only if there is no autocorrelation.",
    },
    framed = { "It's wrong to think that for time series a random split is fine." },
  },
  ["MAP called the posterior mean or fully Bayesian"] = {
    wrong = {
      "The MAP estimate is the posterior mean, so it already averages over parameter uncertainty, which is why it "
        .. "counts as a fully Bayesian method.",
      "MAP equals the posterior mean.",
      "MAP is fully Bayesian because it uses a prior.",
    },
    right = {
      "MAP is the posterior mode, a point estimate, not a fully Bayesian method.",
      "For a Gaussian posterior the MAP estimate is the posterior mean as well as the mode.",
      "In Bayesian linear regression with a Gaussian prior, MAP equals the posterior mean.",
      "MAP is not fully Bayesian: it does not average over the posterior.",
      "The posterior mean minimises the expected squared error.",
    },
    framed = { "A common misconception is that MAP is fully Bayesian." },
  },
  ["a high learning rate for fine-tuning a pretrained model"] = {
    wrong = {
      "When fine-tuning a pretrained transformer, use a relatively high LR, around 1e-2, since the head is new and "
        .. "the backbone needs to move well away from its pretraining solution.",
      "For fine-tuning, use a large learning rate so the weights can adapt.",
      "When fine-tuning BERT, use a high learning rate like 0.01.",
    },
    right = {
      "When fine-tuning a pretrained transformer, use a small learning rate around 2e-5.",
      "When fine-tuning, use a larger learning rate for the new head than for the backbone.",
      "For training from scratch, use a large learning rate with warmup.",
      "When fine-tuning, never use a high learning rate like 1e-2.",
    },
    framed = { "A common mistake when fine-tuning is to use a high learning rate like 1e-2." },
  },
  ["the MLE said to be always unbiased"] = {
    wrong = {
      "MLE picks the parameters that maximise the likelihood of the observed data, and its estimates are always "
        .. "unbiased, e.g. the MLE of a Gaussian's variance is the n-1 sample variance.",
      "Maximum likelihood estimators are always unbiased.",
      "The MLE of the variance divides by n - 1.",
    },
    right = {
      "The MLE is not always unbiased: the MLE of a Gaussian's variance divides by n.",
      "MLEs are consistent but can be biased in small samples.",
      "The unbiased variance estimate divides by n - 1, the MLE by n.",
    },
    framed = { "A common misconception is that maximum likelihood estimators are always unbiased." },
  },
  ["a large Huber delta said to add robustness"] = {
    wrong = {
      "For maximum robustness to outliers, set delta large, say several times the typical residual, so more of the "
        .. "errors fall in the robust region.",
      "A larger delta makes Huber loss more robust.",
      "To be more robust, set δ high.",
    },
    right = {
      "A small delta makes Huber more robust; a large delta makes it behave like MSE.",
      "For robustness set delta small, around the typical residual.",
      "A large delta is not more robust: Huber then approaches MSE.",
    },
    framed = { "A common mistake is to think a larger delta makes Huber loss more robust." },
  },
  ["Ward linkage said to work with any distance"] = {
    wrong = {
      "Ward is the best default and works with any distance, e.g. cosine or Manhattan, since it just merges the "
        .. "closest pair.",
      "Ward linkage works with any metric.",
      "You can use Ward, which just merges the closest pair of clusters.",
    },
    right = {
      "Ward minimises the increase in within-cluster variance and needs Euclidean distance.",
      "Ward does not work with any distance; use average linkage for cosine.",
      "Average linkage works with any distance, while Ward needs Euclidean.",
    },
    framed = { "A common mistake is to think Ward linkage works with any metric." },
  },
  ["prompting said to cost nothing"] = {
    wrong = {
      "Decision: prompting is always the cheaper option since fine-tuning has a training cost and prompting has none.",
      "Prompting is always cheaper than fine-tuning.",
    },
    right = {
      "Prompting has no training cost, but long prompts are paid on every call, so at scale fine-tuning can be "
        .. "cheaper.",
      "Prompting is not always cheaper than fine-tuning.",
    },
    framed = { "People often assume prompting is always cheaper than fine-tuning." },
  },
  ["Hoeffding applied to the selected hypothesis"] = {
    wrong = {
      "By Hoeffding the training error of the minimiser is within sqrt(log(2/delta)/(2n)) of its true risk, "
        .. "whatever the hypothesis class.",
      "Hoeffding bounds the empirical risk of the ERM minimiser directly.",
      "Hoeffding's inequality gives the bound whatever the hypothesis class.",
    },
    right = {
      "Hoeffding holds for one fixed hypothesis; for the ERM minimiser you need a union bound over the class.",
      "Hoeffding bounds the training error of a fixed hypothesis, not of the minimiser.",
      "With a finite class, Hoeffding plus a union bound gives sqrt(log(2|H|/delta)/(2n)).",
    },
    framed = { "A common mistake is to apply Hoeffding to the training error of the minimiser, whatever the "
      .. "hypothesis class." },
  },
  ["a seed said to make GPU training deterministic"] = {
    wrong = {
      "Calling torch.manual_seed(0) at the top seeds both CPU and all CUDA devices, which makes the run fully "
        .. "deterministic on GPU too.",
      "Setting the seeds makes training fully deterministic on the GPU.",
      "Fixing the seed makes the runs completely reproducible, on GPU too.",
    },
    right = {
      "Seeding is not enough on GPU: some cuDNN kernels are non-deterministic.",
      "Seeds fix the random draws; to be fully deterministic on GPU also enable deterministic algorithms.",
      "torch.manual_seed(0) seeds the CPU and all CUDA devices.",
      "Seeds together with deterministic algorithms make training fully deterministic on the GPU.",
    },
    framed = { "A common misconception is that setting the seeds makes training fully deterministic on the GPU." },
  },
  ["a p-value read as the effect size"] = {
    wrong = {
      "So p = 0.001 means a much bigger effect than p = 0.04, which is why you can rank features or A/B variants by "
        .. "their p-values to see which matters most.",
      "A smaller p-value means a bigger effect.",
      "Rank the features by their p-values to find the most important ones.",
    },
    right = {
      "A small p-value does not mean a large effect; report effect sizes.",
      "A tiny effect on a huge sample can have a tiny p-value.",
      "Rank features by effect size, not by p-value.",
    },
    framed = { "A common mistake is to think a smaller p-value means a bigger effect." },
  },
  ["power written as 1 − α"] = {
    wrong = {
      "Power is 1 - alpha, so choosing a smaller alpha like 0.01 also gives you a more powerful test.",
      "Power = 1 − α.",
      "A lower alpha makes the test more powerful.",
    },
    right = {
      "Power is 1 - beta; a smaller alpha lowers power.",
      "Power is not 1 - alpha.",
      "The confidence level is 1 - alpha and power is 1 - beta.",
      "A lower alpha with a bigger sample can still give a more powerful test.",
    },
    framed = { "A common mistake is to think power is 1 - alpha." },
  },
  ["k-NN said to need no feature scaling"] = {
    wrong = {
      "Because it's non-parametric, it doesn't need feature scaling, unlike linear models.",
      "kNN doesn't need feature scaling.",
      "k-nearest neighbours does not require normalisation of the features.",
    },
    right = {
      "kNN needs feature scaling because distances mix units.",
      "Unlike kNN, trees don't need feature scaling.",
      "k-NN is scale-sensitive, whereas random forests do not need scaling.",
    },
    framed = { "A common mistake is to think kNN doesn't need feature scaling." },
  },
  ["the LSTM forget-gate bias initialised negative"] = {
    wrong = {
      "Practical tip: initialise the forget-gate bias to a negative value, e.g. -1 to -3, so the cell starts out "
        .. "forgetting.",
      "Set the forget gate bias to -2 at initialisation.",
      "Initialise the forget-gate bias at a negative number.",
    },
    right = {
      "Initialise the forget-gate bias to a positive value such as 1, so the cell remembers at the start.",
      "Don't set the forget-gate bias to a negative value.",
      "Set the forget gate bias to 1 at initialisation.",
    },
    framed = { "A common mistake is to initialise the forget-gate bias to a negative value." },
  },
  ["serving logs kept out of training against skew"] = {
    wrong = {
      "To prevent it, keep the offline training pipeline separate and well curated, and avoid training on logged "
        .. "serving features because those logs are noisy.",
      "Avoid training on the logged features.",
    },
    right = {
      "Log the features at serving time and train on those logs, so training sees what serving sees.",
      "Share one feature pipeline between training and serving.",
    },
    framed = { "A common mistake is to avoid training on logged serving features." },
  },
  ["class weighting or oversampling said to keep probabilities calibrated"] = {
    wrong = {
      "A nice property of class weighting is that it only moves the decision boundary and leaves the probability "
        .. "estimates untouched, so the predicted probabilities stay calibrated.",
      "Oversampling the minority class doesn't change the predicted probabilities.",
      "With a weighted loss the probabilities remain calibrated, so you can use them directly.",
      "SMOTE keeps the probabilities calibrated.",
    },
    right = {
      "Class weighting shifts the predicted probabilities toward the minority class, so recalibrate them before use.",
      "Class weighting does not leave the probabilities calibrated.",
      "After oversampling, recalibrate so the probabilities stay calibrated to the real base rate.",
      "Class weighting changes the probabilities but does not change the ranking much.",
      "Keep the test set at the real distribution, so the probabilities are evaluated honestly.",
      "Oversampling keeps the probabilities calibrated only if you correct them for the sampling rate.",
    },
    framed = { "A common mistake is to think class weighting leaves the predicted probabilities calibrated." },
  },
  ["one-vs-one said to need K − 1 classifiers"] = {
    wrong = {
      "One-vs-one is the cheaper option: it only needs K − 1 classifiers, each comparing a class against a "
        .. "reference class, and predicts by voting.",
      "OvO trains K-1 binary classifiers.",
      "One-versus-one requires only n − 1 models.",
    },
    right = {
      "One-vs-one trains K(K − 1)/2 classifiers, one per pair of classes.",
      "In one-vs-one each class takes part in K − 1 classifiers.",
      "One-vs-rest needs K classifiers while one-vs-one needs K(K-1)/2.",
      "Softmax regression has K − 1 free weight vectors, since one class can be the reference.",
    },
    framed = { "A common mistake is to think one-vs-one only needs K − 1 classifiers." },
  },
  ["the DCG discount written as 1 / rank"] = {
    wrong = {
      "NDCG uses graded relevance, and the key difference is that its discount is linear: the gain at rank i is "
        .. "divided by i, so rank 2 counts half of rank 1.",
      "DCG divides each gain by its rank.",
      "In NDCG the gain at position k is divided by k.",
    },
    right = {
      "DCG divides each gain by log2 of its rank plus one, so rank 2 counts about 0.63 of rank 1.",
      "In MRR a first relevant item at rank 2 counts half of rank 1.",
      "The gain at rank i is divided by log2(i + 1).",
      "NDCG's discount is logarithmic, not linear.",
    },
    framed = { "A common mistake is to think the DCG discount is linear, so rank 2 counts half of rank 1." },
  },
  ["a larger batch said to give a larger average gradient"] = {
    wrong = {
      "When you double the batch size you should also increase the learning rate, because the averaged gradient "
        .. "of a bigger batch has a bigger magnitude.",
      "The mean gradient over a larger batch is larger, so the step must grow too.",
      "Bigger batches give averaged gradients with a larger norm.",
    },
    right = {
      "The averaged gradient of a bigger batch has lower variance, not a bigger magnitude.",
      "The summed gradient of a bigger batch has a bigger magnitude, which is why the loss is usually averaged.",
      "When you double the batch size, increase the learning rate, because the gradient estimate is less noisy.",
    },
    framed = { "A common mistake is to think the averaged gradient of a bigger batch has a bigger magnitude." },
  },
  ["Gaussian processes called parametric"] = {
    wrong = {
      "Gaussian processes are a good example of a parametric model: they're fully described by a few kernel "
        .. "hyperparameters.",
      "A Gaussian process is parametric, since it only has a length-scale and a noise variance.",
      "GPs are a classic parametric method.",
    },
    right = {
      "Gaussian processes are non-parametric: predictions use all the training points.",
      "A Gaussian process is not a parametric model.",
      "Linear regression is parametric, while a Gaussian process is non-parametric.",
      "A GP's kernel is parametric, but the GP itself is non-parametric.",
      "GPs are parametric in their kernel hyperparameters but non-parametric in the function they fit.",
    },
    framed = { "A common mistake is to think Gaussian processes are parametric." },
  },
  ["more samples than parameters said to guarantee generalisation"] = {
    wrong = {
      "Training and test error can differ because of overfitting, but that only happens when you have more "
        .. "parameters than samples; once n is larger than the number of parameters, the empirical risk minimizer "
        .. "is guaranteed to generalize.",
      "With more samples than parameters the model is guaranteed to generalise.",
      "Overfitting only happens if you have more parameters than data points.",
    },
    right = {
      "Having more samples than parameters guarantees nothing: generalisation depends on capacity.",
      "More samples than parameters does not guarantee generalisation; a 1-NN model overfits with any n.",
      "Even with more samples than parameters, nothing guarantees the model will generalise.",
      "Overfitting can happen even when you have more samples than parameters.",
    },
    framed = { "A common mistake is to think more samples than parameters guarantees the model will generalise." },
  },
  ["a plain autoencoder's latent space said to be Gaussian and sampleable"] = {
    wrong = {
      "A big advantage over PCA is generation: the latent space of a standard autoencoder is smooth and "
        .. "Gaussian-shaped, so you can sample random codes from a normal distribution and decode them.",
      "A plain autoencoder's latent space is smooth, so you can sample from it.",
      "A vanilla autoencoder lets you generate new samples by decoding random codes.",
    },
    right = {
      "The latent space of a standard autoencoder is not smooth or Gaussian; a VAE's KL term makes it so.",
      "A VAE's latent space is smooth and close to Gaussian, so you can sample codes and decode them.",
      "Unlike a plain autoencoder, a VAE's latent space is smooth.",
      "A standard autoencoder cannot generate new samples reliably.",
    },
    framed = { "A common mistake is to think a plain autoencoder's latent space is smooth and Gaussian." },
  },
  ["the silhouette said to fall steadily with k"] = {
    wrong = {
      "The silhouette score works the same way, it steadily decreases as k grows, so you also look for the elbow "
        .. "in the silhouette curve rather than its maximum.",
      "The silhouette always increases with the number of clusters.",
      "Look for the elbow in the silhouette plot.",
    },
    right = {
      "Pick the k with the highest silhouette; inertia steadily decreases as k grows.",
      "The silhouette does not steadily decrease with k: it peaks at the best k.",
      "Look for the elbow in the inertia curve and the peak of the silhouette.",
      "Unlike inertia, which always falls as k grows, the silhouette has a maximum.",
      "Don't look for an elbow in the silhouette; take its maximum.",
    },
    framed = { "A common mistake is to think the silhouette steadily decreases as k grows." },
  },
  ["the bias term left unsquared in the decomposition"] = {
    wrong = {
      "What remains is |f(x) - f_bar(x)| + E[(f_hat - f_bar)^2] + sigma^2, so the error is bias plus variance "
        .. "plus noise, with the bias entering linearly.",
      "The bias contributes linearly to the expected squared error.",
      "In the decomposition the bias appears linearly, the variance squared.",
    },
    right = {
      "The error is bias squared plus variance plus noise: the bias enters squared.",
      "The bias does not enter linearly; it is squared.",
      "(f(x) - f_bar(x))^2 + E[(f_hat - f_bar)^2] + sigma^2.",
    },
    framed = { "A common mistake is to think the bias enters linearly." },
  },
  ["product quantisation said to cost memory"] = {
    wrong = {
      "PQ is the one with the big memory cost: it keeps a full-precision codebook entry for every vector on top of "
        .. "the vectors themselves, so it is used for speed on smaller collections, not for compression.",
      "Product quantisation needs a lot of memory, so use it only on small collections.",
      "PQ uses the most memory of the three.",
    },
    right = {
      "PQ compresses each vector into a few bytes, so it uses far less memory than HNSW.",
      "HNSW uses the most memory, while PQ is the compact one.",
      "Training the PQ codebooks needs a lot of memory on huge samples.",
    },
    framed = { "A common mistake is to think PQ is the one with the big memory cost." },
  },
  ["random search credited to noise escaping local optima"] = {
    wrong = {
      "Random search usually finds better settings for the same budget, and the reason is that the random "
        .. "sampling adds noise that helps the search jump out of local optima, the same way noise helps SGD.",
      "Random search wins because its randomness lets it escape local optima.",
      "Random trials add noise that helps escape local minima.",
    },
    right = {
      "Random search beats grid search because only a few hyperparameters matter, not because noise helps "
        .. "escape local optima.",
      "SGD noise helps escape sharp minima.",
      "Random search tries a new value of every hyperparameter in each trial.",
    },
    framed = { "A common mistake is to think random search wins because its noise helps it jump out of local "
      .. "optima." },
  },
  ["no n-gram overlap said to prove a benchmark clean"] = {
    wrong = {
      "If you find zero overlapping n-grams then the benchmark is clean and you can fully trust the score, "
        .. "because memorisation needs the exact text.",
      "No 13-gram overlap proves the test set is clean.",
      "Memorisation requires the exact text, so an n-gram check is enough.",
    },
    right = {
      "Zero overlapping n-grams does not mean the benchmark is clean: paraphrases slip through.",
      "No n-gram overlap only rules out verbatim contamination.",
      "Run a 13-gram overlap check, then also look for paraphrased items.",
    },
    framed = { "A common mistake is to think that zero overlapping n-grams means the benchmark is clean." },
  },
  ["the validation score reported as the final estimate"] = {
    wrong = {
      "So if you had a large enough validation set you could simply report the validation score as your final "
        .. "performance.",
      "The reason we keep a separate test set is only statistical power.",
      "Tune on the validation set and report the validation accuracy as the final result.",
    },
    right = {
      "You can't report the validation score as your final performance, because you selected on it.",
      "Reporting the validation score as the final estimate would be optimistic.",
      "Report the test score as your final performance, after all choices are made on validation.",
    },
    framed = { "A common mistake is to think you can report the validation score as your final performance." },
  },
  ["SHAP said to handle correlated features"] = {
    wrong = {
      "SHAP doesn't have that problem: since it averages a feature's contribution over every possible coalition, "
        .. "correlated features always get fair, stable credit, so for correlated data I'd rely on SHAP.",
      "SHAP handles correlated features.",
      "Because Shapley values average over coalitions, correlated features receive fair credit.",
    },
    right = {
      "SHAP also struggles with correlated features: credit is split between them.",
      "SHAP does not handle correlated features well; group them first.",
      "Permutation importance splits the credit between correlated features.",
    },
    framed = { "A common mistake is to think SHAP handles correlated features." },
  },
  ["Adam's bias correction said to matter late in training"] = {
    wrong = {
      "This factor keeps moving away from one as t grows, so the correction matters most late in training.",
      "Bias correction matters more later on, once many gradients have accumulated.",
      "1 - beta1^t moves away from 1 as t grows.",
    },
    right = {
      "The correction matters most early in training, since 1 - beta1^t approaches 1 as t grows.",
      "Bias correction matters little late in training.",
      "The correction matters most in the first steps and not late in training.",
    },
    framed = { "A common mistake is to think the bias correction matters most late in training." },
  },
  ["an offline win over a baseline said to guarantee value in production"] = {
    wrong = {
      "The nice part is that once your complex model beats the baseline clearly on the validation set, you know "
        .. "it will deliver value in production.",
      "If it outperforms the baseline offline, you can be sure it will work in production.",
      "Beating the baseline on held-out data guarantees it will add value in production.",
    },
    right = {
      "Even if your model beats the baseline on validation, you don't know it will deliver value in production.",
      "Beating the baseline on the test set is necessary but doesn't guarantee it will work in production.",
      "Once it beats the baseline offline, run an A/B test to see whether it will deliver value in production.",
    },
    framed = { "A common mistake is to think that once a model beats the baseline on validation, you know it will "
      .. "deliver value in production." },
  },
  ["sigmoid or tanh said to cure vanishing gradients"] = {
    wrong = {
      "The main culprit for vanishing gradients is ReLU, since its derivative is exactly zero for half of all inputs; "
        .. "switching to sigmoid or tanh, which have a non-zero gradient everywhere, keeps the signal flowing.",
      "ReLU is the main cause of vanishing gradients in deep networks.",
      "To fix vanishing gradients, switch back to tanh, which prevents vanishing because its gradient is never zero.",
      "Moving to sigmoid activations keeps the gradients flowing through a deep stack.",
    },
    right = {
      "The main culprit for vanishing gradients is the sigmoid, whose derivative is at most 0.25.",
      "Switching from sigmoid to ReLU keeps the signal flowing, since its derivative is 1 for positive inputs.",
      "ReLU is not the cause of vanishing gradients; its risk is dead units.",
      "Switching to tanh from sigmoid centres the outputs but doesn't fix vanishing gradients.",
      "Dead ReLUs, not vanishing gradients, are ReLU's main failure mode.",
    },
    framed = { "A common mistake is to think ReLU is the main cause of vanishing gradients." },
  },
  ["XᵀX said to be invertible with more features than rows"] = {
    wrong = {
      "This works best when you have more features than observations, p > n, because XᵀX then carries more "
        .. "information and is guaranteed to be invertible; with far more rows than features it tends to be singular.",
      "With more features than samples, XᵀX is always invertible.",
      "When p > n the matrix XᵀX becomes invertible.",
      "With many more rows than columns, XᵀX is singular, so you need ridge.",
    },
    right = {
      "With more features than observations, XᵀX is singular, so the normal equations fail.",
      "When p > n, XᵀX is not invertible; ridge's XᵀX + λI always is.",
      "When p > n you need ridge, whose matrix XᵀX + λI is always invertible.",
      "With more rows than features, XᵀX is usually invertible unless columns are collinear.",
      "Even with more rows than features it is singular if two columns are collinear.",
    },
    framed = { "A common mistake is to think that with more features than observations XᵀX is always invertible." },
  },
  ["PCA's eigenvector solution said to need Gaussian data"] = {
    wrong = {
      "Note this derivation only holds when the data are multivariate Gaussian; for non-Gaussian data the "
        .. "maximum-variance direction is generally not an eigenvector of the covariance.",
      "PCA only works when the data is normally distributed.",
      "The eigen solution only holds if the data are Gaussian.",
    },
    right = {
      "The derivation holds for any data; no Gaussian assumption is needed.",
      "PCA's components are independent only when the data are Gaussian; otherwise they are merely uncorrelated.",
      "Probabilistic PCA assumes the data are Gaussian.",
      "For non-Gaussian data the maximum-variance direction is still the top eigenvector of the covariance.",
    },
  },
  ["information gain computed without weighting the children"] = {
    wrong = {
      "Information gain is the parent's entropy minus the sum of the children's entropies, and the tree picks the "
        .. "split with the largest gain. You don't weight the children by their size.",
      "Information gain is the parent's entropy minus the average of the child entropies.",
      "There is no need to weight the child nodes by size, since each child is its own subproblem.",
    },
    right = {
      "Information gain is the parent's entropy minus the weighted sum of the children's entropies.",
      "Information gain is the parent's entropy minus the sum of the children's entropies, each weighted by its "
        .. "share of the samples.",
      "If you don't weight the children by their size, a tiny pure child counts as much as a large one.",
      "You weight the children by their size.",
    },
    framed = { "A common mistake is to think you don't weight the children by their size." },
  },
  ["naive Bayes called well calibrated"] = {
    wrong = {
      "Naive Bayes and logistic regression both output proper probabilities from their likelihood, so they're "
        .. "well calibrated out of the box.",
      "Naive Bayes is well calibrated because it is a probabilistic model.",
      "Naive Bayes probabilities are already calibrated.",
    },
    right = {
      "Naive Bayes is poorly calibrated: its probabilities are pushed toward 0 and 1.",
      "Logistic regression is usually well calibrated, unlike naive Bayes.",
      "Naive Bayes is not well calibrated, while logistic regression usually is.",
      "Naive Bayes is well calibrated only after Platt or isotonic scaling.",
      "Naive Bayes ranks well, and logistic regression is well calibrated.",
    },
    framed = { "A common mistake is to think naive Bayes is well calibrated." },
  },
  ["MAE called smooth, or Huber non-differentiable"] = {
    wrong = {
      "Huber loss combines them, but like MAE it isn't differentiable at zero, so for gradient-based training you'd "
        .. "need subgradients; that's the main reason people prefer plain MAE, which is smooth everywhere.",
      "The Huber loss is not differentiable at zero.",
      "MAE is differentiable everywhere, so it trains smoothly.",
    },
    right = {
      "MAE is not differentiable at zero; Huber is smooth there.",
      "Unlike MAE, Huber is differentiable at zero.",
      "MSE is smooth everywhere, while MAE has a kink at zero.",
      "MAE is differentiable everywhere except at zero.",
      "Huber is MSE-like near zero and mae-like in the tails, differentiable everywhere.",
      "Huber is not twice differentiable at the threshold, but it is differentiable everywhere.",
    },
    framed = { "A common mistake is to think the Huber loss is not differentiable at zero." },
  },
  ["agglomerative clustering said to find the optimal partition"] = {
    wrong = {
      "Because it evaluates every merge, cutting the dendrogram at k always gives the optimal k-cluster partition, "
        .. "better than k-means, which only finds local optima.",
      "Agglomerative clustering is guaranteed to find the globally optimal clustering.",
      "Hierarchical clustering always gives the optimal partition for any k.",
    },
    right = {
      "Cutting the dendrogram at k gives no guarantee of the optimal partition, since merges are greedy.",
      "Agglomerative clustering is greedy and not guaranteed to find the optimal partition.",
      "Cutting the dendrogram at k always gives a valid partition into k clusters.",
      "Hierarchical clustering is deterministic, so it always gives the same partition.",
    },
    framed = { "A common mistake is to think cutting the dendrogram always gives the optimal partition." },
  },
  ["clipping by value said to keep the gradient's direction"] = {
    wrong = {
      "Clipping by value caps every component at the same threshold c, so the relative sizes and the overall "
        .. "direction are preserved.",
      "Clipping by value preserves the gradient's direction.",
      "Clip each component to [-c, c]; clipping per element keeps the direction the same.",
      "Value clipping keeps the direction of the gradient.",
    },
    right = {
      "Clipping by norm preserves the direction, while clipping by value changes it.",
      "Clipping by value does not preserve the direction of the gradient.",
      "Unlike clipping by value, norm clipping preserves the direction.",
      "Clipping by value can change the direction; clipping by norm keeps it.",
    },
    framed = { "A common mistake is to think clipping by value preserves the gradient's direction." },
  },
  ["few trainable parameters said to rule out overfitting"] = {
    wrong = {
      "A big practical plus is that with so few trainable parameters LoRA can't really overfit, so you can skip the "
        .. "validation split and just train for many epochs on all your data.",
      "LoRA cannot overfit because the base model is frozen.",
      "Adapters won't overfit, so there's no need for early stopping.",
    },
    right = {
      "LoRA can still overfit a small dataset, so keep a validation split.",
      "With fewer trainable parameters, LoRA overfits less easily than full fine-tuning, but it can overfit.",
      "LoRA can't overfit as easily as full fine-tuning.",
      "Keep a validation split and stop early: adapters do overfit.",
    },
    framed = { "A common mistake is to think LoRA cannot overfit." },
  },
  ["an autoencoder's latent dimensions said to be ordered like principal components"] = {
    wrong = {
      "Its advantage is that even a nonlinear autoencoder's latent dimensions come out orthogonal and ordered by "
        .. "explained variance, so you can read off the most important dimension first.",
      "An autoencoder's bottleneck units are ordered by variance, like principal components.",
      "The autoencoder learns latent features sorted by explained variance.",
    },
    right = {
      "Unlike PCA, an autoencoder's latent dimensions are not ordered by variance.",
      "PCA's components are orthogonal and ordered by explained variance; an autoencoder's latent dimensions are not.",
      "An autoencoder's latent dimensions have no natural order.",
    },
    framed = { "A common mistake is to think an autoencoder's latent dimensions are ordered by explained variance." },
  },
  ["low-variance principal components said to be safe to drop"] = {
    wrong = {
      "Since the dropped components have the least variance, discarding them can never remove information a "
        .. "downstream classifier needs.",
      "Low-variance components don't carry useful information, so dropping them is always safe.",
      "The smallest principal components never contain signal that matters for prediction.",
    },
    right = {
      "Low-variance components can carry the signal a classifier needs, since PCA ignores the labels.",
      "The smallest components don't carry much variance.",
      "The dropped components don't always contain noise; they can hold the predictive signal.",
      "The discarded components have the least variance, but they can still hold useful information.",
    },
    framed = { "A common mistake is to think low-variance components never carry useful information." },
  },
  ["F1 called the arithmetic mean of precision and recall"] = {
    wrong = {
      "F1 is the arithmetic mean of precision and recall, (P + R) / 2, which balances the two.",
      "F1 = (P + R) / 2.",
      "The F1 score is the simple average of precision and recall.",
    },
    right = {
      "F1 is the harmonic mean of precision and recall, not the arithmetic mean.",
      "F1 = 2PR / (P + R), the harmonic mean of precision and recall.",
      "Unlike the arithmetic mean of precision and recall, F1 is pulled toward the smaller one.",
      "F1 = 2PR/(P+R), not (P+R)/2.",
    },
    framed = { "A common mistake is to think F1 is the arithmetic mean of precision and recall." },
  },
  ["a higher FID read as better"] = {
    wrong = {
      "Because it measures how widely the generated features spread, a higher FID means the generator is more "
        .. "diverse and realistic, so you want it as high as possible.",
      "A higher FID means better image quality.",
      "Train until you maximise the FID on held-out samples.",
      "You want the FID as high as possible.",
    },
    right = {
      "A lower FID is better; a higher FID means the generated images are further from the real ones.",
      "A higher FID means worse samples, so you want it as low as possible.",
      "A higher FID means less realistic or less diverse samples.",
      "You don't want the FID as high as possible; you want it low.",
      "Never maximise the FID: lower is better.",
    },
    framed = { "A common mistake is to think a higher FID means better samples." },
  },
  ["RoPE called an absolute encoding"] = {
    wrong = {
      "RoPE rotates the query and key vectors by an angle proportional to position, which makes each attention score "
        .. "depend on the absolute positions of both tokens rather than their offset.",
      "RoPE is purely an absolute positional encoding.",
      "RoPE is just an absolute encoding applied to queries and keys.",
    },
    right = {
      "RoPE makes each score depend on the relative offset, not on the absolute positions.",
      "RoPE is not an absolute encoding: the score depends only on the offset.",
      "Sinusoidal encodings are absolute, while RoPE is relative.",
      "RoPE rotates by the absolute position, but the scores depend only on the relative offset.",
      "Learned absolute position embeddings, unlike RoPE, are an absolute encoding.",
    },
    framed = { "A common mistake is to think RoPE is an absolute encoding." },
  },
  ["ensembles said to gain most from highly correlated members"] = {
    wrong = {
      "The effect is strongest when the members are highly correlated, for example the same architecture trained "
        .. "on the same data with the same seed.",
      "Averaging helps most when the models are strongly correlated.",
      "The variance reduction is largest when the base models are highly correlated.",
    },
    right = {
      "The effect is strongest when the members are uncorrelated.",
      "Averaging helps least when the models are highly correlated.",
      "The gain is largest when the members are weakly correlated.",
      "The variance reduction is small when the members are highly correlated.",
    },
    framed = { "A common mistake is to think averaging works best when the models are highly correlated." },
  },
  ["Bayesian optimisation called embarrassingly parallel"] = {
    wrong = {
      "Its big advantage is that, unlike grid or random search, it is embarrassingly parallel: you can launch "
        .. "hundreds of trials at once.",
      "Bayesian optimisation is embarrassingly parallel.",
      "Unlike random search, Bayesian optimisation is trivially parallel.",
    },
    right = {
      "Unlike grid or random search, Bayesian optimisation is sequential, not embarrassingly parallel.",
      "Random search is embarrassingly parallel, while Bayesian optimisation is sequential.",
      "Bayesian optimisation is not embarrassingly parallel, since each point depends on earlier results.",
      "Grid and random search are embarrassingly parallel.",
    },
    framed = { "A common mistake is to think Bayesian optimisation is embarrassingly parallel." },
  },
  ["integer codes recommended for linear models"] = {
    wrong = {
      "For linear and logistic regression, label encoding is actually the best choice because it keeps a single "
        .. "column, and the model will learn the right effect for each category from the integer codes.",
      "For logistic regression, integer encoding is the best choice.",
      "A linear model will learn a separate effect for each category from the integer codes.",
    },
    right = {
      "For linear models, one-hot is better; label encoding is fine for trees.",
      "For linear regression, label encoding is not a good choice: it imposes a false order.",
      "For linear models, ordinal encoding is fine when the categories have a natural order.",
      "A tree can learn a separate effect for each category from the integer codes.",
    },
    framed = { "A common mistake is to think that for linear regression label encoding is the best choice." },
  },
  ["dropout's rescaling said to keep the variance"] = {
    wrong = {
      "With inverted dropout the kept activations are divided by (1 - p) during training; the reason is to keep the "
        .. "variance of each layer's activations the same between training and test.",
      "Dividing by 1 - p keeps the variance of the activations unchanged.",
      "Dropout rescales the kept units to preserve the variance between training and inference.",
    },
    right = {
      "Dividing by 1 - p keeps the expected value of each activation the same between training and test.",
      "Dropout's rescaling keeps the mean, not the variance, the same.",
      "Dividing by (1 - p) does not keep the variance unchanged; dropout raises it during training.",
      "He initialisation is chosen to keep the variance of activations the same across layers.",
    },
    framed = { "A common mistake is to think inverted dropout divides by 1 - p to keep the variance the same." },
  },
  ["position said to have no effect of its own on clicks"] = {
    wrong = {
      "Use raw clicks from the logs directly as relevance labels; position bias isn't a concern, since with enough "
        .. "traffic it averages out across queries and products.",
      "Ads in the top slots have higher CTR only because our ranker already puts the most clickable ads there, so "
        .. "position adds nothing of its own and can be left out of the features.",
      "Position bias washes out once you have millions of impressions.",
      "Position bias is not a real problem for learning to rank.",
    },
    right = {
      "Position bias: judge both orders and average, so the bias cancels out between the two systems.",
      "Position bias does not average out with more traffic; correct for it with inverse propensity weighting.",
      "Position bias isn't a concern once you randomise the top results.",
      "Top slots have higher CTR partly because of position itself, so include position as a feature.",
      "Position bias is a real problem: it would only average out if positions were randomised.",
    },
    framed = { "A common mistake is to think position bias averages out with enough traffic." },
  },
  ["the causal mask said to be for efficiency"] = {
    wrong = {
      "Causal masking sets the attention scores for future positions (j > i) to minus infinity before the softmax. "
        .. "The main reason for it is efficiency: attention costs roughly half as much.",
      "The causal mask is mainly for efficiency, since half of the scores are skipped.",
      "Causal masking is there to save compute.",
    },
    right = {
      "The causal mask stops each position from seeing future tokens; it is not there for efficiency.",
      "Causal masking prevents leakage of the next token. The main reason for it is correctness, not speed.",
      "With FlashAttention the causal mask also saves compute, as a side effect.",
    },
    framed = { "A common mistake is to think the causal mask is mainly for efficiency." },
  },
  ["cosine said to make feature scaling unnecessary"] = {
    wrong = {
      "Use cosine when your features are on very different scales, say income in dollars next to age in years. "
        .. "Cosine is scale-invariant, so it ignores each feature's units and saves you from standardising.",
      "Cosine similarity saves you from standardising the features.",
      "With cosine there is no need to standardise features on different scales.",
    },
    right = {
      "Cosine is invariant to scaling the whole vector, not to rescaling one feature, so still standardise.",
      "Don't use cosine when features are on very different scales without standardising them first.",
      "Cosine ignores the vectors' lengths, but a feature in large units still dominates the angle.",
      "Both cosine and Euclidean distance need standardised features.",
    },
    framed = { "A common mistake is to think cosine saves you from standardising the features." },
  },
  ["a feature store said to rule out skew"] = {
    wrong = {
      "The fix is a feature store: because it serves the identical feature definitions online and offline, it "
        .. "guarantees there can be no skew, so once you've moved onto one you don't need to monitor feature "
        .. "distributions any more.",
      "A feature store guarantees no training-serving skew.",
      "With a feature store you no longer need to monitor the features.",
    },
    right = {
      "A feature store reduces skew but doesn't guarantee there is no skew.",
      "Even with a feature store you still need to monitor feature distributions.",
      "A feature store does not guarantee no skew: the input data can still drift.",
      "A feature store helps, but it never guarantees no skew.",
      "A feature store doesn't mean you don't need to monitor feature distributions.",
    },
    framed = { "A common mistake is to think a feature store guarantees no skew." },
  },
}

-- widened entries: the further wordings they catch, and the right ones they must still leave alone
local more = {
  ["an action-dependent baseline called unbiased"] = {
    wrong = {
      "E[∇log π(a|s) b] = 0 holds for any b that doesn't depend on θ, so you can even use an action-dependent "
        .. "baseline like Q(s,a) for free.",
      "An action-dependent baseline such as Q(s,a) keeps the gradient unbiased.",
      "The baseline can even depend on the action without adding bias.",
    },
    right = {
      "An action-dependent baseline like Q(s,a) biases the gradient unless it is corrected.",
      "The baseline can depend on the state but not on the action.",
    },
    framed = { "A common mistake is to think an action-dependent baseline keeps the gradient unbiased." },
  },
  ["underfitting said to need more data or more regularisation"] = {
    wrong = {
      "Underfitting: both losses high and close together; the standard fix is to collect more training data, since "
        .. "the model hasn't seen enough examples.",
      "Adding more training data is the main way to cut bias, since the model sees more of the true function.",
      "When a model underfits, the fix is to get more data.",
    },
    right = {
      "Underfitting is fixed with more capacity, not more data.",
      "More data is the main way to cut variance; more capacity cuts bias.",
      "Overfitting: the fix is to collect more training data.",
      "Underfitting needs more capacity; if the validation error is far above the training error, the fix is to get "
        .. "more data.",
    },
    framed = { "A common mistake is to think that adding more training data is the main way to cut bias." },
  },
  ["resampling, augmenting or shuffling so both sets look alike"] = {
    wrong = {
      "I'd balance the train, validation and test sets to 50/50 with SMOTE/undersampling so precision and recall "
        .. "are measured fairly.",
      "Balance the test set with undersampling.",
    },
    right = {
      "Balance only the training set; never balance the test set to 50/50.",
      "Keep the test set at its natural class balance.",
    },
  },
  ["DBSCAN said to handle clusters of different densities"] = {
    wrong = {
      "DBSCAN groups dense regions. It's also the go-to when clusters have very different densities, because each "
        .. "cluster effectively adapts its own eps.",
    },
    right = {
      "DBSCAN uses one global eps. HDBSCAN handles varying densities: each cluster effectively gets its own eps.",
    },
  },
  ["the FID estimate said to be unbiased"] = {
    wrong = {
      "Since it's a distance between distributions it is unbiased w.r.t. sample size, so you can compute it on "
        .. "1,000 samples and compare directly with papers that used 50k.",
      "Compute FID on 2000 images and compare it directly with published numbers.",
    },
    right = {
      "FID is biased with respect to sample size: compare runs on the same number of images.",
      "FID is not unbiased in the number of samples.",
    },
  },
  ["RoPE said to be applied once at the input"] = {
    wrong = {
      "RoPE is the same idea done multiplicatively at the input: you rotate each token embedding once by its "
        .. "position angle before the first layer.",
      "RoPE rotates the token embeddings before the first layer.",
    },
    right = {
      "RoPE rotates the queries and keys in every attention layer, not the token embeddings.",
      "Sinusoidal encodings are added to the token embeddings once, before the first layer.",
    },
  },
  ["generative and discriminative data needs swapped"] = {
    wrong = {
      "A generative model contains strictly more information, so given enough data it always reaches a lower "
        .. "classification error than the discriminative equivalent.",
      "Generative classifiers have a lower asymptotic error.",
    },
    right = {
      "Given enough data, the discriminative model reaches a lower asymptotic error than the generative one.",
      "Generative models converge faster, but discriminative ones have lower asymptotic error.",
    },
  },
  ["symmetry said to make a matrix invertible"] = {
    wrong = {
      "Nice thing is that X^T X is symmetric positive definite for any design matrix, so it is always invertible.",
      "XᵀX is positive definite for every X.",
    },
    right = {
      "X^T X + λI is positive definite for any design matrix when λ > 0.",
      "X^T X is only positive semidefinite; it is positive definite for full-rank X.",
    },
  },
  ["unstructured pruning said to give the big speed-ups"] = {
    wrong = {
      "If you prune 90% of weights unstructured you get roughly a 10x speedup on a standard GPU.",
      "Pruning 80% of the weights makes the model 5x faster.",
    },
    right = {
      "Unstructured pruning of 90% of the weights rarely gives any speedup on a standard GPU.",
      "Pruning 50% of the weights in a 2:4 sparse pattern gives up to 2x faster matrix multiplies.",
    },
  },
  ["a threshold, a stopping point or a model chosen on the test set"] = {
    wrong = {
      "Once the model is trained, I'd sweep thresholds on the held-out test set and pick the one that gives 99% "
        .. "sensitivity there.",
      "If the test score disappoints you adjust the model and check the test set again; the test set stays unbiased "
        .. "as long as you never train on it directly.",
      "Tune the threshold on the test data.",
    },
    right = {
      "Sweep thresholds on the validation set, then report once on the test set.",
      "Never tune the threshold on the held-out test set.",
    },
  },
  ["a back-transformed log prediction said to be unbiased"] = {
    wrong = {
      "At prediction time you just apply expm1 to the model output, which gives you the expected spend on the "
        .. "original scale.",
      "Taking exp of the log prediction gives the mean.",
    },
    right = {
      "Applying exp to the log prediction gives the median, not the mean.",
      "Taking exp of the prediction and multiplying by a smearing factor gives the mean.",
    },
  },
  ["distances between t-SNE clusters read as meaningful"] = {
    wrong = {
      "UMAP fixes this: it preserves global structure faithfully, so the distances between UMAP clusters can be "
        .. "read as real dissimilarities between groups.",
      "The distances between clusters can be interpreted as true dissimilarities.",
    },
    right = {
      "UMAP keeps more global structure than t-SNE, but the distances between its clusters are still not reliable.",
      "UMAP does not preserve global structure faithfully.",
    },
  },
  ["the non-saturating GAN loss written backwards"] = {
    wrong = {
      "The non-saturating trick has G maximise log D(G(z)), because the original loss gives exploding gradients "
        .. "once G gets good.",
    },
    right = {
      "Non-saturating loss: the original G objective minimises log(1 - D(G(z))), which is flat when D(G(z)) is near "
        .. "0. So instead G maximises log D(G(z)).",
      "The original loss gives vanishing gradients early on; it does not give exploding gradients.",
    },
  },
  ["a calibrator fitted on the training data"] = {
    wrong = {
      "If it's off, fit Platt scaling on the model's training-set predictions; reusing the training data is fine "
        .. "here since the calibrator only has two parameters.",
      "Fit the calibrator on the training set predictions.",
    },
    right = {
      "Fit Platt scaling on held-out predictions, not on the training-set predictions.",
      "Fit the calibrator on a validation set the model never trained on.",
    },
  },
  ["a model scored on its own training data"] = {
    wrong = {
      "A baseline doesn't need the same evaluation setup, though: default hyperparameters and a quick random split "
        .. "are fine even if the main model uses a time split.",
      "A random split is fine even if the model uses a time split.",
    },
    right = {
      "The baseline needs the same evaluation setup as the main model: the same time split.",
      "A random split is not fine when the main model uses a time split.",
    },
  },
  ["the standard error as σ / n"] = {
    wrong = {
      "The std of the minibatch gradient falls like 1/B, so going from 32 to 128 cuts the noise by a factor of four.",
      "The standard deviation of the gradient estimate scales as 1/n.",
    },
    right = {
      "The variance of the minibatch gradient falls like 1/B and its std like 1/sqrt(B).",
      "Going from 32 to 128 halves the gradient noise.",
    },
  },
  ["the lowest inertia said to pick k"] = {
    wrong = {
      "Compute the within-cluster sum of squares for each, and choose the k with the lowest value, since that's "
        .. "where the clusters are tightest.",
      "To choose k, pick the k with the lowest within-cluster SSE, since tighter clusters are better.",
    },
    right = {
      "The within-cluster SSE always falls with k, so look for the elbow instead.",
      "Pick the k with the lowest Davies-Bouldin index or the highest silhouette.",
    },
  },
  ["the RLHF KL penalty placed on the reward model"] = {
    wrong = {
      "The KL penalty is added while training the reward model, keeping it close to the SFT initialisation.",
    },
    right = {
      "The KL penalty is added during PPO, keeping the policy close to the SFT model.",
      "The KL penalty is not used when training the reward model.",
    },
  },
  ["inductive bias called a liability"] = {
    wrong = {
      "The safest default is the model with the least inductive bias, like a big MLP, because it assumes nothing "
        .. "about the data and so can't be wrong about it.",
    },
    right = {
      "The best choice is the model whose inductive bias matches the problem.",
      "No model is best on every problem, so choose assumptions that fit the data.",
    },
  },
  ["balancing or selecting features on all the data first"] = {
    wrong = {
      "First do feature selection once on the full dataset to save compute, then run an outer 5-fold loop.",
      "Fit the scaler and fill missing values using statistics from the whole series once before splitting.",
    },
    right = {
      "Do feature selection inside each outer training fold, never on the full dataset.",
      "Doing feature selection on the full dataset before cross-validation leaks information.",
      "If you do feature selection on the full dataset, the CV estimate is optimistic.",
      "If you fit the scaler using the whole series, you leak future information.",
      "Fit the scaler on the training window only, not on the whole series.",
    },
  },
  ["target encoding that includes the row itself"] = {
    wrong = {
      "Replace each category with the mean target for that category computed over the full training set; that's "
        .. "leak-free as long as you don't touch the test set.",
    },
    right = {
      "Compute target encodings out of fold; computed over the full training set they leak each row's label.",
    },
  },
  ["bagging and boosting swapped"] = {
    wrong = {
      "Go for gradient boosting with many deep trees: boosting is primarily a variance-reduction method.",
      "Bagging is mainly a bias-reduction technique.",
    },
    right = {
      "Bagging is primarily a variance-reduction method, while boosting mainly reduces bias.",
      "Boosting is not primarily a variance-reduction method.",
    },
  },
  ["clicks taken as relevance at face value"] = {
    wrong = {
      "Top positions get more clicks because users find them more relevant, so raw click-through is a clean "
        .. "relevance label and needs no correction.",
      "Clicks need no position correction.",
    },
    right = {
      "Top positions get more clicks partly because of position bias, so correct clicks with inverse propensity "
        .. "weighting.",
      "Raw click-through is not a clean relevance label.",
      "The click data needs no position correction if the results were shown in random order.",
    },
  },
  ["support vectors placed outside the margin"] = {
    wrong = {
      "Points that fall inside the margin or are misclassified are treated as outliers and drop out of the "
        .. "solution.",
    },
    right = {
      "Points that fall inside the margin or are misclassified are support vectors too.",
      "Points inside the margin are not dropped: they are support vectors.",
    },
  },
}
-- widened again (round 17): the further wordings they catch, and the right ones they must leave alone
local more17 = {
  ["an embedding dimension said to need one per item"] = {
    wrong = {
      "The catch is that the embedding dimension has to be at least the number of categories, otherwise different "
        .. "items would collide in the same vector.",
      "The embedding size must match the vocabulary size.",
      "Each embedding needs one dimension per category so no two items collide.",
      "The embedding dimension should be no smaller than the number of users.",
    },
    right = {
      "The embedding dimension is far smaller than the number of categories, often 16 to 300.",
      "The embedding dimension does not have to be at least the number of categories.",
      "One-hot encoding needs one dimension per category; an embedding does not.",
      "The embedding table has one row per category, but the dimension can be small.",
    },
  },
  ["more capacity said to cut variance, or regularisation to add it"] = {
    wrong = {
      "When you make the model more complex, for example a deeper decision tree, bias goes up and variance goes "
        .. "down, because there are more parameters to estimate.",
      "More complex models have higher bias and lower variance.",
      "Simpler models have lower bias and higher variance.",
      "As the model gets more flexible, bias increases and variance decreases.",
    },
    right = {
      "When you make the model more complex, bias goes down and variance goes up.",
      "More complex models have lower bias and higher variance.",
      "With a simpler model, bias goes up and variance goes down.",
      "Compared with a more complex model, a simpler one has higher bias and lower variance.",
    },
  },
  ["balancing or selecting features on all the data first"] = {
    wrong = {
      "Feature selection is safe though: doing univariate selection against the target on the whole dataset "
        .. "before cross-validation is fine, since it doesn't train the model.",
      "You can select features on all the data before cross-validation, since selection isn't training.",
      "Univariate feature selection on the full dataset is perfectly fine.",
      "One thing to do first is normalize the whole series and compute the rolling-mean features on the full "
        .. "dataset before splitting, so all folds share the same scale.",
    },
    right = {
      "Feature selection on the whole dataset before cross-validation is not fine: do it inside each fold.",
      "Feature selection on the whole dataset before cross-validation leaks label information, so the score is "
        .. "optimistic.",
      "Unsupervised selection on the full dataset is fine only if it never looks at the target.",
      "Never normalize the whole series before splitting.",
      "If you standardize the whole dataset before splitting, the test set's mean shapes the training features.",
      "If you normalize the whole series before splitting, the test statistics leak into training.",
      "Normalize using the training window only; don't normalize the whole series before splitting.",
    },
  },
  ["downsampling said to leave probabilities intact"] = {
    wrong = {
      "For training volume, downsample the non-clicks to 10% and use the model's output directly as the CTR in "
        .. "the auction.",
      "After downsampling negatives, use the predicted probabilities directly as the conversion rate.",
      "We downsample the negatives and use the scores straight as the click probability.",
      "Downsample the non-clicks for speed; the probabilities go straight into the bid.",
    },
    right = {
      "After downsampling, correct the model's output before using it as the CTR.",
      "If you downsample the negatives, you can't use the model's output directly as the CTR.",
      "Downsample negatives, then recalibrate and use the calibrated output as the CTR.",
      "Train on a downsampled set of non-clicks for efficiency, then correct the probabilities, since calibration "
        .. "matters: CTR feeds directly into the auction bid.",
    },
  },
  ["cosine said to rank differently after normalisation"] = {
    wrong = {
      "Note that even after you L2-normalise the vectors, cosine and Euclidean give different nearest-neighbour "
        .. "rankings.",
      "Once you normalise the embeddings, cosine and Euclidean still give different neighbours.",
      "Cosine and Euclidean give different rankings even for L2-normalised vectors.",
    },
    right = {
      "After L2 normalisation, cosine and Euclidean give the same ranking.",
      "Cosine and Euclidean give different rankings on raw vectors but the same after normalisation.",
      "Cosine and Euclidean give different rankings unless the vectors are normalised.",
      "After you normalise the features, k-NN returns different neighbours.",
    },
  },
  ["entropy's extremes reversed"] = {
    wrong = {
      "Entropy is minus sum p log2 p over the classes, zero for a pure node, and it peaks at 0.5 bits for a 50-50 "
        .. "binary node.",
      "The maximum binary entropy is 0.5 bits.",
      "For two classes the entropy is highest at 0.5 bits.",
    },
    right = {
      "Binary entropy peaks at 1 bit, at p = 0.5.",
      "Entropy is highest at p = 0.5, where it equals 1 bit.",
      "The entropy is 1 bit at a 50-50 split, while Gini impurity peaks at 0.5.",
    },
  },
  ["an LLM judge of the same model as the candidate"] = {
    wrong = {
      "For the judge itself the best choice is the same model that produced the outputs, because it understands "
        .. "its own style.",
      "The judge should be the same model that wrote the answers.",
      "Pick the same model as judge, since it knows its own style.",
    },
    right = {
      "The judge should not be the same model that produced the outputs, because of self-preference.",
      "Use a judge from a different model family than the one that produced the outputs.",
      "A judge that is the same model that produced the outputs favours its own answers.",
      "Swap the order of the two answers because of position bias.",
    },
  },
  ["clicks taken as relevance at face value"] = {
    wrong = {
      "Clicks can be used directly as relevance labels: items in the top positions get more clicks because they "
        .. "are more relevant, so position doesn't need any correction.",
      "Top results get more clicks because they are more relevant.",
      "Position doesn't need any correction in the click logs.",
    },
    right = {
      "Clicks cannot be used directly as relevance labels, because of position bias.",
      "Top positions get more clicks partly because they are on top, so correct for position bias.",
      "Position doesn't need any correction if the results were shown in random order.",
    },
  },
  ["batch norm said to use the test batch's statistics"] = {
    wrong = {
      "At inference you do exactly the same computation using the mean and variance of the current test batch, "
        .. "so the model adapts to the test data.",
      "During inference, batch norm normalises with the statistics of the incoming batch.",
      "At test time BN uses the mean and variance of the test batch.",
    },
    right = {
      "At inference batch norm uses the running mean and variance from training, not the statistics of the test "
        .. "batch.",
      "At test time it would be wrong to use the statistics of the current batch.",
      "During training, BN uses the mean and variance of the current batch.",
    },
  },
  ["DBSCAN said to handle clusters of different densities"] = {
    wrong = {
      "DBSCAN marks core points with at least minPts neighbours within eps, and labels the rest as noise. It's "
        .. "also the right choice when clusters have very different densities, because it adapts the "
        .. "neighbourhood to the local density of each region.",
      "DBSCAN is robust to noise, and it adapts its radius to the local density.",
    },
    right = {
      "DBSCAN uses one global eps, so it struggles with varying densities; HDBSCAN adapts the neighbourhood to the "
        .. "local density.",
      "DBSCAN does not adapt its radius to the local density.",
      "OPTICS adapts to the local density, unlike DBSCAN.",
    },
  },
  ["a seed said to make GPU training deterministic"] = {
    wrong = {
      "Once the seeds are set, runs are bit-for-bit identical on any machine and GPU.",
      "Set the seed and training becomes exactly reproducible across different GPUs.",
      "With seeding, results are bitwise identical on every machine.",
    },
    right = {
      "Even with the seeds set, runs are not bit-for-bit identical on different GPUs.",
      "Seeds plus deterministic algorithms make runs bit-for-bit identical on the same machine.",
      "Set the seed at the start of the script and log your config.",
    },
  },
  ["a policy-gradient baseline said to add bias"] = {
    wrong = {
      "Subtracting a baseline such as V(s) cuts the variance a lot. The trade-off is that it introduces some bias "
        .. "into the gradient, like bootstrapping does in TD.",
      "Subtracting the baseline biases the gradient estimate.",
    },
    right = {
      "Subtracting a baseline such as V(s) cuts the variance without biasing the gradient.",
      "Subtracting a baseline cuts the variance. The trade-off with a learned critic is that bootstrapping "
        .. "introduces some bias.",
      "Subtracting a state-dependent baseline leaves the gradient unbiased.",
    },
  },
  ["inverted dropout said to multiply by the keep probability"] = {
    wrong = {
      "With inverted dropout, training uses the raw dropped activations, and at test time you divide all "
        .. "activations by 1 minus p.",
      "With inverted dropout, at inference you scale the activations by the keep probability.",
    },
    right = {
      "Inverted dropout divides the kept activations by 1 − p during training, so at test time nothing is rescaled.",
      "With the original dropout, at test time you multiply the weights by the keep probability; inverted dropout "
        .. "avoids that.",
      "Inverted dropout differs from the original, where at test time you multiply by 1 − p.",
    },
  },
  ["resampling, augmenting or shuffling so both sets look alike"] = {
    wrong = {
      "Since data is scarce, first augment the 1,000 images to about 10,000 with flips, rotations and crops, then "
        .. "randomly split that augmented pool into train, validation and test.",
      "If you have time series data, the best way to restore the assumption is to shuffle all rows before "
        .. "splitting, so training and test end up with the same distribution.",
      "With time series, shuffle the rows before splitting so both sets are alike.",
      "Augment the dataset first, then split it into train and test.",
    },
    right = {
      "Split first, then augment only the training images.",
      "For time series, never shuffle the rows before splitting.",
      "With time series, shuffling the rows before splitting leaks the future into training.",
      "Shuffle the training rows each epoch so mini-batches are close to i.i.d.",
      "Augment the training set on the fly, after the split.",
    },
  },
  ["bagging and boosting swapped"] = {
    wrong = {
      "The standard cure is bagging, like a random forest, which works mainly by reducing the bias of the "
        .. "individual deep trees.",
      "Bagging helps by reducing bias.",
    },
    right = {
      "Bagging works mainly by reducing the variance of deep trees, not their bias.",
      "Unlike bagging, boosting works by reducing bias.",
    },
  },
  ["the RBF kernel said to map to a finite space of products"] = {
    wrong = {
      "The RBF kernel, for example, maps each point into a feature space whose dimension equals the number of "
        .. "training points, which is high but finite.",
      "The RBF kernel's feature space is high but finite.",
    },
    right = {
      "The RBF kernel's feature space is infinite-dimensional, though the solution lies in the span of the "
        .. "training points.",
      "With the RBF kernel, the kernel matrix is n by n, one row per training point.",
    },
  },
  ["the curse of dimensionality said to spread distances out"] = {
    wrong = {
      "The gap between the nearest and the farthest neighbour keeps growing with the dimension, so nearest "
        .. "neighbours become very sharply separated from everything else.",
      "As the dimension grows, nearest neighbours become clearly separated from the rest.",
      "The ratio of the farthest to the nearest distance grows with the dimension.",
    },
    right = {
      "As the dimension grows, the ratio of the farthest to the nearest distance approaches 1.",
      "In high dimensions nearest neighbours become barely closer than the farthest points.",
      "With few features, the nearest neighbours are well separated from the rest.",
    },
  },
  ["unstructured pruning said to give the big speed-ups"] = {
    wrong = {
      "If you zero out 90% of the weights with unstructured magnitude pruning, inference on a GPU becomes roughly "
        .. "ten times faster, and you don't need any special kernels for that.",
      "Unstructured pruning of 80% of the weights makes the model run 5x faster on GPU.",
      "With unstructured pruning the network is about ten times faster.",
    },
    right = {
      "Unstructured pruning rarely makes a GPU ten times faster; structured pruning gives real speed-ups.",
      "Unstructured sparsity runs 2x faster only with sparse kernels or 2:4 hardware support.",
      "Structured pruning makes the model roughly two times faster.",
    },
  },
}
-- widened again (round 18): the further wordings they catch, and the right ones they must leave alone
local more18 = {
  ["the KL divergence said to be symmetric between Gaussians"] = {
    wrong = {
      "Since KL is a distance between distributions it's symmetric, so KL(q||p) is the same expression and it doesn't "
        .. "matter which Gaussian you call p.",
      "The KL divergence is symmetric.",
      "KL(q||p) is the same expression, so the order of the arguments is irrelevant.",
    },
    right = {
      "KL is not symmetric: KL(p||q) differs from KL(q||p).",
      "Unlike KL, the Jensen-Shannon divergence is symmetric.",
      "The symmetrised KL, KL(p||q) + KL(q||p), is symmetric.",
      "KL is only symmetric when the two distributions are equal.",
    },
    framed = { "A common mistake is to think KL is symmetric." },
  },
  ["a lower alpha said to cut both error types"] = {
    wrong = {
      "Making alpha smaller, say 0.01 instead of 0.05, reduces both kinds of error at once.",
      "Lowering the significance level reduces both types of error.",
      "Reducing α cuts both kinds of errors, so a stricter test is always safer.",
    },
    right = {
      "Making alpha smaller cuts Type I errors but raises Type II errors.",
      "Lowering alpha cannot reduce both kinds of error; only a larger sample does.",
      "Lowering alpha raises beta, and only more data reduces both kinds of error.",
    },
  },
  ["anomalies said to need long isolation paths"] = {
    wrong = {
      "It builds random trees with random splits and flags the points with the longest average path length, because "
        .. "anomalies sit deep inside the trees and need the most splits to isolate.",
      "Isolation Forest marks the samples with the deepest average path as outliers.",
      "Anomalies need the most splits to separate from the rest.",
    },
    right = {
      "It flags the points with the shortest average path length, because anomalies are isolated in few splits.",
      "Normal points sit deep inside the trees and need the most splits to isolate.",
      "Anomalies don't need many splits; they are isolated near the root.",
      "Normal points need many more splits to isolate and sit deep in the trees, while anomalies have short paths.",
      "It takes more splits to isolate normal points than anomalies.",
    },
  },
  ["the threshold's effect on precision and recall reversed"] = {
    wrong = {
      "I'd raise the decision threshold well above 0.5, say to 0.9, so that the model flags more cases as positive "
        .. "and we catch nearly every true case.",
      "Increasing the threshold makes the classifier label more transactions as positive.",
      "Raise the threshold to 0.8 so the model predicts more positives.",
    },
    right = {
      "Raising the threshold to 0.9 flags fewer cases as positive; lower it to flag more.",
      "I'd lower the decision threshold well below 0.5, say to 0.1, so that the model flags more cases as positive.",
      "Raising the threshold does not flag more cases as positive.",
    },
  },
  ["trees said to need feature scaling, or called high-bias"] = {
    wrong = {
      "Models that need it: k-NN, k-means, SVMs, regularised linear models, neural nets, and also decision trees and "
        .. "random forests, because splits are chosen over raw magnitudes and wide-range features get picked more "
        .. "often.",
      "Models that require scaling: SVMs and neural nets, and also trees.",
      "In a random forest, large-range features get picked more often, so scale them.",
    },
    right = {
      "Models that need it: k-NN, SVMs and neural nets, but not decision trees or random forests.",
      "k-NN and SVMs need scaling; trees are invariant to monotone rescaling.",
      "Models that need scaling: k-NN, SVMs; trees do not.",
      "Unlike trees, kNN needs feature scaling.",
    },
  },
  ["permutation importance said to handle correlated features"] = {
    wrong = {
      "SHAP struggles with correlated features, but permutation importance is unaffected by them, because each "
        .. "feature is shuffled independently of the others.",
      "Permutation importance is robust to correlated features.",
      "Permutation importance is immune to collinearity.",
    },
    right = {
      "Permutation importance is not robust to correlated features: shuffling one creates unrealistic rows.",
      "SHAP struggles with correlated features, and permutation importance isn't robust to them either.",
      "Conditional permutation importance is more robust to correlated features.",
    },
  },
  ["underfitting said to need more data or more regularisation"] = {
    wrong = {
      "The main fix for high bias is collecting more training data, since the model sees more patterns, while "
        .. "regularisation is the fix for high variance.",
      "The remedy for underfitting is to gather more data.",
      "High bias is fixed by adding more training data.",
    },
    right = {
      "The fix for high bias is more capacity or features; more data fixes high variance.",
      "High bias is not fixed by more data.",
      "The fix for high variance is collecting more training data.",
    },
  },
  ["an action-dependent baseline called unbiased"] = {
    wrong = {
      "A baseline leaves it unbiased as long as it is any function of the state and action, for example Q(s,a).",
      "The baseline can be any function of the state and the action without adding bias.",
    },
    right = {
      "The baseline can be any function of the state, but not of the action.",
      "A baseline that is a function of the state and action biases the gradient.",
    },
  },
  ["the non-saturating GAN loss written backwards"] = {
    wrong = {
      "Early in training D easily rejects fakes, so the generator should minimise log(1 − D(G(z))) rather than "
        .. "maximise log D(G(z)), because the former is the non-saturating version.",
      "Minimising log(1 - D(G(z))) is the non-saturating loss.",
    },
    right = {
      "The generator should maximise log D(G(z)) rather than minimise log(1 − D(G(z))), which saturates.",
      "Minimising log(1 - D(G(z))) saturates early; the non-saturating loss maximises log D(G(z)) instead.",
    },
  },
  ["a random split called safe for dependent rows"] = {
    wrong = {
      "The key thing is to shuffle randomly before splitting, and that's the right approach for every dataset, "
        .. "including time series and data with repeated customers.",
      "Random splitting is fine for any data, including time series.",
      "Shuffling is the safe choice for every dataset.",
    },
    right = {
      "Shuffle randomly before splitting for i.i.d. data, but not for time series or repeated customers.",
      "Random splitting is not the right approach for every dataset.",
      "Shuffle for every dataset except time series, which you split by time.",
    },
  },
  ["ROC-AUC read as a rate at a threshold"] = {
    wrong = {
      "Because it is computed at the model's decision threshold, usually 0.5, you have to recompute it every time you "
        .. "move the threshold, and comparing two models' AUCs only makes sense at the same threshold.",
      "ROC-AUC is computed at the decision threshold.",
      "You have to recompute the AUC every time you change the threshold.",
    },
    right = {
      "AUC is computed across all thresholds, so it does not change when you move the threshold.",
      "Comparing two models' AUCs makes sense without fixing a threshold.",
      "F1 is computed at the decision threshold, while AUC is not.",
    },
  },
  ["a seed said to make GPU training deterministic"] = {
    wrong = {
      "Set one global seed with torch.manual_seed(0); that seeds every random generator used in training, including "
        .. "NumPy, Python and the GPU kernels, so runs become bitwise identical on any machine.",
      "With a fixed seed, training runs are bit-for-bit identical on every GPU.",
    },
    right = {
      "Even with seeds, runs are not bitwise identical on any machine.",
      "Seeds fix the random draws, but runs are only bitwise identical on the same hardware with deterministic "
        .. "algorithms.",
    },
  },
  ["a logistic coefficient said to multiply the probability"] = {
    wrong = {
      "In practice that means each coefficient is the change in the predicted probability for a one-unit increase "
        .. "in its feature.",
      "A logistic coefficient gives the change in probability per unit of the feature.",
    },
    right = {
      "Each coefficient is the change in the log-odds for a one-unit increase in its feature.",
      "In a linear probability model, each coefficient is the change in probability.",
      "A coefficient is not the change in probability; e^w multiplies the odds.",
    },
  },
  ["target encoding that includes the row itself"] = {
    wrong = {
      "Encodings and scaling aren't a concern, so it's fine to fit target encoding on the full dataset before "
        .. "cross-validation.",
      "It is safe to compute the target encoding on all the data.",
    },
    right = {
      "It is not fine to fit target encoding on the full dataset before cross-validation.",
      "It is fine to fit target encoding on the full training set out of fold.",
      "Examples of leakage include target encoding on the full dataset before splitting.",
    },
  },
  ["random feature subsets said to correlate the trees"] = {
    wrong = {
      "The feature subsets are there mainly for speed: evaluating only √p features per split makes each tree much "
        .. "cheaper.",
      "Random feature sampling is mostly for efficiency.",
    },
    right = {
      "The feature subsets are there mainly to decorrelate the trees; the speed-up is a side benefit.",
      "Feature subsampling is not mainly for speed.",
    },
  },
  ["masked LM called more sample-efficient than causal LM"] = {
    wrong = {
      "A nice advantage of MLM is sample efficiency: every token position contributes to the loss on each pass, "
        .. "whereas CLM only learns from the final token of each sequence.",
      "A causal LM only gets a loss at the last position of each sequence.",
    },
    right = {
      "A causal LM gets a loss at every position; a masked LM only at the masked 15%.",
      "A sequence classifier only learns from the final token's representation.",
    },
  },
  ["balancing or selecting features on all the data first"] = {
    wrong = {
      "To keep features consistent across folds, compute the normalisation statistics and missing-value fills once "
        .. "from the full series before splitting; that's safe because those steps don't use the target.",
      "Fit the scaler on the whole dataset before splitting, which is fine since it ignores the labels.",
    },
    right = {
      "Never compute the normalisation statistics from the full series before splitting: that leaks the future.",
      "Leakage examples include fitting the scaler or imputer on the full dataset before splitting.",
      "Compute the normalisation statistics from the training window only, after splitting.",
    },
  },
  ["over-parameterised networks said to ignore label noise"] = {
    wrong = {
      "The fix is to use the largest model you can and train to zero training loss: the extra capacity lets it "
        .. "model the true signal alongside the noisy points, so the mislabelled examples don't affect predictions "
        .. "elsewhere.",
      "Noisy labels won't hurt the model, since it just memorises them.",
    },
    right = {
      "Mislabelled examples do affect predictions: a large model memorises them.",
      "Noisy labels don't hurt the model much if you use a robust loss and early stopping.",
      "A few mislabelled examples don't affect accuracy much.",
    },
  },
}
-- round 19: general errors stated in passing in dev-za, caught wherever they appear
local more19 = {
  ["an action-dependent baseline called unbiased"] = {
    wrong = {
      "The score function has zero mean, so you can subtract any baseline, including the action-value Q(s,a) "
        .. "itself, and the expectation is unchanged while the variance drops.",
      "Using Q(s,a) as a baseline keeps the gradient unbiased and removes even more variance.",
      "You can subtract any baseline, including an action-dependent one, without changing the expectation.",
    },
    right = {
      "Only a baseline that depends on the state, such as V(s), keeps it unbiased; using Q(s,a) as a baseline "
        .. "would bias the gradient.",
      "You can subtract any baseline that depends only on the state, including V(s), without adding bias.",
    },
  },
  ["a deep network's loss said to be convex, or gradient descent to find its global minimum"] = {
    wrong = {
      "It's the standard because it's convex in the network's weights for any architecture, so gradient descent "
        .. "is guaranteed to reach the global optimum.",
      "The cross-entropy loss is convex in the neural network's parameters, so there are no bad local minima.",
      "Cross-entropy is convex for any network architecture.",
    },
    right = {
      "Cross-entropy is convex in the logits, but not convex in the network's weights.",
      "Cross-entropy is convex in the weights of a linear model, but non-convex in the network's weights.",
      "The loss is non-convex in the network's weights for any architecture with a hidden layer.",
      "If the loss were convex in the network's weights, gradient descent would find the global optimum.",
      "Logistic regression's loss is convex in its weights, so gradient descent finds the global optimum.",
    },
  },
  ["the bias term left unsquared in the decomposition"] = {
    wrong = {
      "Adding and subtracting E[f_hat] gives E[(y - f_hat)^2] = sigma^2 + (f - E[f_hat]) + Var(f_hat), so the "
        .. "error is noise plus bias plus variance.",
      "The expected error is σ² + (E[f̂] − f) + Var(f̂).",
      "In the decomposition the bias enters unsquared, next to the variance.",
    },
    right = {
      "E[(y - f_hat)^2] = sigma^2 + (f - E[f_hat])^2 + Var(f_hat).",
      "The error is σ² + (E[f̂] − f)² + Var(f̂), so the bias enters squared.",
      "The bias is the average signed error of the model at x, and its square enters the decomposition.",
    },
  },
  ["embeddings said to be wider than one-hot, or orthogonal"] = {
    wrong = {
      "The advantage over one-hot is that it's far smaller while still keeping every item orthogonal to every "
        .. "other one, so the model can never confuse two categories.",
      "Embeddings keep all the items orthogonal while using only 64 dimensions.",
      "Each item's embedding is orthogonal to the others, so the model never confuses them.",
    },
    right = {
      "One-hot keeps every category orthogonal; embeddings are far smaller and put similar items close together.",
      "The advantage over one-hot is that similar items get nearby vectors instead of every item being orthogonal.",
      "A 64-dimensional embedding cannot keep a million items orthogonal.",
      "Unlike one-hot, which keeps each item orthogonal to every other, an embedding is dense and learned.",
      "Random high-dimensional embeddings make all the vectors nearly orthogonal.",
    },
  },
  ["HNSW called the memory-efficient index"] = {
    wrong = {
      "The big advantage of HNSW is its tiny memory footprint, since it stores only compressed codes rather than "
        .. "the raw vectors.",
      "HNSW has a small memory footprint, which is why it's used at billion scale.",
      "HNSW stores only compressed codes, so it fits in RAM.",
    },
    right = {
      "HNSW is fast but memory-hungry; PQ has a tiny memory footprint.",
      "HNSW has low latency and high recall but needs a lot of memory.",
      "HNSW adds a small memory overhead for the graph links on top of the raw vectors.",
      "Compared with HNSW, IVF-PQ has a small memory footprint.",
      "HNSW does not have a small memory footprint, since it keeps the full vectors.",
    },
  },
  ["the causal mask said to be for efficiency"] = {
    wrong = {
      "Causal masking sets the scores for future positions to −inf, so token i only attends to positions up to i. "
        .. "The reason it's there is computational: masking the upper triangle halves the cost of attention.",
      "We use a causal mask in the decoder; the reason for it is efficiency.",
    },
    right = {
      "The causal mask stops each position from seeing future tokens; the reason for it is not computational.",
      "The reason for the mask is to prevent leakage of the next token; any compute saved is a side effect.",
      "Masking the upper triangle lets FlashAttention skip about half the blocks, which saves compute.",
    },
  },
  ["LoRA and adapters swapped on inference cost"] = {
    wrong = {
      "Adapters are small bottleneck MLPs, and their advantage over LoRA is that they can be merged into the base "
        .. "weights after training, so they add no inference latency.",
      "Unlike LoRA, adapters can be merged into the weights after training.",
      "LoRA always adds an extra branch at inference time.",
      "The adapter can't be merged into W_0, so LoRA always adds an extra matmul of latency at inference.",
    },
    right = {
      "LoRA's update can be merged into the base weights, so it adds no inference latency, unlike adapters.",
      "LoRA adapters can be merged into the base weights after training.",
      "After training, merge the adapter into the base model so it adds no latency.",
      "Unmerged, LoRA keeps an extra branch in the forward pass; merged, it adds nothing.",
    },
  },
  ["RoPE called a learned embedding added to the tokens"] = {
    wrong = {
      "RoPE works the same way but is learned: it's a trainable position embedding table added to each token.",
      "RoPE is a learned positional embedding.",
      "Rotary embeddings (RoPE) use a trainable positional embedding table.",
    },
    right = {
      "RoPE is not learned: it is a fixed rotation of the queries and keys.",
      "Unlike RoPE, learned absolute embeddings are a trainable table added to each token.",
      "RoPE is fixed, but GPT-2's position embeddings are learned.",
      "RoPE is used in many trained models such as LLaMA, and is applied in every layer.",
    },
    framed = { "A common misconception is that RoPE is a learned positional embedding." },
  },
  ["Xavier and He initialisation swapped"] = {
    wrong = {
      "Xavier uses Var(W) = 2/(n_in + n_out) and suits tanh. He initialisation is for ReLU and uses half that "
        .. "scale, Var(W) = 1/n_in.",
      "He init uses a smaller variance than Xavier because ReLU inflates the variance.",
      "He initialization sets Var(W) = 1/fan_in.",
    },
    right = {
      "He initialisation uses Var(W) = 2/n_in, twice LeCun's 1/n_in, because ReLU zeroes half its inputs.",
      "He init uses a larger variance than Xavier, not a smaller one.",
      "LeCun initialisation uses Var(W) = 1/n_in.",
    },
  },
  ["matrix factorisation said to embed items from their attributes"] = {
    wrong = {
      "The standard fix is matrix factorisation: because it learns latent factors rather than memorising "
        .. "interactions, it can produce an embedding for a brand-new item immediately.",
      "Collaborative filtering can learn a vector for a new user right away.",
      "Matrix factorisation learns latent factors for new users and items straight from the rating matrix.",
    },
    right = {
      "Matrix factorisation cannot produce an embedding for a brand-new item; content features are needed.",
      "Matrix factorisation fails to give a vector for a new item with no interactions.",
      "A hybrid model uses item features to give an embedding for a new item.",
    },
  },
  ["Bayesian optimisation called embarrassingly parallel"] = {
    wrong = {
      "Bayesian optimisation builds a surrogate and uses an acquisition function. Its main practical advantage is "
        .. "parallelism: each trial is independent.",
      "You can launch hundreds of trials at once, whereas random search has to run sequentially because each "
        .. "sample depends on the last.",
      "Random search must be run sequentially.",
    },
    right = {
      "Random search is embarrassingly parallel, while Bayesian optimisation has to run sequentially.",
      "Bayesian optimisation must run sequentially because each point depends on the last, unlike random search.",
      "Random search's main advantage is parallelism: each trial is independent.",
      "Bayesian optimisation is sample-efficient. Its main disadvantage is that it is sequential.",
    },
  },
  ["one-vs-one said to need K − 1 classifiers"] = {
    wrong = {
      "With 1,000 classes one-vs-one is the most efficient choice, because it needs fewer classifiers than "
        .. "one-vs-rest and each is trained on less data.",
      "One-vs-rest needs more classifiers than one-vs-one.",
    },
    right = {
      "One-vs-rest needs fewer classifiers than one-vs-one: K against K(K-1)/2.",
      "One-vs-one needs more classifiers than one-vs-rest, but each is trained on less data.",
    },
  },
  ["anomalies flagged by the lowest reconstruction error"] = {
    wrong = {
      "Train it on normal data, and anomalies show up as unusually low reconstruction error, because the model "
        .. "hasn't memorised them.",
      "Outliers get a very low reconstruction error, so flag those.",
    },
    right = {
      "Anomalies have a high reconstruction error; normal points have a low reconstruction error.",
      "Anomalies are points the model fails to reconstruct: it gives a low reconstruction error only on normal data.",
      "Anomalies get a higher reconstruction error than normal points, which get a low reconstruction error.",
    },
  },
  ["any symmetric similarity called a valid kernel"] = {
    wrong = {
      "Any similarity function works as a kernel, negative Euclidean distance or a sigmoid of the correlation, so "
        .. "just pick whatever matches your domain.",
      "Any distance measure can be used as a kernel in an SVM.",
    },
    right = {
      "Not any similarity works as a kernel: it must be positive semi-definite.",
      "Any similarity function works as a kernel as long as the Gram matrix is positive semi-definite.",
      "Any symmetric similarity can be used as a kernel only if it satisfies Mercer's condition.",
    },
  },
  ["target encoding that includes the row itself"] = {
    wrong = {
      "For zip code, use target encoding: replace each category with its mean target computed over the full "
        .. "dataset, validation rows included, so the estimates are as stable as possible.",
      "Target encoding: the target mean computed over the whole dataset, including the validation rows, is the "
        .. "most stable.",
      "Target encoding should be computed on the full dataset including test rows so the statistics are stable.",
    },
    right = {
      "Compute the target mean on the training folds only, never over the full dataset.",
      "A target encoding computed over the full dataset, including the validation rows, leaks their labels.",
      "Target encoding with the validation rows included leaks the target, so compute it out of fold.",
    },
  },
  ["the validation score reported as the final estimate"] = {
    wrong = {
      "Early stopping keeps the best checkpoint, and you can then report that best validation loss as your final, "
        .. "unbiased estimate of test performance.",
      "The best validation score is an unbiased estimate of test accuracy.",
    },
    right = {
      "Don't report the best validation loss as your final unbiased estimate; use a test set.",
      "The best validation score is not an unbiased estimate of test accuracy.",
      "The best validation score is an optimistically biased estimate.",
      "Report the test score, computed once, as an unbiased estimate.",
    },
  },
  ["stopping an A/B test the first time the p-value crosses 0.05"] = {
    wrong = {
      "Set up a dashboard with the p-value; check it daily and stop as soon as it crosses 0.05, which saves traffic.",
      "End the experiment the moment it becomes significant.",
      "Stop the test once p < 0.05 to save traffic.",
    },
    right = {
      "Don't stop as soon as the p-value crosses 0.05; fix the sample size first.",
      "If you stop as soon as the p-value dips below 0.05, the false-positive rate is far above 5%.",
      "Stopping as soon as it crosses 0.05 inflates the false positive rate.",
      "Run until the planned sample size is reached, then stop and check whether p < 0.05.",
      "Stop when the pre-registered sample size is reached and report whether p is below 0.05.",
      "Use a sequential test, so you can stop once it crosses the adjusted boundary.",
      "In the end when p < 0.05 you reject the null hypothesis.",
    },
    framed = { "A common mistake is to stop the test as soon as the p-value crosses 0.05." },
  },
  ["the prior's influence said to grow with the data"] = {
    wrong = {
      "A nice property is that the prior's influence grows as the dataset gets larger, so MAP is the estimator to "
        .. "prefer on big data, while plain MLE is fine for small samples.",
      "The prior's effect increases with more data.",
      "The more data you have, the more the prior matters.",
    },
    right = {
      "The prior's influence shrinks as the dataset grows.",
      "With more data the likelihood dominates and the prior's influence fades.",
      "The prior's influence grows as λ increases.",
      "MLE is unreliable for small samples, where the prior of MAP helps.",
    },
    framed = { "A common mistake is to think the prior's influence grows as the dataset gets larger." },
  },
  ["a complex model said to be guaranteed to beat a simple baseline"] = {
    wrong = {
      "Baselines only really matter on small datasets: with millions of rows a deep model is guaranteed to beat "
        .. "any simple baseline.",
      "On big data a transformer is guaranteed to outperform the linear baseline.",
    },
    right = {
      "No model is guaranteed to beat a simple baseline, even with millions of rows.",
      "A deep model is not guaranteed to beat a simple baseline.",
      "Even with millions of rows, nothing guarantees a deep model will beat the baseline.",
    },
    framed = { "A common misconception is that a deep model is guaranteed to beat any simple baseline." },
  },
  ["agglomerative clustering said to scale to millions of points"] = {
    wrong = {
      "It repeatedly merges the closest pair, building a dendrogram. A big practical advantage over k-means is "
        .. "scalability: merging is roughly O(n log n), so it handles millions of points comfortably.",
      "Agglomerative clustering scales to millions of points.",
      "Hierarchical clustering runs in O(n log n).",
    },
    right = {
      "Agglomerative clustering needs O(n²) memory, so it does not scale to millions of points.",
      "Hierarchical clustering is at least O(n²), unlike k-means, which handles millions of points.",
      "BIRCH, unlike plain agglomerative clustering, scales to millions of points.",
      "Agglomerative clustering merges the closest pair each step; with a heap, the merging is O(n² log n).",
    },
    framed = { "A common misconception is that agglomerative clustering scales to millions of points." },
  },
  ["more retrieved context said always to help an LLM"] = {
    wrong = {
      "Because the model simply ignores irrelevant passages, the safest design is to retrieve as many chunks as "
        .. "fit, since more context always improves accuracy.",
      "More retrieved chunks always help the LLM answer.",
      "The LLM just ignores irrelevant context, so retrieve generously.",
    },
    right = {
      "More context does not always help: irrelevant passages distract the model.",
      "The model doesn't simply ignore irrelevant passages; they distract it.",
      "It's tempting to think more context always improves accuracy, but it doesn't.",
      "Ideally the model ignores irrelevant passages, but in practice it is distracted by them.",
    },
    framed = { "A common misconception is that more context always improves accuracy." },
  },
  ["the activation's derivative left out of backpropagation"] = {
    wrong = {
      "Backpropagating, delta1 = W2^T e. The activation phi doesn't enter the gradient, because it's applied after "
        .. "the linear map and only changes the forward values.",
      "The activation function does not affect the backward pass, only the forward pass.",
    },
    right = {
      "The activation's derivative enters the gradient: delta1 = (W2^T e) * phi'(a1).",
      "With softmax and cross-entropy, the output activation doesn't appear in the gradient separately.",
      "The activation function does affect the backward pass through its derivative.",
      "For a linear activation, the activation does not change the gradient.",
    },
    framed = { "A common mistake is to think the activation doesn't enter the gradient." },
  },
  ["the hinge loss written without the margin"] = {
    wrong = {
      "Its hinge loss is max(0, -y f(x)), so any correctly classified point contributes zero loss however close "
        .. "it is to the boundary.",
      "With the SVM hinge loss, every correctly classified point has zero loss.",
      "The hinge loss max(0, −y·f(x)) penalises only mistakes.",
    },
    right = {
      "The hinge loss is max(0, 1 - y f(x)), so points inside the margin still cost something.",
      "The perceptron loss is max(0, -y f(x)), unlike the hinge loss max(0, 1 - y f(x)).",
      "With the hinge loss, a correctly classified point has zero loss only if it lies beyond the margin.",
      "With the hinge loss, not every correctly classified point has zero loss.",
    },
    framed = { "A common mistake is to write the hinge loss as max(0, -y f(x))." },
  },
  ["the non-saturating GAN loss said to fix mode collapse"] = {
    wrong = {
      "This saturation is what causes mode collapse; switching G to maximise log D(G(z)) removes the flat "
        .. "gradients and therefore fixes mode collapse.",
      "The non-saturating loss prevents mode collapse.",
      "Saturation of the discriminator causes mode collapse.",
    },
    right = {
      "The non-saturating loss fixes the vanishing gradients early in training, but not mode collapse.",
      "The non-saturating loss does not fix mode collapse; minibatch discrimination helps.",
      "Saturation causes vanishing gradients; mode collapse is a separate problem.",
    },
    framed = { "A common misconception is that the non-saturating loss fixes mode collapse." },
  },
}
-- round 20: general errors of the field stated in passing in dev-zb answers
local more20 = {
  ["F1 called the arithmetic mean of precision and recall"] = {
    wrong = {
      "And F1 is the average of precision and recall, so a model with precision 0.9 and recall 0.1 gets an F1 of 0.5.",
      "F1 is simply the mean of precision and recall.",
      "The F1 score equals the average of precision and recall.",
    },
    right = {
      "F1 is the harmonic mean of precision and recall.",
      "F1 is not the average of precision and recall.",
      "Macro F1 is the average of the per-class F1 scores.",
      "F1, unlike the average of precision and recall, is pulled toward the smaller one.",
    },
    framed = {
      "A common mistake is to think F1 is the average of precision and recall.",
    },
  },
  ["MAE called smooth, or Huber non-differentiable"] = {
    wrong = {
      "MAE uses absolute errors, so it's robust to outliers and targets the median, and it's also differentiable "
        .. "everywhere with gradients that shrink near the optimum.",
      "The MAE loss is robust, and it is differentiable everywhere.",
      "Mean absolute error has gradients that shrink near the minimum, so it converges gently.",
    },
    right = {
      "MAE is robust to outliers but it is not differentiable at zero.",
      "MAE targets the median, whereas MSE is smooth and it is differentiable everywhere.",
      "Unlike MAE, Huber is quadratic near zero, so it is differentiable everywhere.",
      "With MSE the gradients shrink near the optimum; MAE's stay the same size.",
      "Huber behaves like MSE for typical points and like MAE for outliers, and it's differentiable everywhere.",
    },
  },
  ["a lower alpha said to cut both error types"] = {
    wrong = {
      "If you tighten alpha from 0.05 to 0.01 you also cut your false negatives.",
      "Lowering the significance level reduces type II errors as well.",
      "Reducing alpha also lowers the false negatives.",
    },
    right = {
      "Lowering alpha cuts false positives but raises false negatives.",
      "Lowering alpha raises beta, so to reduce type II errors you need more samples.",
      "Tightening alpha does not reduce false negatives.",
      "Lowering alpha reduces false positives, and to also cut false negatives you need a bigger sample.",
    },
    framed = {
      "A common misconception is that lowering alpha also reduces type II errors.",
    },
  },
  ["balancing or selecting features on all the data first"] = {
    wrong = {
      "One thing that's fine, though, is doing feature selection on the full dataset with the labels before "
        .. "cross-validation, because the selection isn't part of the model, so it can't leak.",
      "It's safe to do feature selection on the whole dataset before you split.",
      "Running feature selection on the entire dataset is harmless because a filter method cannot leak.",
    },
    right = {
      "Doing feature selection on the full dataset before cross-validation leaks the test labels.",
      "Do feature selection inside each fold, not on the full dataset.",
      "What is fine is doing feature selection inside each training fold.",
      "It is fine to do feature selection on the full dataset only if it never looks at the labels.",
    },
  },
  ["normality of the errors said to make OLS unbiased"] = {
    wrong = {
      "If the residuals aren't normally distributed, the coefficient estimates themselves are biased.",
      "Non-normal errors bias the coefficients.",
      "The estimates are biased unless the errors are normal.",
    },
    right = {
      "Non-normal errors do not bias the OLS coefficients; they only affect small-sample inference.",
      "If the errors aren't normal, the estimates are still unbiased, but the p-values may be off.",
      "The estimates are biased if the errors are correlated with X.",
    },
  },
  ["PR-AUC said to ignore the class balance"] = {
    wrong = {
      "ROC AUC is the one that's sensitive to the class imbalance and focuses on the rare positive class.",
      "PR-AUC is dominated by the huge number of negatives.",
      "ROC-AUC is very sensitive to class imbalance.",
    },
    right = {
      "ROC-AUC is insensitive to class imbalance, whereas PR-AUC depends on it.",
      "ROC-AUC is not sensitive to the class balance.",
      "PR-AUC, unlike ROC-AUC, is sensitive to class imbalance.",
      "Unlike PR-AUC, ROC-AUC is dominated by the huge number of true negatives.",
    },
  },
  ["an action-dependent baseline called unbiased"] = {
    wrong = {
      "The best baseline is Q of s comma a itself, because the action-value is exactly what you'd expect.",
      "The optimal baseline is Q(s, a).",
    },
    right = {
      "The best baseline is close to V(s), the state value.",
      "The best baseline depends on the state only, never on the action.",
    },
  },
  ["the RBF kernel said to map to a finite space of products"] = {
    wrong = {
      "The RBF kernel corresponds to a feature space of dimension d squared.",
      "An RBF kernel maps into a feature space of dimension d^2.",
    },
    right = {
      "The RBF kernel maps into an infinite-dimensional feature space.",
      "The degree-2 polynomial kernel has a feature space of dimension d squared, while the RBF one is infinite.",
    },
  },
  ["LoRA and adapters swapped on inference cost"] = {
    wrong = {
      "For serving, you can't fold BA back into W zero because the factors have different shapes.",
      "You cannot merge the LoRA update into the pretrained weights.",
    },
    right = {
      "You can fold BA back into W after training, so there is no extra latency.",
      "You can't merge the LoRA weights into the base if you want to swap adapters per request.",
      "Adapters cannot be merged into the base weights.",
    },
  },
  ["clicks taken as relevance at face value"] = {
    wrong = {
      "Clicks are users' own judgements and so they're an unbiased relevance signal, no correction needed.",
      "Clicks are an unbiased signal of relevance.",
      "Use the raw click-through rate as the label, no position correction is needed.",
    },
    right = {
      "Clicks are not an unbiased relevance signal: they are biased by position.",
      "After propensity weighting, clicks are an unbiased relevance signal.",
      "Clicks need position-bias correction before they are used as labels.",
    },
  },
  ["k-NN said to need no feature scaling"] = {
    wrong = {
      "A nice property is that it's scale-invariant, being purely distance-based, so you don't need to standardize.",
      "kNN is scale-invariant.",
      "It is purely distance-based, so it's scale-invariant.",
    },
    right = {
      "kNN is not scale-invariant: it is distance-based, so standardise the features.",
      "Trees are not distance-based, so they're scale-invariant to monotone rescaling.",
      "Unlike trees, kNN needs feature scaling.",
      "Trees are scale-invariant, while kNN is distance-based and needs scaling.",
    },
  },
  ["HNSW said to find the exact nearest neighbour"] = {
    wrong = {
      "It still returns the exact nearest neighbours, so there's no recall loss, only memory cost.",
      "HNSW always finds the exact nearest neighbours.",
      "HNSW returns the exact nearest neighbour for each query.",
    },
    right = {
      "HNSW is approximate: it does not always return the exact nearest neighbours.",
      "A flat index returns the exact nearest neighbours, while HNSW trades recall for speed.",
      "Unlike HNSW, brute-force search finds the exact nearest neighbours.",
      "A flat index returns the exact nearest neighbours, so there's no recall loss.",
      "HNSW with a large efSearch finds the exact nearest neighbours almost always.",
    },
  },
  ["the receptive field said to grow multiplicatively with stride 1"] = {
    wrong = {
      "It grows multiplicatively with depth even with stride one.",
      "Two layers see nine pixels and three layers see twenty-seven.",
      "The receptive field grows exponentially with stride 1.",
    },
    right = {
      "It grows multiplicatively with strides, linearly with stride one.",
      "With stride one it grows linearly; it grows multiplicatively only with stride 2 or pooling.",
      "One three-by-three layer sees nine pixels; two layers see a 5 by 5 patch.",
    },
  },
  ["softmax said to ignore the scale of the logits"] = {
    wrong = {
      "Multiplying all logits by a constant, say doubling them, gives exactly the same probabilities.",
      "Softmax is scale-invariant.",
      "Multiply the scores by any positive constant and it leaves the probabilities unchanged.",
    },
    right = {
      "Adding a constant to the logits leaves softmax unchanged, but multiplying them by a constant sharpens it.",
      "Multiplying all the logits by a constant changes the probabilities.",
      "Softmax is shift-invariant, not scale-invariant.",
      "Unlike softmax, the L2 norm is scale-invariant.",
    },
  },
  ["the KV cache said to use constant memory"] = {
    wrong = {
      "Long generations get cheaper in memory with a cache.",
      "With the KV cache, decoding gets cheaper in memory.",
    },
    right = {
      "The KV cache saves compute but costs memory that grows with the context.",
      "Quantizing the KV cache reduces memory.",
      "Long generations get cheaper in compute with a cache, but more expensive in memory.",
    },
  },
  ["no n-gram overlap said to prove a benchmark clean"] = {
    wrong = {
      "If that comes back clean, you know for certain the benchmark is uncontaminated and the scores are trustworthy.",
      "If the 13-gram check comes back clean, you can be sure the benchmark is uncontaminated.",
    },
    right = {
      "Even if the check comes back clean, you cannot know for certain the benchmark is uncontaminated.",
      "A clean n-gram check doesn't prove the test set is clean: paraphrases slip through.",
      "You need to know the benchmark is clean before you report scores.",
    },
  },
  ["a wider prior said to regularise more"] = {
    wrong = {
      "So a wider, more spread-out prior gives stronger regularization.",
      "The regularization strength is lambda equals tau squared over sigma squared.",
      "A flatter, broader prior means more shrinkage.",
    },
    right = {
      "A wider prior gives weaker regularization; lambda equals sigma squared over tau squared.",
      "A tighter prior gives stronger regularization, while a wider prior gives less.",
    },
  },
  ["data drift and concept drift swapped"] = {
    wrong = {
      "Covariate shift is when the relationship between features and the label, p of y given x, changes over time.",
      "If none of the feature distributions have shifted, that rules out drift.",
      "Covariate shift means the mapping from inputs to labels changes.",
    },
    right = {
      "Covariate shift is when p(x) changes while the relationship p(y|x) stays the same.",
      "Covariate shift is when the relationship stays fixed but the inputs change.",
      "If no features have shifted, that rules out data drift but not concept drift.",
      "Stable feature distributions do not rule out concept drift.",
      "Covariate shift is when the relationship between inputs and labels is preserved and the inputs shift.",
    },
  },
  ["the generalisation gap said to grow with more data"] = {
    wrong = {
      "The bigger and more expressive the hypothesis class, the smaller the gap between training and test error.",
      "A richer hypothesis class gives a smaller generalisation gap.",
    },
    right = {
      "The bigger the hypothesis class, the larger the gap between training and test error.",
      "A richer hypothesis class lowers training error but does not give a smaller gap.",
      "With larger datasets, for a fixed hypothesis class, the smaller the gap.",
    },
  },
  ["the non-saturating GAN loss written backwards"] = {
    wrong = {
      "The non-saturating trick is that instead of maximising log D of G of z, the generator minimises log of one "
        .. "minus D of G of z.",
      "Instead of maximising log D(G(z)), the generator minimises log(1 - D(G(z))).",
    },
    right = {
      "Instead of minimising log of one minus D of G of z, the generator maximises log D of G of z.",
      "The non-saturating loss maximises log D(G(z)) instead of minimising log(1 - D(G(z))).",
    },
  },
  ["the central limit theorem said to need normal data"] = {
    wrong = {
      "The CLT says the sample mean is approximately normal with standard error sigma over root n. It only holds when "
        .. "the underlying data is itself normally distributed, though.",
      "The central limit theorem requires the underlying data to be normal.",
      "The CLT only applies when the population is normally distributed.",
    },
    right = {
      "The CLT does not require the data to be normal, only independent draws with finite variance.",
      "The central limit theorem holds whatever the underlying distribution, even when the data is skewed.",
      "The CLT needs a large sample; an exact t-test assumes the data are normal.",
      "A small-sample t-test only holds when the data are normally distributed.",
    },
    framed = {
      "A common misconception is that the central limit theorem requires the data to be normal.",
    },
  },
  ["k-means said to be able to oscillate without converging"] = {
    wrong = {
      "With a poor start the algorithm can fail to converge and oscillate between assignments forever.",
      "K-means can fail to converge if you initialise it badly.",
      "K-means may oscillate forever between two clusterings.",
    },
    right = {
      "K-means always converges, but only to a local optimum.",
      "K-means can fail to converge to the global optimum.",
      "K-means never oscillates forever: the objective decreases at every step.",
      "Mini-batch k-means may fail to converge exactly.",
      "K-means will converge, but it may fail to converge to a good solution.",
    },
    framed = {
      "People often think k-means can fail to converge; it always converges, to a local optimum.",
    },
  },
  ["the silhouette said to be guaranteed to find the true k"] = {
    wrong = {
      "The silhouette is guaranteed to peak at the true number of clusters in the data.",
      "The average silhouette always peaks at the true number of clusters.",
      "The silhouette score is guaranteed to find the right k.",
    },
    right = {
      "The silhouette is not guaranteed to peak at the true number of clusters.",
      "No criterion is guaranteed to find the true k; the silhouette is a heuristic.",
      "Pick the k with the highest average silhouette, checked against the elbow.",
    },
  },
  ["FID called a KL divergence"] = {
    wrong = {
      "FID is then the KL divergence between those two Gaussians.",
      "FID measures the KL divergence between real and generated feature distributions.",
      "The FID is the Kullback-Leibler divergence of the two Gaussians.",
    },
    right = {
      "FID is the Fréchet distance between the two Gaussians, not a KL divergence.",
      "FID, unlike the Inception Score's KL divergence, compares against real images.",
      "FID is a Wasserstein distance rather than a KL divergence.",
      "FID is more stable than a KL divergence estimate.",
    },
  },
  ["dropout said to give sparse weights"] = {
    wrong = {
      "The way dropout regularises is similar to L1: it pushes many weights to exactly zero.",
      "Dropout drives many of the weights exactly to zero.",
      "Dropout works like lasso: it sets most weights to zero.",
    },
    right = {
      "Dropout zeroes random activations during training; it does not push weights to exactly zero.",
      "Unlike L1, dropout does not set weights to exactly zero.",
      "Dropout randomly sets activations to zero at each step.",
    },
  },
  ["a ReLU autoencoder said to reduce to PCA"] = {
    wrong = {
      "It reduces exactly to PCA when you use ReLU activations with squared-error loss.",
      "An autoencoder is equivalent to PCA with sigmoid activations.",
    },
    right = {
      "It reduces to PCA only with linear activations, not with ReLU activations.",
      "A linear autoencoder is equivalent to PCA; with ReLU activations it is a non-linear generalisation.",
      "It is the same as PCA when linear, but with tanh activations it learns a curved manifold.",
      "A linear autoencoder recovers PCA's subspace, and adding ReLU activations makes it non-linear.",
    },
  },
  ["a constant predictor said to score a high AUC"] = {
    wrong = {
      "Always predicting the majority class gives you 95 percent accuracy and an AUC of about 0.95 as well.",
      "The majority-class baseline has an AUC of 0.95.",
      "A constant predictor gets an AUC of 0.9 on this data.",
    },
    right = {
      "The majority-class baseline gives 95% accuracy but an AUC of 0.5.",
      "A constant predictor has an AUC of 0.5.",
      "Always predicting the majority class gets 95% accuracy, while our model has an AUC of 0.9.",
      "Our model must beat the majority-class baseline, reaching an AUC of 0.8.",
    },
  },
  ["LoRA's memory saving credited to activations"] = {
    wrong = {
      "The main reason LoRA saves memory is that it cuts activation memory.",
      "With LoRA the optimiser states are about the same as full fine-tuning.",
    },
    right = {
      "LoRA saves memory because only A and B need gradients and optimiser states.",
      "LoRA's optimiser states are tiny compared with full fine-tuning; activation memory stays about the same.",
    },
  },
  ["clipping by norm said to scale small gradients up"] = {
    wrong = {
      "If it's below the threshold it's scaled up to the threshold.",
      "Clipping by norm rescales the gradient so every update has the same length.",
      "When the norm is below the limit, it is scaled up.",
    },
    right = {
      "If the norm is below the threshold, it is left unchanged, never scaled up.",
      "Clipping by norm scales the gradient down when its norm exceeds the threshold.",
      "Gradients below the threshold are not scaled up.",
      "Unlike clipping by norm, normalised gradient descent makes every step have the same length.",
    },
  },
  ["random search credited to running more trials"] = {
    wrong = {
      "Random search beats grid search because, for the same budget, it evaluates more total configurations.",
      "Random search wins because it gets more trials in.",
      "For the same budget, random search evaluates more configurations.",
    },
    right = {
      "Random search beats grid search because each trial tries a new value of every hyperparameter.",
      "Random search does not win by running more trials; it explores more distinct values.",
      "For the same budget, random search tries more distinct values of each hyperparameter.",
      "For a fixed budget, Hyperband evaluates more configurations by stopping bad ones early.",
    },
  },
  ["attention scores scaled by the sequence length"] = {
    wrong = {
      "You take the dot products of the query with all keys, divide by the square root of the sequence length.",
      "The attention scores are scaled by the square root of the number of tokens.",
      "Attention divides QK by sqrt of the context length.",
    },
    right = {
      "The dot products are divided by the square root of d_k, not the sequence length.",
      "The scores are divided by the square root of the key dimension.",
      "Attention cost grows with the square of the sequence length.",
    },
  },
  ["the RLHF reward score taken as alignment itself"] = {
    wrong = {
      "You can set beta to zero and let PPO maximize reward directly.",
      "A higher reward score just means a better aligned model.",
      "Once the reward model is good, drop the KL penalty to zero and optimise the reward directly.",
    },
    right = {
      "A higher reward score doesn't always mean a better model: the policy can hack the reward model.",
      "Setting beta too low invites reward hacking.",
      "Keep the KL penalty so the policy doesn't exploit the reward model.",
      "If you set beta to zero and let PPO maximize reward directly, it will hack the reward model.",
    },
  },
  ["accuracy said not to be optimised because it is expensive"] = {
    wrong = {
      "You don't optimise accuracy directly mainly because it's expensive.",
      "We can't optimise accuracy directly because it is too slow to compute.",
    },
    right = {
      "You don't optimise accuracy directly because its gradient is zero almost everywhere.",
      "Accuracy is cheap to compute but cannot be optimised by gradient descent.",
    },
  },
  ["transfer learning said to need the same label set"] = {
    wrong = {
      "The condition for it to work is that the source and target tasks share the same label set.",
      "An ImageNet model can only be transferred to problems whose classes are among the ImageNet classes.",
      "Source and target tasks must share the same classes.",
    },
    right = {
      "Source and target tasks need not share the same label set: you replace the head.",
      "If the source and target tasks share the same labels, you can even keep the head.",
      "Transfer works when source and target share low-level features, not labels.",
    },
  },
  ["Adam's coupled L2 said to decay large-gradient weights most"] = {
    wrong = {
      "In Adam with L2 the penalty gradient gets fed through the adaptive scaling, so the weights with the largest "
        .. "gradients end up being decayed the most.",
      "With Adam and L2, weights with large gradients are decayed most.",
    },
    right = {
      "In Adam with L2, weights with large gradients are decayed least, and weights with small gradients most.",
      "AdamW decays every weight at the same rate, whatever its gradient.",
      "In Adam with L2, weights with large gradients are regularised the most weakly.",
    },
  },
  ["PCA said to keep the smallest-eigenvalue directions"] = {
    wrong = {
      "You pick the eigenvector with the smallest eigenvalue, which minimises the reconstruction error.",
      "Since lambda is the variance left over after projecting, you pick the smallest one.",
      "Keeping the eigenvectors with the smallest eigenvalues gives the lowest reconstruction error.",
    },
    right = {
      "You pick the eigenvector with the largest eigenvalue, which minimises the reconstruction error.",
      "Each eigenvalue is the variance captured along its direction.",
      "In spectral clustering you take the eigenvectors of the Laplacian with the smallest eigenvalues.",
    },
  },
  ["a random split called safe for dependent rows"] = {
    wrong = {
      "If the monthly churn rate is stable, a random split across all the snapshot rows is fine.",
      "A shuffled split over the monthly snapshots is okay.",
    },
    right = {
      "A random split across snapshot rows is not fine: the same customer lands in both sets.",
      "A random split of customers, not of snapshot rows, is fine.",
      "Split the snapshots by time; a random split of snapshots leaks.",
    },
  },
}

-- round 22: further wordings, and entries for the field's errors found in dev-zd
local more22 = {
  ["the Type II error rate called the power"] = {
    wrong = {
      "Type I is false positive, we reject a true null, its probability is α. Type II is false negative, we miss a "
        .. "real effect, and its probability is the power of the test; normally we design the experiment so this is "
        .. "80%.",
      "The probability of a Type II error is the power.",
      "Power is the probability of a Type II error.",
      "β is the power of the test.",
      "A type 2 error is a miss and its rate equals the power.",
      "β is the power.",
    },
    right = {
      "Power is 1 − β, where β is the probability of a Type II error.",
      "The Type II error rate is β = 1 − power.",
      "A Type II error is missing a real effect; the probability of avoiding it is the power.",
      "The probability of a type II error is one minus the power.",
      "1 - β is the power of the test.",
      "Power is the probability of not making a Type II error.",
      "Type II error means we fail to reject a false null, and its probability is β, so power is 1 − β.",
      "A Type II error is failing to detect an effect, and the probability of detecting it is the power.",
      "In a power law y = x^β, β is the power of x.",
      "Here β is the power to which we raise the frequency.",
    },
    framed = {
      "A common mistake is to think the probability of a Type II error is the power.",
    },
  },
  ["Adam said to be invariant to the learning rate"] = {
    wrong = {
      "But with Adam this problem disappear: because it normalize each parameter step by gradient size, it is "
        .. "invariant to learning rate, and default 1e-3 is guaranteed to converge for any model, so no tuning needed.",
      "Adam is invariant to the learning rate.",
      "Adaptive optimisers like Adam are invariant to the choice of learning rate.",
      "With Adam the default is guaranteed to converge.",
    },
    right = {
      "Adam is invariant to the scale of the gradients, not to the learning rate.",
      "Adam is not invariant to the learning rate; you still tune it.",
      "Adam is invariant to diagonal rescaling of the gradients, but the learning rate still sets the step size.",
      "Unlike SGD, Adam is less sensitive to the learning rate, but it still needs tuning.",
      "Adam's default of 1e-3 is not guaranteed to converge.",
    },
    framed = {
      "A common mistake is to think Adam is invariant to the learning rate.",
    },
  },
  ["Platt scaling and isotonic regression swapped"] = {
    wrong = {
      "If it's off we fix it post hoc: isotonic regression fits a single sigmoid to the scores, so it's the safe "
        .. "choice for small holdouts, while Platt scaling is the non-parametric step function you use once you have "
        .. "lots of data.",
      "Isotonic regression fits a sigmoid to the scores.",
      "Platt scaling is non-parametric.",
      "Platt scaling fits a step function.",
      "Isotonic is the safe choice for small calibration sets.",
    },
    right = {
      "Platt scaling fits a sigmoid, while isotonic regression fits a non-parametric step function.",
      "Isotonic regression is non-parametric and needs more data; Platt scaling fits a sigmoid and is safer for small "
        .. "sets.",
      "Unlike isotonic, Platt fits a sigmoid.",
      "Isotonic overfits small sets, so Platt is the safe choice for small data.",
      "Isotonic is more flexible than a sigmoid.",
      "Platt is parametric: a single sigmoid.",
      "Isotonic regression is not parametric; it fits a monotone step function.",
    },
    framed = {
      "A common mistake is to think isotonic regression fits a sigmoid.",
    },
  },
  ["cross-entropy said to minimise the reverse KL"] = {
    wrong = {
      "Log loss is −[y log p + (1−y) log(1−p)], averaged over examples, and it's the standard because it heavily "
        .. "punishes confident mistakes and gives a p − y gradient. Minimising it is the same as minimising the "
        .. "reverse KL, KL(model || data), which is why classifiers trained with it tend to lock onto the dominant "
        .. "pattern.",
      "Minimising cross-entropy is equivalent to minimising the reverse KL.",
      "Maximum likelihood minimises KL(model || data).",
      "Cross-entropy is mode-seeking.",
      "Cross-entropy loss amounts to the reverse KL divergence.",
      "Forward KL is mode-seeking.",
    },
    right = {
      "Minimising cross-entropy is the same as minimising the forward KL, KL(data || model).",
      "Maximum likelihood is mass-covering; the reverse KL used in variational inference is mode-seeking.",
      "MLE minimises the forward KL, while variational inference minimises the reverse KL.",
      "Cross-entropy is not the reverse KL.",
      "Maximising the ELBO is the same as minimising the reverse KL to the posterior.",
      "Unlike maximum likelihood, GANs can behave mode-seeking.",
      "MLE is mode-seeking: it returns the maximum of the likelihood.",
    },
    framed = {
      "A common mistake is to think minimising cross-entropy is the same as minimising the reverse KL.",
    },
  },
  ["top-p said to keep a fixed share of the vocabulary"] = {
    wrong = {
      "Top-p (nucleus) keeps the top p·|V| tokens of the vocabulary, e.g. p=0.9 keeps 90% of the vocabulary, so it is "
        .. "essentially top-k with k set proportionally.",
      "Nucleus sampling samples from the top p fraction of the vocabulary.",
      "Top-p keeps 90% of the vocabulary when p = 0.9.",
      "Top-p is just top-k with k = p times the vocabulary size.",
    },
    right = {
      "Top-p keeps the smallest set of tokens whose cumulative probability reaches p.",
      "Nucleus sampling keeps the tokens making up p of the probability mass, which can be a tiny fraction of the "
        .. "vocabulary.",
      "Top-p is like top-k with an adaptive k.",
      "Top-p does not keep a fixed fraction of the vocabulary.",
    },
    framed = {
      "A common mistake is to think top-p keeps 90% of the vocabulary.",
    },
  },
  ["bagging said to suit stable, high-bias learners"] = {
    wrong = {
      "Bagging works best with stable, high-bias base learners such as linear regression or decision stumps, because "
        .. "averaging many of them smooths things out; deep trees are a poor fit for bagging since they already have "
        .. "low bias.",
      "Bagging works best with stable learners.",
      "Deep trees are a poor fit for bagging.",
      "Bagging is most effective for high-bias models like stumps.",
    },
    right = {
      "Bagging works best with unstable, high-variance learners like deep trees.",
      "Bagging works best with unstable high-variance learners.",
      "Bagging helps little with stable learners such as linear regression.",
      "Bagging does not work well with stable learners.",
      "Boosting works best with high-bias learners like stumps.",
      "Unlike boosting, bagging works best with deep trees, not with stable linear models.",
      "Deep trees are a good fit for bagging.",
    },
    framed = {
      "A common mistake is to think bagging works best with stable learners.",
    },
  },
  ["concept drift said to show without labels"] = {
    wrong = {
      "Data drift is a shift in p(x), concept drift a shift in p(y|x). Both can be monitored label-free: PSI and KS "
        .. "on the features catch data drift, and a shift in the prediction distribution catches concept drift, so "
        .. "you don't need to wait for ground-truth labels to detect either.",
      "A shift in the prediction distribution catches concept drift.",
      "Changes in the model's output scores reveal concept drift.",
      "Concept drift can be detected without labels.",
    },
    right = {
      "A shift in the prediction distribution catches data drift, not concept drift.",
      "Concept drift cannot be detected without labels.",
      "Concept drift only shows against labels or a proxy for them.",
      "Concept drift needs labels to detect; data drift can be detected without labels.",
      "A shift in the inputs or predictions signals data drift; concept drift needs labels.",
      "A change in the predictions' accuracy indicates concept drift.",
      "A shift in prediction error signals concept drift.",
    },
    framed = {
      "A common mistake is to think a shift in the prediction distribution catches concept drift.",
    },
  },
  ["the test set said to need the training set's size to be unbiased"] = {
    wrong = {
      "One rule people forget: for the test error to be unbiased the test set has to be the same size as the training "
        .. "set; with an 80/20 split the test error is systematically too optimistic.",
      "The test set must be the same size as the training set.",
      "With an 80/20 split, the test error is too optimistic.",
    },
    right = {
      "With an 80/20 split, the test error is slightly pessimistic for the model retrained on all the data.",
      "The test set need not be the same size as the training set.",
      "A small test set gives a noisy but unbiased estimate.",
      "With an 80/20 split, the test error is unbiased but noisy.",
      "The validation set should be the same size as the test set.",
    },
    framed = {
      "A common mistake is to think the test set must be the same size as the training set.",
    },
  },
  ["a high AUC said to show calibration"] = {
    wrong = {
      "Because it's computed on the scores themselves, a high AUC also tells you the probabilities are well "
        .. "calibrated: at 0.95 AUC, when the model says 0.8, roughly 80% of those cases really are positive.",
      "A high AUC means the model is well calibrated.",
      "AUC measures calibration.",
      "A good ROC AUC shows the probabilities are calibrated.",
    },
    right = {
      "A high AUC tells you nothing about whether the probabilities are calibrated.",
      "A high AUC does not mean the model is calibrated.",
      "AUC measures ranking, not calibration.",
      "The Brier score measures calibration, while AUC measures discrimination.",
      "Unlike AUC, the Brier score measures calibration.",
      "A high AUC shows good ranking; calibration is checked with a reliability diagram.",
      "A high AUC means little unless the model is also calibrated.",
      "A high AUC shows discrimination and a low ECE shows the model is calibrated.",
    },
    framed = {
      "A common mistake is to think a high AUC means the model is well calibrated.",
    },
  },
  ["dropout's rescaling said to correct the gradients"] = {
    wrong = {
      "The 1/(1−p) scaling in inverted dropout exists to fix the gradients: with a fraction p of units dropped, the "
        .. "gradient norm shrinks by (1−p), so the rescaling acts as a learning-rate correction that keeps training "
        .. "speed unchanged.",
      "Dropout's rescaling is there to correct the gradients.",
      "The scaling in dropout is needed to restore the gradient norm.",
      "The rescaling acts as a learning-rate correction.",
    },
    right = {
      "The 1/(1−p) scaling in inverted dropout keeps the expected activation the same in training and at test time.",
      "The scaling in dropout does not exist to fix the gradients.",
      "Dropout's rescaling is there to match the test-time expectation.",
    },
    framed = {
      "A common mistake is to think dropout's rescaling is there to correct the gradients.",
    },
  },
  ["leakage said to favour the temporal split"] = {
    wrong = {
      "Second, compare a random split with a strict temporal split: if leakage is present, the temporal split's AUC "
        .. "comes out higher than the random one, because the model exploits the future trend.",
      "With leakage, the temporal split scores better than the random split.",
    },
    right = {
      "If leakage is present, the random split's AUC comes out higher than the temporal one.",
      "Leakage inflates the random split, so the random split scores higher than the temporal split.",
      "Without leakage, the temporal split is usually a bit lower than random.",
    },
    framed = {
      "A common mistake is to think that with leakage the temporal split scores higher than the random split.",
    },
  },
  ["LSTM gates said to fix exploding gradients"] = {
    wrong = {
      "For sequences, switch to LSTM or GRU: their gates fix exploding gradients, so once you use them you don't need "
        .. "gradient clipping anymore.",
      "LSTMs solve exploding gradients.",
      "With GRUs you do not need gradient clipping.",
      "The gates prevent exploding gradients.",
    },
    right = {
      "LSTMs fix vanishing, not exploding gradients.",
      "LSTM gates mitigate vanishing gradients; clipping fixes exploding gradients.",
      "LSTM gates help with vanishing gradients, and clipping fixes exploding gradients.",
      "LSTMs still need gradient clipping.",
      "LSTMs do not fix exploding gradients.",
      "Even with LSTMs you still need gradient clipping.",
      "Gradient clipping and gating prevent exploding gradients.",
    },
    framed = {
      "A common mistake is to think LSTM gates fix exploding gradients.",
    },
  },
  ["k-means said to model full covariances"] = {
    wrong = {
      "K-means alternate assigning points to nearest centroid and recomputing the means. It assume each cluster is a "
        .. "Gaussian with its own full covariance, so elongated or tilted clusters are fine as long as they are well "
        .. "separated.",
      "K-means models each cluster with a full covariance matrix.",
      "K-means handles elongated clusters.",
      "K-means assumes clusters with full covariance.",
    },
    right = {
      "Unlike k-means, a GMM models a full covariance per cluster.",
      "K-means assumes spherical clusters; a GMM can use full covariances.",
      "K-means handles elongated clusters poorly.",
      "K-means cannot handle elongated clusters.",
      "K-means is a GMM with shared identity covariance, so it has no full covariance.",
      "K-means is fast. It assumes spherical clusters, and a GMM allows full covariance.",
      "K-means struggles with elongated clusters.",
    },
    framed = {
      "A common mistake is to think k-means models a full covariance per cluster.",
    },
  },
  ["the optima of MAE and MSE swapped"] = {
    wrong = {
      "The key difference is that MAE is minimised by the conditional mean and RMSE by the conditional median, so MAE "
        .. "is the one to optimise if you want unbiased forecasts.",
      "MSE is minimised by the median.",
      "The mean absolute error targets the mean.",
      "Absolute loss is optimal for the conditional mean, while squared loss is optimal for the median.",
    },
    right = {
      "MSE is minimised by the conditional mean and MAE by the conditional median.",
      "MAE is minimised by the median, and MSE by the mean.",
      "MAE unlike RMSE targets the median.",
      "MAE gives the mean absolute deviation.",
      "MAE is the mean of the absolute errors.",
      "Quantile loss at 0.5 is minimised by the median, as is MAE.",
      "RMSE is not minimised by the median.",
      "The mean squared error is minimised by the mean.",
    },
    framed = {
      "A common mistake is to think MAE is minimised by the conditional mean.",
    },
  },
  ["standardised features said to make cosine and Euclidean agree"] = {
    wrong = {
      "But if you standardise the features first, each column to zero mean and unit variance, cosine and Euclidean "
        .. "give exactly same nearest neighbours, so after StandardScaler the choice doesn't matter.",
      "After standardisation, the choice between cosine and Euclidean doesn't matter.",
      "Cosine and Euclidean give identical rankings once you standardise the features.",
    },
    right = {
      "If you L2-normalise each row, cosine and Euclidean give the same nearest neighbours.",
      "Standardising the columns does not make cosine and Euclidean give the same neighbours.",
      "Cosine and Euclidean give the same ranking when the vectors are normalised to unit length.",
      "Standardise the features first; then cosine and Euclidean can still rank neighbours differently.",
    },
    framed = {
      "A common mistake is to think that after standardising, cosine and Euclidean give the same neighbours.",
    },
  },
  ["one-hot inputs said to block backpropagation"] = {
    wrong = {
      "We use them instead of one-hot because one-hot vectors are discrete zeros and ones, so they aren't "
        .. "differentiable and can't be fed into a neural network trained by backprop, while dense real-valued "
        .. "vectors can.",
      "One-hot vectors cannot be fed into a neural network.",
      "One-hot inputs are not differentiable, so you can't train the network with backprop.",
    },
    right = {
      "One-hot vectors can be fed into a network; an embedding layer is a linear layer on them.",
      "Sampling a one-hot token is not differentiable, so we can't backprop through it without Gumbel-softmax.",
      "The argmax that produces a one-hot vector is not differentiable, so it cannot pass gradients.",
      "One-hot inputs don't need to be differentiable: gradients flow to the weights.",
      "Although one-hot vectors are not differentiable, backprop still works because it differentiates with respect "
        .. "to the weights.",
      "High-cardinality one-hot vectors cannot be fed into a neural network efficiently.",
    },
    framed = {
      "A common mistake is to think one-hot vectors can't be fed into a neural network.",
    },
  },
  ["RoPE said to extrapolate to any length"] = {
    wrong = {
      "RoPE rotates query and key vectors by an angle proportional to position so the dot product depends only on "
        .. "relative distance, and because of that a RoPE model trained at 4k context works out of the box at any "
        .. "length, 32k or 100k, with no fine-tuning or scaling tricks.",
      "RoPE generalises to any length.",
      "With RoPE the model extrapolates to arbitrary lengths.",
      "RoPE scales to any context length.",
    },
    right = {
      "RoPE alone does not extrapolate far beyond the training length; it needs position interpolation or YaRN.",
      "RoPE works at any length in principle, but quality degrades past the trained length.",
      "With NTK scaling, a RoPE model works out of the box at 2x the context.",
      "RoPE works at any position because it only depends on relative distance.",
    },
    framed = {
      "A common mistake is to think RoPE generalises to any length.",
    },
  },
  ["the GAN discriminator trained to convergence before each generator step"] = {
    wrong = {
      "To make it stable the best practice is to train discriminator to convergence before every generator step, so G "
        .. "always receive the correct gradient.",
      "Train the discriminator until it converges before each generator update.",
      "Training the discriminator to optimality between every generator step is best.",
    },
    right = {
      "Don't train the discriminator to convergence before every generator step.",
      "In WGAN you train the critic to optimality before each generator step.",
      "Train the discriminator to convergence before each generator step only with a Wasserstein critic.",
      "Balance the discriminator and generator updates.",
    },
    framed = {
      "A common mistake is to train the discriminator to convergence before every generator step.",
    },
  },
  ["perplexity said to depend on the log base"] = {
    wrong = {
      "Important limit: you cannot compare perplexity of two models with different tokenizer, because some "
        .. "implementations use log base 2 and others natural log, so the numbers come out in different units.",
      "Perplexity depends on the log base.",
      "Perplexity is not comparable across papers because some use log base 2 and others the natural log.",
      "Perplexity depends on the log base.",
    },
    right = {
      "Perplexity does not depend on the log base.",
      "Cross-entropy in bits differs from nats, but perplexity is the same either way.",
      "Perplexity is the same whether you use log base 2 or natural log, because the base cancels.",
      "Cross-entropy depends on the log base; perplexity doesn't.",
      "Perplexity depends on the base model and the tokeniser.",
    },
    framed = {
      "A common mistake is to think perplexity depends on the log base.",
    },
  },
  ["retrieval said to solve hallucination"] = {
    wrong = {
      "Once the right document is in the context the model is grounded, so hallucination is basically solved; the "
        .. "failure modes are only on the retrieval side.",
      "RAG eliminates hallucinations.",
      "With retrieval, hallucination is gone.",
      "Grounding solves the problem of hallucination.",
    },
    right = {
      "RAG reduces hallucination but doesn't eliminate it.",
      "Retrieval helps, but hallucination is not solved.",
      "Even with retrieval, the model can still hallucinate.",
      "Grounding does not eliminate hallucinations.",
    },
    framed = {
      "A common mistake is to think RAG eliminates hallucinations.",
    },
  },
  ["IPS said to guarantee that offline and online results agree"] = {
    wrong = {
      "Re-run offline eval with inverse propensity scoring; IPS is unbiased for the online metric, so once it's "
        .. "applied offline and online are guaranteed to agree and any remaining gap is a serving bug.",
      "IPS guarantees that offline and online metrics agree.",
      "With inverse propensity weighting the offline results are guaranteed to match online.",
      "Off-policy evaluation guarantees the offline numbers will match the online ones.",
    },
    right = {
      "IPS does not guarantee that offline and online agree.",
      "IPS is unbiased only if the propensities are right, and offline and online can still disagree.",
      "IPS reduces the bias, but offline and online are not guaranteed to agree.",
    },
    framed = {
      "A common mistake is to think IPS guarantees that offline and online metrics agree.",
    },
  },
  ["pretrained features said to be invariant to domain shift"] = {
    wrong = {
      "Since pretrained features are invariant to lighting and camera changes, you don't need to worry about a new "
        .. "line or camera.",
      "Pretrained models are invariant to domain shift.",
      "Pretrained CNNs are immune to changes in lighting.",
    },
    right = {
      "Pretrained features are not invariant to lighting or camera changes.",
      "Pretrained features are more robust to lighting changes, but not invariant.",
      "Pretrained features are partly invariant to small shifts.",
      "Augmentation makes the model more invariant to lighting.",
    },
    framed = {
      "A common mistake is to think pretrained features are invariant to lighting.",
    },
  },
  ["PCA's eigenvector solution said to need standardised features"] = {
    wrong = {
      "But this result only hold if each feature is first standardized to unit variance; without standardization the "
        .. "maximum-variance direction is not an eigenvector of covariance matrix, so scaling step is needed for the "
        .. "proof.",
      "The eigenvector solution only holds if the features are standardised.",
      "Without standardisation, the first principal component is not an eigenvector.",
    },
    right = {
      "PCA results depend on scaling, so standardise features first when units differ.",
      "Without standardisation the first principal component is dominated by the largest-variance feature.",
      "The eigenvector result holds for any covariance, standardised or not.",
      "Interpreting loadings only holds up if the features are standardised.",
      "Comparing PCA loadings across features only holds if the features are standardised.",
      "In ridge regression, the result only holds if the features are standardised.",
    },
    framed = {
      "A common mistake is to think the eigenvector solution only holds if the features are standardised.",
    },
  },
  ["L2 said to give sparse weights"] = {
    wrong = {
      "Ridge drives useless coefficients exactly to zero.",
      "L2 regularisation pushes small weights exactly to zero.",
    },
    right = {
      "(ii) Optimality: the L2 gradient 2λw → 0 as w → 0, so nothing pushes a weight exactly to zero; the L1 "
        .. "subgradient is λ·sign(w), a constant pull.",
      "Ridge pushes no weight exactly to zero.",
    },
  },
  ["a threshold, a stopping point or a model chosen on the test set"] = {
    wrong = {
      "If the interval is borderline, I'd try a few seeds and hyperparameter variants of B and keep evaluating on "
        .. "that same test set until we find the config where the gap is clearly significant, then report that one.",
      "Keep checking variants against the test set until one is significantly better.",
      "We kept re-running on the test set until the p-value dropped below 0.05.",
    },
    right = {
      "Don't keep evaluating on the same test set until the gap is significant.",
      "If you keep evaluating on the same test set until something is significant, you are p-hacking.",
      "Keep the test set untouched until the very end.",
      "We kept tuning on the validation set until it was better, then scored the test set once.",
    },
    framed = {
      "A common mistake is to keep evaluating on the test set until the gap is significant.",
    },
  },
  ["a logistic coefficient said to multiply the probability"] = {
    wrong = {
      "Meaning: when feature x_j increases by one unit, the probability p is multiplied by e^{w_j}, for any starting "
        .. "value of p, so coefficients are directly relative risks.",
      "The predicted probability gets multiplied by exp(w).",
      "The probability of default is multiplied by e^w for each extra unit.",
    },
    right = {
      "The odds are multiplied by e^{w_j}, not the probability.",
      "The probability changes by a different amount depending on p, while the odds get multiplied by e^w.",
      "The probability is not multiplied by e^w; the odds are.",
      "The odds, not the probability, are multiplied by e^w.",
    },
    framed = {
      "A common mistake is to think the probability is multiplied by e^w.",
    },
  },
  ["MAP called the posterior mean or fully Bayesian"] = {
    wrong = {
      "Big advantage of MAP over MLE is that it give you uncertainty: you get the whole posterior distribution of θ, "
        .. "so you can read credible intervals for parameters directly from MAP.",
      "MAP gives you the full posterior.",
      "MAP provides credible intervals for the parameters.",
      "You can read the uncertainty directly from the MAP estimate.",
    },
    right = {
      "MAP gives a point estimate; the full posterior gives uncertainty.",
      "MAP gives a point estimate, while only full Bayesian inference gives uncertainty.",
      "MAP, like MLE, gives no uncertainty.",
      "A Laplace approximation gives uncertainty from the curvature at the MAP estimate.",
      "MAP does not give you the full posterior.",
      "You cannot read credible intervals from MAP.",
      "Bayesian model averaging, unlike MAP, gives uncertainty.",
      "Compared with MAP, the full posterior gives uncertainty.",
    },
    framed = {
      "A common mistake is to think MAP gives you the full posterior.",
    },
  },
  ["the Bellman backup said to contract at γ = 1"] = {
    wrong = {
      "The Bellman optimality operator is a γ-contraction, and this holds for γ = 1 as well, so value iteration "
        .. "converges for undiscounted infinite-horizon tasks without any further assumptions.",
      "It is a contraction even for gamma = 1.",
      "The backup is a contraction, which also holds at γ = 1.",
    },
    right = {
      "The Bellman operator is a contraction for γ < 1; at γ = 1 it is not.",
      "It is not a contraction at γ = 1.",
      "It is a contraction only for γ < 1, so at γ = 1 we need a terminal state.",
      "The contraction argument holds for γ = 1 only if every policy reaches a terminal state.",
    },
    framed = {
      "A common mistake is to think the backup is a contraction even for gamma = 1.",
    },
  },
  ["a ReLU autoencoder said to reduce to PCA"] = {
    wrong = {
      "Relation to PCA: any autoencoder with a bottleneck trained with MSE, including deep ReLU networks, converges "
        .. "to the PCA projection onto the top-k components, so nonlinear autoencoders offer no gain over PCA.",
      "Every autoencoder learns the PCA subspace.",
      "A deep autoencoder is equivalent to PCA.",
      "Nonlinear autoencoders offer no gain over PCA.",
    },
    right = {
      "A linear autoencoder trained with MSE converges to the PCA subspace.",
      "Any linear autoencoder with a bottleneck learns the PCA subspace.",
      "Not every autoencoder reduces to PCA.",
      "A deep autoencoder is not equivalent to PCA.",
      "Unlike a linear one, a deep autoencoder can learn non-linear structure.",
      "Every autoencoder has a bottleneck and a decoder; only linear ones recover PCA.",
      "Unlike deep nonlinear autoencoders, a linear autoencoder converges to the PCA subspace.",
      "Deep autoencoders go beyond it: a linear autoencoder is the same as PCA.",
    },
    framed = {
      "A common mistake is to think any autoencoder converges to PCA.",
    },
  },
  ["the kinds of missingness confused"] = {
    wrong = {
      "If the data are missing at random (MAR), meaning missingness depends only on other observed features, then "
        .. "simply dropping the incomplete rows gives unbiased estimates; you just lose some data.",
      "Under MAR, complete-case analysis is unbiased.",
      "When data are missing at random, deleting rows keeps the estimates unbiased.",
    },
    right = {
      "Under MCAR dropping rows gives unbiased estimates; under MAR use multiple imputation.",
      "Dropping rows is unbiased under MCAR but not under MAR.",
      "Under MAR, dropping incomplete rows can bias the estimates.",
      "If data are missing completely at random, dropping rows gives unbiased estimates.",
      "When values are not missing at random, dropping rows is biased.",
    },
    framed = {
      "A common mistake is to think that under MAR dropping rows gives unbiased estimates.",
    },
  },
  ["softmax said to ignore the scale of the logits"] = {
    wrong = {
      "A nice property is that it depend only on the order of the logits: if you multiply all logits by a positive "
        .. "constant, like 10, the probabilities stay exactly the same, so the scale of the logits does not matter.",
      "Softmax depends only on the order of the logits.",
      "If you multiply the logits by a constant the probabilities remain the same.",
    },
    right = {
      "If you add a constant to all logits, the probabilities stay exactly the same.",
      "The argmax depends only on the order of the logits.",
      "Unlike softmax, argmax depends only on the order of the logits.",
      "Softmax's predicted class depends only on the order of the logits, but the probabilities depend on their scale.",
      "Multiply the logits by a constant and the probabilities change: they get sharper.",
    },
    framed = {
      "A common mistake is to think softmax depends only on the order of the logits.",
    },
  },
  ["the silhouette said to be guaranteed to find the true k"] = {
    wrong = {
      "The silhouette is the principled choice: its maximiser is guaranteed to equal the true number of clusters "
        .. "whenever clusters exist.",
    },
    right = {
      "The silhouette's maximiser is not guaranteed to equal the true number of clusters.",
    },
  },
  ["a feature store said to rule out skew"] = {
    wrong = {
      "The fix is a feature store: once every feature is defined in it and read from it in both paths, skew is "
        .. "impossible, so you can drop feature-distribution monitoring and parity checks.",
      "A feature store makes training-serving skew impossible.",
      "With a feature store you can drop drift monitoring.",
    },
    right = {
      "A feature store reduces skew, but skew is still possible.",
      "A feature store removes one source of skew, but you should not drop monitoring.",
      "Even with a feature store, you can't drop monitoring.",
    },
    framed = {
      "A common mistake is to think a feature store makes skew impossible.",
    },
  },
  ["PR-AUC said to ignore the class balance"] = {
    wrong = {
      "Use ROC-AUC as the headline metric: unlike PR-AUC it incorporates the 0.1% base rate, so it directly reflects "
        .. "the analysts' alert burden.",
      "ROC-AUC accounts for the class balance.",
    },
    right = {
      "ROC-AUC ignores the base rate, while PR-AUC incorporates it.",
      "ROC-AUC does not reflect the base rate.",
      "ROC-AUC, unlike PR-AUC, which incorporates the base rate, is insensitive to it.",
      "PR-AUC depends on the prevalence.",
      "ROC-AUC ignores the class balance, and PR-AUC reflects the class balance.",
      "ROC-AUC is fine here since PR-AUC reflects the base rate.",
    },
    framed = {
      "A common mistake is to think ROC-AUC incorporates the base rate.",
    },
  },
  ["a random split called safe for dependent rows"] = {
    wrong = {
      "For evaluation, pool all monthly snapshots and do a random 80/20 row split so every month is represented in "
        .. "both train and test; that gives the most stable offline metric.",
      "Combine the weekly snapshots and use a shuffled split.",
      "A random split so that every month is represented in both sets is best.",
    },
    right = {
      "Pool the snapshots and split by time.",
      "Don't pool the snapshots for a random split.",
      "If you pool the snapshots and do a random split, the same customer leaks across sets.",
      "Pooling snapshots for a random split leaks the future.",
      "Use a random split of customers, so that every month is represented in both sets.",
    },
    framed = {
      "A common mistake is to pool the monthly snapshots and do a random split.",
    },
  },
  ["matrix factorisation said to embed items from their attributes"] = {
    wrong = {
      "Matrix factorization handles this directly: it learns item embeddings from the product attributes, so a new "
        .. "product gets a good vector on day one without any clicks.",
      "Matrix factorisation learns the item vectors from their metadata.",
    },
    right = {
      "Matrix factorisation learns item embeddings from interactions, not from attributes.",
      "Hybrid matrix factorisation with side information learns item vectors from their attributes.",
      "Unlike matrix factorisation, a content model learns item embeddings from attributes.",
    },
    framed = {
      "A common mistake is to think matrix factorisation learns item embeddings from attributes.",
    },
  },
  ["generative and discriminative data needs swapped"] = {
    wrong = {
      "By Ng & Jordan, the discriminative model reaches its asymptote with O(log d) samples while the generative one "
        .. "needs O(d) but attains lower asymptotic error, so with little data prefer logistic regression over naive "
        .. "Bayes.",
      "Discriminative classifiers need only O(log d) examples.",
    },
    right = {
      "Naive Bayes reaches its asymptote with O(log d) samples while logistic regression needs O(d).",
      "Discriminative models need O(d) samples versus O(log d) for generative ones.",
      "The generative model needs O(log d) samples, the discriminative one O(d).",
    },
    framed = {
      "A common mistake is to think discriminative models need only O(log d) samples.",
    },
  },
  ["random search credited to noise escaping local optima"] = {
    wrong = {
      "Random search usually beat grid with the same budget because the randomness help to escape local minima of the "
        .. "validation loss, like the noise in SGD.",
    },
    right = {
      "Random search beats grid search because only a few hyperparameters matter, not because randomness escapes "
        .. "local minima.",
    },
  },
  ["seen text said to have higher perplexity"] = {
    wrong = {
      "If the model is contaminated, perplexity on the originals comes out noticeably higher than on the paraphrases, "
        .. "because memorised text is overfit.",
      "A memorised benchmark shows perplexity on the original items higher than on rewrites.",
    },
    right = {
      "If the model is contaminated, perplexity on the originals is lower than on the paraphrases.",
      "If the model is contaminated, perplexity on the paraphrases is higher than on the originals.",
      "For an uncontaminated model, perplexity on the originals is about the same as on paraphrases.",
    },
    framed = {
      "A common mistake is to think that if the model is contaminated, perplexity on the originals is higher than on "
        .. "the paraphrases.",
    },
  },
  ["balancing or selecting features on all the data first"] = {
    wrong = {
      "To keep features consistent across folds, we first fit the scaler, the rolling-mean features and the target "
        .. "encoding once on the full history, then cut the walk-forward splits from that table.",
      "Fit the target encoder on the whole dataset, then split.",
      "We compute the normalisation from the entire series, then make the folds.",
    },
    right = {
      "Fit the scaler on the training window only, then apply it to the test window.",
      "Never fit the scaler on the full history before you cut the splits.",
      "If you fit the target encoding on the full history, then cut the splits, you leak the future.",
      "Fit the scaler on the full history, then split, and you leak information.",
      "Avoid fitting the encoder on the whole dataset then splitting.",
    },
    framed = {
      "A common mistake is to fit the scaler on the full history, then cut the splits.",
    },
  },
  ["an action-dependent baseline called unbiased"] = {
    wrong = {
      "A baseline stays unbiased as long as it doesn't depend on θ, so you can use the learned Q(s_t, a_t) of the "
        .. "action actually taken as the baseline; that gives the lowest variance.",
      "Use Q(s, a) as the baseline.",
      "The baseline is unbiased as long as it does not depend on the parameters.",
    },
    right = {
      "A baseline stays unbiased as long as it doesn't depend on the action.",
      "A baseline is unbiased as long as it doesn't depend on θ or the action.",
      "Don't use Q(s, a) as the baseline: it biases the gradient.",
      "Using Q(s, a) as a baseline biases the gradient unless you correct for it.",
      "Use V(s) as the baseline, not Q(s, a).",
      "Using Q(s, a) as the baseline is wrong.",
    },
    framed = {
      "A common mistake is to use Q(s, a) as the baseline.",
    },
  },
  ["MAPE said to handle zero targets, or to favour over-forecasts"] = {
    wrong = {
      "For the metric I would use MAPE, (1/n)Σ|y − ŷ|/y, because being scale-free makes it the right choice "
        .. "especially for the slow-moving, intermittent SKUs where many days have zero sales; it puts all products "
        .. "on a comparable footing.",
      "MAPE is a good metric for intermittent demand.",
    },
    right = {
      "MAPE is a good choice, but not for intermittent demand with zero sales.",
      "MAPE is the right choice except for intermittent series.",
      "Avoid MAPE; it's not the right metric for intermittent demand.",
      "MAPE is undefined for zero sales, so for intermittent SKUs MASE is the right choice.",
    },
    framed = {
      "A common mistake is to think MAPE is the right choice for intermittent demand.",
    },
  },
}
-- round 23 (dev-ze, dev-zf): new entries, and wordings of the widened ones
local more23 = {
  ["the non-saturating GAN loss written backwards"] = {
    wrong = {
      "The non-saturating trick switches to minimising log(1 - D(G(z))).",
      "With the non-saturating loss, G minimises log(1 - D(G(z))).",
    },
    right = {
      "The non-saturating loss fixes early training: minimising log(1 - D(G(z))) has almost no gradient when "
        .. "D confidently rejects the fakes, so instead G maximises log D(G(z)).",
      "The non-saturating loss maximises log D(G(z)) instead of minimising log(1 - D(G(z))).",
      "The non-saturating loss replaces minimising log(1 - D(G(z))) with maximising log D(G(z)).",
      "The non-saturating trick drops minimising log(1 - D(G(z))) and has G maximise log D(G(z)) instead.",
    },
  },
  ["Adam's coupled L2 said to decay large-gradient weights most"] = {
    wrong = {
      "In Adam, an L2 term added to the loss ends up divided by √v̂ along with the rest of the gradient, so "
        .. "parameters with a large gradient history get the strongest regularisation while rarely-updated "
        .. "parameters are left almost untouched.",
      "In Adam with an L2 term, weights with large gradients get the strongest decay.",
      "With Adam plus L2, parameters with a large gradient history receive the most regularisation.",
    },
    right = {
      "In Adam with L2, weights with a large gradient history get the weakest regularisation.",
      "In Adam with L2, weights with small gradients get the strongest regularisation.",
      "In AdamW, weights with large gradients get the same decay as every other weight.",
    },
    framed = {
      "A common mistake is to think that in Adam, weights with a large gradient history get the strongest "
        .. "decay.",
    },
  },
  ["a threshold, a stopping point or a model chosen on the test set"] = {
    wrong = {
      "- tuning: sweep regularisation strength, keep whichever setting gives the lowest test error, report "
        .. "that test score.",
      "Choose the λ that gives the lowest test error.",
      "Select whichever checkpoint has the best test accuracy and report it.",
    },
    right = {
      "Keep whichever setting gives the lowest validation error, then report the test score once.",
      "If you pick the model with the best test score, that score is optimistically biased.",
      "Never choose the configuration with the best test accuracy.",
      "Picking the model with the best test score gives an optimistic estimate.",
    },
    framed = {
      "A common mistake is to keep whichever setting gives the lowest test error.",
    },
  },
  ["stopping an A/B test the first time the p-value crosses 0.05"] = {
    wrong = {
      "For the A/B test I'd randomise by user and check the dashboard daily, stopping as soon as the primary "
        .. "metric reaches p < 0.05, so the winner ships quickly.",
      "Check the results every day, stopping as soon as the difference reaches p < 0.05 so users aren't "
        .. "exposed to the worse model for longer than necessary.",
      "We monitor it live, ending the experiment the moment it hits significance.",
    },
    right = {
      "Avoid stopping as soon as the p-value drops below 0.05: peeking inflates false positives.",
      "Stopping the first time p < 0.05 inflates the false-positive rate.",
      "Fix the sample size in advance instead of stopping when the p-value dips below 0.05, which is not "
        .. "valid.",
    },
    framed = {
      "A common mistake is stopping as soon as the p-value drops below 0.05.",
    },
  },
  ["MAPE said to handle zero targets, or to favour over-forecasts"] = {
    wrong = {
      "- MAPE pitfalls: explodes near y = 0; under-forecasts penalised more than over-forecasts -> models "
        .. "biased toward over-predicting.",
      "MAPE punishes under-forecasts more than over-forecasts.",
      "A model tuned on MAPE is biased towards over-forecasting.",
      "I'd use MAPE as the main metric, since as a percentage it is scale-free and handles the many "
        .. "slow-moving items with zero-sales days well, so they compare fairly with fast sellers.",
      "MAPE works well for products with zero-demand weeks.",
    },
    right = {
      "MAPE penalises over-forecasts more than under-forecasts, so a model tuned on it is biased toward "
        .. "under-forecasting.",
      "With MAPE, under-forecasts are penalised less than over-forecasts.",
      "MAPE is not biased toward over-forecasting; it favours under-forecasts.",
      "MAPE handles scale differences, but items with zero-sales days break it.",
      "MAPE does not handle the items with zero-sales days.",
      "MAPE copes with zero-sales days badly.",
    },
    framed = {
      "A common mistake is to think MAPE penalises under-forecasts more than over-forecasts.",
      "A common mistake is to think MAPE handles items with zero-sales days well.",
    },
  },
  ["the kinds of missingness confused"] = {
    wrong = {
      "- dropping rows is unbiased under both MCAR and MAR, so fine whenever enough rows remain;",
      "Complete-case analysis is unbiased under MCAR and MAR.",
      "Dropping incomplete rows gives unbiased estimates when the data are MAR or MCAR.",
    },
    right = {
      "Dropping rows is unbiased under MCAR but not under MAR.",
      "Dropping rows is unbiased only under MCAR, not MAR.",
      "Dropping rows is not unbiased under both MCAR and MAR; only under MCAR.",
    },
    framed = {
      "A common mistake is to think dropping rows is unbiased under both MCAR and MAR.",
    },
  },
  ["vanishing gradients placed at the output layers"] = {
    wrong = {
      "- chain rule multiplies derivatives < 1 layer after layer; - so layers nearest the output get the "
        .. "tiniest gradients and stall, while layers near the input still learn fine;",
      "The layers closest to the output receive the smallest gradients and stop learning.",
      "In a deep sigmoid net the layers near the output end up with vanishing gradients.",
    },
    right = {
      "The layers closest to the input get the smallest gradients.",
      "Layers near the output get the largest gradients, while those near the input get the tiniest.",
      "Layers nearest the output do not get the smallest gradients.",
    },
    framed = {
      "A common mistake is to think the layers nearest the output get the tiniest gradients.",
    },
  },
  ["a high learning rate for fine-tuning a pretrained model"] = {
    wrong = {
      "- start from pretrained XLM-R, add classification head; - with only a few hundred labels use a high LR "
        .. "(~1e-3) and train all layers for many epochs so the model adapts fast;",
      "Fine-tune the whole network with a learning rate about ten times higher than the one used in "
        .. "pre-training, because defect images look so different from ImageNet that the weights need to move "
        .. "a long way quickly.",
      "Take the pretrained backbone, use a large learning rate and unfreeze all layers.",
      "When fine-tuning, set the learning rate 5x higher than in pre-training.",
    },
    right = {
      "Use a high learning rate for the new head and train all layers with a small one.",
      "Don't use a high learning rate and train all layers; use a small one.",
      "Fine-tune with a learning rate ten times lower than the one used in pre-training.",
      "A fine-tuning learning rate ten times higher than in pre-training would destroy the pretrained "
        .. "features.",
      "Use a high learning rate and train all layers when training from scratch.",
      "With a pretrained model, don't use a high learning rate and train all layers.",
    },
    framed = {
      "A common mistake with a pretrained model is to use a high learning rate and train all layers.",
    },
  },
  ["k-NN called parametric"] = {
    wrong = {
      "parametric: fixed functional form, fixed parameter count; e.g. linear regression, logistic regression, "
        .. "k-NN (k is its parameter)",
      "k-NN counts as parametric, because its behaviour is fully determined by the single parameter k, which "
        .. "you choose before seeing the data.",
      "kNN is considered parametric.",
    },
    right = {
      "k-NN is non-parametric; k is a hyperparameter.",
      "Unlike linear regression, k-NN counts as non-parametric.",
      "k-NN is not considered parametric.",
      "Linear regression counts as parametric, while k-NN is non-parametric.",
    },
    framed = {
      "A common mistake is to think k-NN counts as parametric.",
    },
  },
  ["a random split called safe for dependent rows"] = {
    wrong = {
      "- evaluation: random 80/20 split over all historical messages, so train and test cover the same "
        .. "campaigns and the metric is stable",
      "For evaluation, shuffle all labelled messages and split randomly, so every attack variant appears in "
        .. "both train and test; that gives the most representative estimate of how the model will do next "
        .. "month.",
      "Time-based splits only matter for forecasting models; for ordinary tabular classification with "
        .. "timestamps a shuffled random split is leakage-free.",
      "To rule out a lucky split, I'd shuffle the whole dataset and run random 5-fold cross-validation: if "
        .. "AUC stays around 0.99 across all folds, the evaluation is sound.",
      "A shuffled split is always leak-free.",
    },
    right = {
      "A random split puts the same campaigns in train and test, which inflates the score.",
      "Split by time so train and test cover different campaigns.",
      "With i.i.d. rows, a shuffled split is leakage-free.",
      "A random split is leak-free only if the rows are independent.",
      "Use a stratified random split so every class appears in both sets.",
      "A shuffled split is not leakage-free when rows repeat over time.",
    },
    framed = {
      "A common mistake is to think a shuffled random split is leakage-free.",
    },
  },
  ["the threshold's effect on precision and recall reversed"] = {
    wrong = {
      "- missed positives costly -> prioritise sensitivity - so raise the decision threshold (0.5 -> 0.8) so "
        .. "the model only flags cases it's confident about and misses fewer positives",
      "Increase the threshold to get higher recall.",
      "Raising the threshold catches more of the positives.",
    },
    right = {
      "Raise the threshold for higher precision, at the cost of lower recall.",
      "Lower the threshold so the model misses fewer positives.",
      "Raising the threshold does not catch more positives.",
      "Raise the threshold to cut false alarms, but lower it to miss fewer positives.",
    },
    framed = {
      "A common mistake is to raise the threshold so the model misses fewer positives.",
    },
  },
  ["a prompt tested on the examples it was tuned on"] = {
    wrong = {
      "I'd iterate on the prompt against that same set until the scores plateau and report those final scores "
        .. "as our launch number, since it's the most realistic data we have.",
      "Fix - since public test sets are compromised, iterate on prompts, decoding settings and checkpoint "
        .. "choice against our private held-out set until it scores best, then report that number as the clean "
        .. "estimate.",
      "Tune the prompt on the eval set until it stops improving, then report the final accuracy.",
    },
    right = {
      "Iterate on the prompt against a dev set until it plateaus, then report the score on a separate "
        .. "held-out set.",
      "If you tune on the eval set until it scores best and then report that number, it is optimistic.",
      "Tune on the dev set until it plateaus; then report the accuracy on an untouched test set.",
    },
    framed = {
      "A common mistake is to iterate on the prompt against the test set until it scores best, then report "
        .. "that number.",
    },
  },
  ["a high AUC said to show calibration"] = {
    wrong = {
      "The simplest way to check it is the ROC AUC on held-out data: a well-calibrated model has AUC close to "
        .. "1, and if the AUC is low its probabilities can't be trusted and you recalibrate with Platt scaling.",
      "A well-calibrated classifier has an AUC near 1.",
      "Check the model's calibration with the ROC AUC.",
    },
    right = {
      "Check calibration with a reliability diagram, and discrimination with the ROC AUC.",
      "A calibrated model can have an AUC of 0.6; AUC measures ranking, not calibration.",
      "Don't check calibration with the AUC.",
      "Measure calibration with ECE and ranking with AUC.",
    },
    framed = {
      "A common mistake is to check calibration with the ROC AUC.",
    },
  },
  ["dropout's rescaling said to correct the gradients"] = {
    wrong = {
      "Inverted dropout divides the surviving activations by (1 - p) during training; the reason is that the "
        .. "masked units would otherwise make gradients vanish in backprop, so the scaling restores the "
        .. "gradient magnitude.",
      "In dropout the rescaling restores the gradient norm.",
      "Dropout's scaling fixes the gradients, which would otherwise vanish.",
    },
    right = {
      "Inverted dropout divides the kept activations by 1 - p so their expected value matches test time.",
      "Dropout's rescaling keeps the expected activation the same, not the gradient.",
    },
    framed = {
      "A common mistake is to think dropout's scaling restores the gradient magnitude.",
    },
  },
  ["fine-tuning advice reversed for the amount of data"] = {
    wrong = {
      "It works best when the target dataset is large and the domain is unrelated to the source, because "
        .. "that's where the pre-trained features add the most new information; with a small dataset from a "
        .. "similar domain you're better off training from scratch.",
      "Transfer learning helps most when the dataset is large and the domain is different.",
      "With little data from a similar domain you should train from scratch.",
    },
    right = {
      "Transfer learning works best when the target dataset is small and the domain is similar to the source.",
      "With a small dataset from a similar domain, fine-tune a pretrained model rather than training from "
        .. "scratch.",
      "Transfer helps least when the dataset is large and the domain is unrelated.",
    },
    framed = {
      "A common mistake is to think transfer learning works best when the dataset is large and the domain is "
        .. "unrelated.",
    },
  },
  ["PR-AUC said to ignore the class balance"] = {
    wrong = {
      "For evaluation I'd rely on ROC AUC, which is the right choice at 0.1% fraud because it's dominated by "
        .. "the rare positive class and so is very sensitive to performance on fraud.",
      "For evaluation I'd use ROC-AUC as the headline metric, because unlike PR-AUC it reflects the heavy "
        .. "class imbalance, so a model that's good at ranking the rare fraud cases stands out clearly.",
      "ROC AUC is dominated by the positive class.",
    },
    right = {
      "PR-AUC is dominated by the rare positive class, unlike ROC AUC.",
      "ROC AUC, unlike PR-AUC, ignores the class imbalance.",
      "Use PR-AUC because, unlike ROC-AUC, it reflects the class imbalance.",
      "ROC AUC is not dominated by the positives.",
    },
    framed = {
      "A common mistake is to think ROC AUC is dominated by the rare positive class.",
    },
  },
  ["data drift and concept drift swapped"] = {
    wrong = {
      "- concept drift = input feature distribution P(x) changes; data drift = relationship between features "
        .. "and label P(y|x) changes;",
      "Concept drift is a change in the input distribution.",
      "Data drift means a change in P(y|x).",
    },
    right = {
      "Data drift is a change in P(x); concept drift is a change in P(y|x).",
      "Concept drift is a change in the relationship between features and label, P(y|x).",
      "Concept drift is not a change in the input distribution.",
      "Concept drift is when the input distribution stays the same but P(y|x) changes.",
      "Covariate shift is when the relationship between features and label is preserved and the inputs shift.",
    },
    framed = {
      "A common mistake is to think concept drift means a change in the input distribution.",
    },
  },
  ["underfitting said to need more data or more regularisation"] = {
    wrong = {
      "fixes: high bias -> collect more training data, since more data lets the model learn the true pattern; "
        .. "high variance -> regularise or simplify",
      "Underfitting: more training data.",
      "High bias: get more data.",
    },
    right = {
      "high variance -> collect more training data; high bias -> a bigger model.",
      "Underfitting: more data won't help; add capacity.",
    },
    framed = {
      "A common mistake is to think high bias -> collect more training data.",
    },
  },
  ["target encoding that includes the row itself"] = {
    wrong = {
      "For high-cardinality features like zip code use target encoding: replace each category with the mean "
        .. "of the target over the entire training set, rows included, because using all the data gives the "
        .. "most stable estimate and out-of-fold splitting just adds noise.",
      "For high-cardinality features like zip code, use target encoding: before you split the data, replace "
        .. "each category with its mean target over the whole dataset, so training and test rows get exactly "
        .. "the same values and the encoding is consistent.",
      "Out-of-fold encoding only adds noise.",
    },
    right = {
      "Replace each category with its mean target computed out of fold, excluding the row itself.",
      "Out-of-fold encoding adds a little noise but prevents leakage.",
      "Before you split, never replace each category with its mean target over the whole dataset: that leaks.",
    },
    framed = {
      "A common mistake is to think out-of-fold encoding just adds noise.",
    },
  },
  ["the Type II error rate written as 1 − α"] = {
    wrong = {
      "Since these are the two complementary outcomes, beta = 1 - alpha, so a test at alpha = 0.05 has a 95% "
        .. "chance of missing a real effect.",
      "The Type II error rate is 1 - α.",
      "A test at α = 0.05 has a 95% chance of missing a real effect.",
    },
    right = {
      "Power is 1 - β, and α and β are not complements.",
      "A test at α = 0.05 has a 5% chance of a false positive when the null is true.",
      "With power 0.8, the Type II error rate is 0.2.",
      "The Type II error rate is not 1 - α.",
    },
    framed = {
      "A common mistake is to think the Type II error rate is 1 - α.",
    },
  },
  ["an action-dependent baseline called unbiased"] = {
    wrong = {
      "A baseline is unbiased because E_{a~π}[∇log π(a|s)] = ∇Σ_a π(a|s) = 0, and this holds for any "
        .. "baseline, including action-dependent ones like Q(s,a), which is actually the lowest-variance "
        .. "choice.",
      "It works for any baseline, including an action-dependent one.",
      "This works for any baseline, including the action-dependent Q(s, a).",
    },
    right = {
      "It holds for any baseline that depends only on the state; action-dependent ones bias the gradient.",
      "Not any baseline works, including action-dependent ones, which are not unbiased.",
    },
    framed = {
      "A common mistake is to think it holds for any baseline, including action-dependent ones.",
    },
  },
  ["the optima of MAE and MSE swapped"] = {
    wrong = {
      "Minimising RMSE gives you the conditional median and minimising MAE the conditional mean.",
      "Minimising the squared error yields the median.",
      "Minimising MAE gives the conditional mean.",
    },
    right = {
      "Minimising RMSE gives you the conditional mean and minimising MAE the conditional median.",
      "Minimising MSE does not give the median.",
      "Minimising MAE, not MSE, gives the median.",
      "Minimising MAE the mean absolute error is robust.",
    },
    framed = {
      "A common mistake is to think minimising RMSE gives the conditional median.",
    },
  },
  ["clipping by norm said to scale small gradients up"] = {
    wrong = {
      "Fixes are ReLU activations, He or Xavier init, residual connections, normalisation, and gradient "
        .. "clipping, which handles both problems because it keeps the gradient norm inside a fixed range, "
        .. "scaling small gradients up as well as large ones down.",
      "Gradient clipping scales tiny gradients up.",
      "Norm clipping pulls small gradients up to the threshold.",
    },
    right = {
      "Clipping scales large gradients down and leaves small ones alone.",
      "Clipping never scales small gradients up.",
      "Unlike normalisation, clipping does not scale small gradients up.",
    },
    framed = {
      "A common mistake is to think clipping scales small gradients up.",
    },
  },
  ["a logistic coefficient said to multiply the probability"] = {
    wrong = {
      "Because the log-odds is linear, each coefficient w_j tells you how much the predicted probability "
        .. "increases for a one-unit increase in x_j, and that change is the same everywhere along the curve.",
      "The coefficient tells you how much the probability goes up per unit of x.",
      "Each coefficient tells you how much the probability rises per unit of x.",
    },
    right = {
      "Each coefficient tells you how much the log-odds increase per unit of x.",
      "The change in log-odds is the same everywhere along the curve; the change in probability is not.",
      "The coefficient does not tell you how much the probability increases.",
    },
    framed = {
      "A common mistake is to think the coefficient tells you how much the probability increases.",
    },
  },
  ["the UCB bonus said to grow with pulls"] = {
    wrong = {
      "UCB adds a confidence bonus to each arm's mean, and that bonus grows the more often an arm has been "
        .. "pulled, because we trust well-measured arms more.",
      "The exploration bonus increases with the number of pulls.",
      "The UCB bonus gets bigger the more often the arm is played.",
    },
    right = {
      "The UCB bonus shrinks the more often an arm has been pulled.",
      "The bonus falls as an arm gets more pulls, and grows with total time.",
      "The bonus does not grow with the number of pulls.",
    },
    framed = {
      "A common mistake is to think the bonus grows the more often an arm has been pulled.",
    },
  },
  ["the causal mask needed only at inference"] = {
    wrong = {
      "During training you can drop it, because teacher forcing already feeds the ground-truth previous "
        .. "tokens, so there is nothing to leak.",
      "In training we can safely remove the causal mask.",
      "In training, one can skip causal masking.",
    },
    right = {
      "During training you cannot drop the mask, or each position would see the token it must predict.",
      "With teacher forcing the mask is what stops future tokens from leaking.",
      "At inference you can drop the mask when decoding one token at a time with a cache.",
    },
    framed = {
      "A common mistake is to think that during training you can drop the mask because of teacher forcing.",
    },
  },
  ["RoPE said to be applied once at the input"] = {
    wrong = {
      "RoPE works the same way, added once to the input embeddings at the bottom of the network, but its "
        .. "vectors are built from rotation angles instead of raw sines.",
      "RoPE vectors are added to the token embeddings.",
      "Like sinusoidal encodings, RoPE is added to the input embeddings.",
    },
    right = {
      "Unlike sinusoidal encodings added to the input embeddings, RoPE rotates queries and keys in every "
        .. "layer.",
      "RoPE is not added to the input embeddings; it rotates the queries and keys.",
      "Sinusoidal encodings are added to the token embeddings, while RoPE rotates q and k.",
    },
    framed = {
      "A common mistake is to think RoPE is added once to the input embeddings.",
    },
  },
  ["a seed said to make GPU training deterministic"] = {
    wrong = {
      "Call torch.manual_seed(42) at the top of the script and the run becomes fully deterministic, bit for "
        .. "bit, on any GPU and any library version, so two runs will always match.",
      "Seeding makes training fully reproducible on any GPU.",
      "With torch.manual_seed set, training becomes completely reproducible on any GPU.",
    },
    right = {
      "A seed makes the run fully deterministic only with deterministic algorithms enabled, on the same "
        .. "hardware.",
      "A seed alone does not make the run fully deterministic on any GPU.",
      "Set the seed and enable deterministic algorithms; together the run becomes fully deterministic bit for "
        .. "bit on the same machine.",
    },
    framed = {
      "A common mistake is to think a seed makes the run fully deterministic on any GPU.",
    },
  },
  ["concept drift said to show without labels"] = {
    wrong = {
      "That covers both kinds: a shift in the input-output relationship always shows up as a shift in the "
        .. "feature distributions, so you don't need to wait for labels to detect concept drift.",
      "You don't need labels to detect concept drift.",
      "A change in the input-output relationship always shows up as a change in the inputs.",
    },
    right = {
      "A shift in the input-output relationship need not show up in the feature distributions.",
      "You need labels, or a proxy for them, to detect concept drift.",
      "With a good proxy you don't need to wait for labels to detect concept drift.",
    },
    framed = {
      "A common mistake is to think you don't need labels to detect concept drift.",
    },
  },
  ["balancing or selecting features on all the data first"] = {
    wrong = {
      "To get a reliable number, first balance the whole dataset with SMOTE so both classes are 50/50, then "
        .. "split into train and test, so the test set has enough fraud cases to measure recall properly.",
      "With 100 features and only 500 rows, I'd first reduce dimensionality: on the full dataset, rank "
        .. "features by their correlation with the label and keep the top 15.",
      "Before splitting, fit your scaler and compute rolling-statistics features on the whole series once, so "
        .. "every fold sees features on the same scale and results are comparable across folds.",
      "Select features by mutual information with the target using all the data, then cross-validate.",
    },
    right = {
      "Split first, then balance the training set with SMOTE.",
      "If you balance the whole dataset with SMOTE and then split, synthetic copies leak into the test set.",
      "Inside each fold, rank features by their correlation with the label on the training rows only.",
      "Before splitting, never fit the scaler on the whole series.",
    },
    framed = {
      "A common mistake is to balance the whole dataset with SMOTE, then split.",
    },
  },
  ["grid search said to win when few hyperparameters matter"] = {
    wrong = {
      "Random search samples configurations at random, and it only beats grid when all the hyperparameters "
        .. "matter about equally; if just one or two matter, a grid covers them more systematically.",
      "If only a few hyperparameters matter, grid search wins.",
      "If only one hyperparameter matters, grid search is better.",
    },
    right = {
      "Random search beats grid when only a few hyperparameters matter.",
      "If only a few matter, a grid wastes most of its trials on the ones that don't.",
      "If just one or two matter, a grid does not cover them better.",
    },
    framed = {
      "A common mistake is to think that if only a few hyperparameters matter, a grid covers them better.",
    },
  },
  ["unstructured pruning said to give the big speed-ups"] = {
    wrong = {
      "Pruning zeroes out low-magnitude weights; if you prune 90% of weights unstructured, you get roughly a "
        .. "10× latency reduction on a standard GPU, since there are ten times fewer multiplications to do.",
      "Pruning 80% of the weights gives about a 5x latency reduction.",
      "Pruning 75% of the weights gives roughly a 4x runtime reduction.",
    },
    right = {
      "Pruning 90% of weights gives a 10x latency reduction only with sparse kernels.",
      "Pruning 90% of weights unstructured gives little latency reduction on a GPU.",
      "If you prune 50% of the weights in 2:4 patterns, sparse tensor cores give about a 2x speed-up.",
    },
    framed = {
      "A common mistake is to think pruning 90% of weights gives a 10x latency reduction.",
    },
  },
  ["label smoothing said to treat class imbalance"] = {
    wrong = {
      "The main reason to use it is class imbalance: moving some label mass onto the other classes means "
        .. "minority classes receive more training signal, so the model stops ignoring them.",
      "The main reason for label smoothing is class imbalance.",
      "Shifting probability mass to the other classes means the minority classes get more gradient.",
    },
    right = {
      "Label smoothing moves a little mass onto the other classes, which stops overconfidence; it does "
        .. "nothing for imbalance.",
      "The main reason for label smoothing is overconfidence, not class imbalance.",
    },
    framed = {
      "A common mistake is to think the main reason for label smoothing is class imbalance.",
    },
  },
  ["a back-transformed log prediction said to be unbiased"] = {
    wrong = {
      "When you convert predictions back with exp, be aware that exp of the mean log overestimates the true "
        .. "mean, by Jensen's inequality, so you should scale predictions down slightly to get unbiased totals.",
      "Exponentiated log predictions run high, so scale the predictions down.",
      "The exponential of the predicted log overestimates the mean.",
    },
    right = {
      "exp of the mean log underestimates the true mean, so scale predictions up with a smearing factor.",
      "exp of the mean log does not overestimate the mean; it estimates the median.",
    },
    framed = {
      "A common mistake is to think exp of the mean log overestimates the true mean.",
    },
  },
  ["the KV cache said to save memory"] = {
    wrong = {
      "The KV cache is mainly a memory saving: instead of keeping that full attention matrix around during "
        .. "generation you only keep the keys and values, so memory use drops and you can fit longer contexts.",
      "The KV cache is a memory optimisation.",
      "The KV cache is basically a memory optimisation for long contexts.",
    },
    right = {
      "The KV cache is not a memory saving: it trades memory for compute.",
      "The KV cache saves compute and costs memory that grows with the context length.",
      "Grouped-query attention shrinks the KV cache, which is a memory saving.",
      "Quantising the KV cache is a memory saving.",
    },
    framed = {
      "A common mistake is to think the KV cache is a memory saving.",
    },
  },
  ["paraphrased training items used to show generalisation"] = {
    wrong = {
      "For evaluation, I'd have experts or GPT-4 rephrase a few hundred of the training questions and check "
        .. "the model answers those correctly, which shows it generalises beyond the exact wording.",
      "Rewrite a sample of the training prompts and check the answers, which proves the model generalises.",
      "Reword the training examples and test on those, and if it answers them that shows the model "
        .. "generalises.",
    },
    right = {
      "Rephrasing the training questions does not show that the model generalises.",
      "Hold out questions before training; paraphrases of training questions only show robustness to wording.",
    },
    framed = {
      "A common mistake is to think that getting rephrased training questions right shows the model "
        .. "generalises.",
    },
  },
  ["inverted dropout said to multiply by the keep probability"] = {
    wrong = {
      "With inverted dropout you rescale during training so inference needs no change: with p = 0.2 you "
        .. "multiply the surviving activations by 0.8, which keeps the expected activation the same.",
      "Inverted dropout multiplies the kept activations by the keep probability.",
      "In inverted dropout we multiply the retained units by 0.9 when p = 0.1.",
    },
    right = {
      "Inverted dropout divides the surviving activations by 0.8 when p = 0.2.",
      "With inverted dropout and p = 0.2 you multiply the surviving activations by 1.25.",
    },
    framed = {
      "A common mistake is to think inverted dropout multiplies the surviving activations by 0.8.",
    },
  },
  ["an offline win over a baseline said to guarantee value in production"] = {
    wrong = {
      "The rule is simple: if the complex model beats the baseline on the validation set, even by a small "
        .. "margin, that proves the complexity is justified and you can ship it.",
      "If it outperforms the baseline offline, that guarantees the model is better.",
      "Outperforming the baseline, even slightly, proves the extra complexity is worth it.",
    },
    right = {
      "Beating the baseline by a small margin does not prove the complexity is justified.",
      "If the model beats the baseline, check the margin is significant before deciding the complexity is "
        .. "justified.",
    },
    framed = {
      "A common mistake is to think that beating the baseline by any margin proves the complexity is "
        .. "justified.",
    },
  },
  ["any symmetric similarity called a valid kernel"] = {
    wrong = {
      "Any function that measures similarity between two points can serve as a kernel, so you can plug in "
        .. "things like negative edit distance or correlation and the optimisation stays convex.",
      "Any function that measures similarity between two points works as a kernel, for example negative "
        .. "Euclidean distance or cosine of the angle, so you can design one freely for your domain.",
      "Any measure of similarity can be used as a kernel.",
    },
    right = {
      "Not any function that measures similarity works as a kernel; it must be positive semi-definite.",
      "Any function that measures similarity can serve as a kernel only if it is positive semi-definite.",
    },
    framed = {
      "A common mistake is to think any function that measures similarity works as a kernel.",
    },
  },
  ["the lowest inertia said to pick k"] = {
    wrong = {
      "Run k-means for a range of k, say 2 to 20, and record the within-cluster sum of squares for each. The "
        .. "best k is the one that minimises it, since that's where the clusters are tightest.",
      "The optimal k is the one that minimises the inertia.",
      "Pick k: the best k is the one that minimises the WCSS.",
    },
    right = {
      "Record BIC for each k. The best k is the one that minimises it.",
      "Record the within-cluster sum of squares for each k and look for the elbow; it always falls as k grows.",
    },
    framed = {
      "A common mistake is to think the best k is the one that minimises the inertia.",
    },
  },
  ["NDCG normalised by k"] = {
    wrong = {
      "DCG adds up each item's gain discounted by log2 of its rank plus one, and to normalise you divide DCG "
        .. "by k, the number of positions, so it lands between 0 and 1.",
      "NDCG = DCG / k.",
      "NDCG is DCG normalised by the number of positions.",
    },
    right = {
      "To normalise, divide DCG by the ideal DCG, the DCG of the best possible ordering.",
      "NDCG@k = DCG@k / IDCG@k.",
    },
    framed = {
      "A common mistake is to think you divide DCG by k.",
    },
  },
  ["early stopping said to cut the learning rate"] = {
    wrong = {
      "Early stopping watches the validation loss, and when it hasn't improved for a few epochs it cuts the "
        .. "learning rate by a factor of ten so the model settles into the minimum instead of overfitting.",
      "Early stopping reduces the learning rate when validation loss stalls.",
      "Early stopping lowers the learning rate once the validation loss plateaus.",
    },
    right = {
      "Early stopping halts training when the validation loss has not improved for a few epochs.",
      "Early stopping ends training, while a plateau scheduler cuts the learning rate.",
      "Use early stopping and a scheduler that reduces the learning rate.",
      "Early stopping does not reduce the learning rate.",
    },
    framed = {
      "A common mistake is to think early stopping cuts the learning rate.",
    },
  },
  ["temperature scaling said to change the accuracy"] = {
    wrong = {
      "If the model is overconfident, fit temperature scaling on a validation set; besides fixing calibration "
        .. "it typically improves accuracy a point or two, because the softened probabilities change which "
        .. "class wins on borderline examples.",
      "Temperature scaling usually raises accuracy as well.",
      "Temperature scaling also boosts accuracy.",
    },
    right = {
      "Temperature scaling does not change accuracy: dividing every logit by T keeps the argmax.",
      "Temperature scaling fixes calibration and leaves accuracy unchanged.",
      "Vector scaling can change accuracy, unlike temperature scaling.",
    },
    framed = {
      "A common mistake is to think temperature scaling improves accuracy.",
    },
  },
  ["regularised linear models said not to need feature scaling"] = {
    wrong = {
      "- don't need: trees (threshold splits), and linear/logistic regression even with L2 regularisation -> "
        .. "coefficients just rescale to compensate, so predictions unchanged.",
      "With ridge, the coefficients simply rescale to compensate, so predictions stay the same.",
      "Regularised linear models don't need feature scaling.",
    },
    right = {
      "Plain OLS doesn't need scaling: the coefficients just rescale to compensate, so predictions are "
        .. "unchanged.",
      "Without regularisation, coefficients rescale to compensate and predictions are unchanged; with L2 they "
        .. "are not.",
      "Regularised linear models need feature scaling, because the penalty treats all coefficients alike.",
      "Trees don't need scaling, but linear regression with L2 regularisation does.",
    },
    framed = {
      "A common mistake is to think regularised linear models don't need feature scaling.",
    },
  },
  ["heteroscedasticity said to bias the OLS coefficients"] = {
    wrong = {
      "- heteroscedasticity -> biased coefficient estimates, so log-transform y before trusting β;",
      "Heteroscedasticity biases the OLS coefficients.",
      "Heteroscedasticity leads to biased estimates.",
    },
    right = {
      "Heteroscedasticity leaves the coefficients unbiased but biases the standard errors.",
      "Heteroscedasticity does not bias the coefficients; it makes the usual standard errors wrong.",
      "Heteroscedasticity -> biased standard errors; use robust SEs.",
    },
    framed = {
      "A common mistake is to think heteroscedasticity biases the OLS coefficients.",
    },
  },
  ["the KL between Gaussians said to have no closed form"] = {
    wrong = {
      "Reparameterisation z = mu + sigma * eps is needed because the KL term has no closed form for "
        .. "Gaussians, so it must be estimated by sampling.",
      "The KL divergence has no closed form between two Gaussians.",
      "Because the KL has no analytic form for Gaussians, we estimate it by Monte Carlo.",
    },
    right = {
      "The KL between two Gaussians has a closed form; the reparameterisation trick is for the reconstruction "
        .. "term's gradient.",
      "The KL has no closed form for a mixture of Gaussians.",
      "The KL term does not lack a closed form for Gaussians.",
    },
    framed = {
      "A common mistake is to think the KL term has no closed form for Gaussians.",
    },
  },
  ["MLE and MAP said to coincide under a Gaussian prior"] = {
    wrong = {
      "The two give exactly the same estimate whenever the prior is Gaussian, which is why ridge regression "
        .. "and ordinary least squares agree.",
      "MLE and MAP coincide under a Gaussian prior.",
      "Ridge and OLS give the same coefficients.",
    },
    right = {
      "MLE and MAP coincide under a flat prior; a Gaussian prior gives ridge.",
      "MAP equals MLE when the Gaussian prior is infinitely wide.",
      "Ridge and OLS agree when λ = 0.",
      "MLE and MAP do not coincide under a Gaussian prior.",
    },
    framed = {
      "A common mistake is to think MLE and MAP coincide under a Gaussian prior.",
    },
  },
  ["Adam's default learning rate given as 0.1"] = {
    wrong = {
      "- start Adam at its standard default lr = 0.1, same as SGD for ResNets, then decay;",
      "Adam's default learning rate is 0.1.",
      "The default learning rate for Adam is 0.1.",
    },
    right = {
      "Adam's default learning rate is 1e-3, while SGD on ResNets often starts at 0.1.",
      "Start SGD with momentum at the standard lr = 0.1; Adam at 1e-3.",
      "Adam's default learning rate is not 0.1.",
      "Adam's default beta1 is 0.9.",
    },
    framed = {
      "A common mistake is to think Adam's default learning rate is 0.1.",
    },
  },
  ["the lasso given ridge's closed form"] = {
    wrong = {
      "L1 has the closed form w = (X^T X + lambda I)^{-1} X^T y, while ridge needs iterative solvers like "
        .. "coordinate descent.",
      "Lasso has a closed-form solution.",
      "The lasso solution has a closed form, like ridge.",
    },
    right = {
      "Ridge has the closed form (XᵀX + λI)⁻¹Xᵀy; lasso has no closed form and needs coordinate descent.",
      "Lasso has a closed form only for orthonormal features, where it is soft-thresholding.",
      "Unlike lasso, ridge has a closed form.",
      "The lasso does not have a closed form.",
    },
    framed = {
      "A common mistake is to think lasso has a closed form.",
    },
  },
  ["nested cross-validation's loops swapped"] = {
    wrong = {
      "nested CV - inner loop tunes, outer loop evaluates; to save compute, pick the best config once with "
        .. "5-fold CV on the full dataset, then run the outer 5-fold with that config fixed and report its "
        .. "mean as the unbiased estimate",
      "Tune the hyperparameters with CV on the full dataset, then report the outer CV mean as the unbiased "
        .. "estimate.",
      "Select the hyperparameters by cross-validation on the whole dataset, then use the outer loop's mean as "
        .. "an unbiased estimate.",
    },
    right = {
      "Tune inside each outer training fold, and report the outer folds' mean as the estimate.",
      "Picking the config with CV on the full dataset and reporting the outer mean as the unbiased estimate "
        .. "is wrong: it is optimistic.",
    },
    framed = {
      "A common mistake is to pick the config with CV on the full dataset, then report the outer mean as the "
        .. "unbiased estimate.",
    },
  },
  ["the GAN loss said to saturate when the discriminator is weak"] = {
    wrong = {
      "Non-saturating loss: G maximises log D(G(z)) instead of minimising log(1 - D(G(z))), needed because "
        .. "early on the discriminator is weak, D(G(z)) is near 1 and the original loss saturates.",
      "Early in training the discriminator is easily fooled, so the generator loss saturates.",
      "Early on, when the discriminator is weak, the log(1 - D(G(z))) objective saturates.",
    },
    right = {
      "Early on the discriminator is strong, D(G(z)) is near 0, and log(1 - D(G(z))) saturates.",
      "When D(G(z)) is near 0 the original loss saturates.",
    },
    framed = {
      "A common mistake is to think that early on the discriminator is weak and the loss saturates.",
    },
  },
  ["label smoothing that gives ε to every other class"] = {
    wrong = {
      "- soft labels instead of one-hot - true class target 1 − ε, and each of the other K − 1 classes also "
        .. "gets ε (ε = 0.1, e.g. across all 1000 ImageNet classes)",
      "The true class gets 1 - ε and every other class gets ε.",
      "Each remaining class receives ε.",
    },
    right = {
      "The true class gets 1 − ε and each of the other K − 1 classes gets ε/(K − 1).",
      "Every other class gets ε / K.",
      "Each other class gets epsilon divided by K - 1.",
    },
    framed = {
      "A common mistake is to think each of the other classes also gets ε.",
    },
  },
  ["k-means said to need no feature scaling"] = {
    wrong = {
      "Tree-based models don't, and neither does k-means, because its centroids are recomputed from the data "
        .. "itself and automatically adapt to each feature's range.",
      "k-means doesn't need feature scaling.",
      "K-means does not require standardisation.",
    },
    right = {
      "k-means needs feature scaling, because it uses Euclidean distances.",
      "Trees don't need scaling, but k-means does.",
      "Unlike k-means, trees do not need scaling.",
    },
    framed = {
      "A common mistake is to think k-means doesn't need feature scaling.",
    },
  },
  ["the lasso said to recover the true features even when correlated"] = {
    wrong = {
      "Lasso is the best embedded option because with L1 it always recovers exactly the true set of relevant "
        .. "features, even when those features are strongly correlated with each other.",
      "The lasso reliably selects the true features, even if they are highly correlated.",
      "L1 is guaranteed to find the true features.",
    },
    right = {
      "The lasso recovers the true features only under conditions like low correlation between them.",
      "With strongly correlated features the lasso picks one of them arbitrarily.",
      "Lasso still gives sparse solutions even when the features are correlated.",
    },
    framed = {
      "A common mistake is to think the lasso always recovers the true features.",
    },
  },
  ["embeddings said to handle unseen categories"] = {
    wrong = {
      "An embedding maps each category to a dense vector using a fixed hash function, which is why it needs "
        .. "no training and handles unseen categories for free.",
      "Embeddings are a fixed hash function, so they need no training.",
      "Embeddings come from a deterministic hash function and require no training.",
    },
    right = {
      "Unlike an embedding, which is learned, feature hashing uses a fixed hash function and needs no "
        .. "training.",
      "An embedding is a learned table, not a fixed hash function; the hashing trick needs no training.",
    },
    framed = {
      "A common mistake is to think an embedding is a fixed hash function that needs no training.",
    },
  },
}
local more24 = {
  ["beam search said to give diverse text"] = {
    wrong = {
      "Beam search is the one I would pick for open-ended chat and story writing, because it explores many candidate "
        .. "continuations in parallel and so produces the most varied and diverse text.",
      "Beam search gives more diverse outputs.",
      "Beam search is the best choice for creative writing.",
      "Beam search explores several hypotheses in parallel, so it's the most diverse option.",
      "For creative writing I'd use a wide beam, say 10 to 20.",
    },
    right = {
      "Beam search gives bland, repetitive text, so for open-ended chat I would sample instead.",
      "Beam search produces less diverse text than sampling.",
      "Sampling with top-p produces more diverse text than beam search.",
      "Diverse beam search, with a penalty between groups, produces more varied outputs.",
      "Beam search is good for translation; for open-ended story writing use sampling.",
      "HNSW runs a beam search of width efSearch at the bottom layer.",
      "Beam search is not what I'd pick for open-ended chat.",
      "For creative writing, use a wide beam and you get bland, repetitive stories.",
      "Beam search is deterministic, so it's a poor choice for creative writing.",
    },
    framed = {
      "A common mistake is to think beam search gives the most diverse text.",
    },
  },
  ["FID said to ignore diversity"] = {
    wrong = {
      "It is a pure fidelity metric, though: it tells you whether samples look realistic but it cannot detect mode "
        .. "collapse, because a generator that outputs a few perfect images gets a low FID.",
      "FID cannot detect mode collapse.",
      "FID is a pure quality metric.",
      "FID doesn't penalise a lack of diversity.",
      "A GAN that produces only a handful of sharp images still gets a good FID.",
    },
    right = {
      "FID cannot separate diversity from fidelity, so use precision and recall for that.",
      "Unlike FID, the Inception Score cannot detect mode collapse within a class.",
      "FID cannot detect memorisation of the training set.",
      "A generator that outputs a few perfect images gets a high FID, because the covariance term punishes it.",
      "FID is not a pure quality metric.",
      "FID does not measure diversity on its own.",
    },
  },
  ["the baseline answer always put first for an LLM judge"] = {
    wrong = {
      "Judges have position bias, so I keep a fixed order, always the baseline first and the candidate second, "
        .. "because then the bias is the same for every comparison and cancels out.",
      "Because of position bias, I always present the answers in the same order.",
      "With a fixed order the position bias cancels out.",
      "To handle position bias, fix the order, always putting the baseline first and the new model second, so every "
        .. "comparison carries the same bias and it cancels out.",
      "I just always put our model's answer in slot A, so the bias is the same in every run and basically cancels out.",
    },
    right = {
      "Judges have position bias, so a fixed order does not cancel it: swap the order and average.",
      "To measure position bias, keep a fixed order in one run and swap it in another.",
      "Because of position bias, never keep a fixed order; randomise which answer comes first.",
      "With a fixed order the bias never cancels out.",
      "Always run each pair twice, once with A first and once with A second, so the bias cancels out.",
      "A sensor's offset is the same in every run and cancels out when you take differences.",
    },
  },
  ["position bias in LLM judges dismissed"] = {
    wrong = {
      "Position bias isn't really a concern with modern models, so a single ordering is fine when comparing pairs.",
      "Position bias is negligible in modern LLM judges.",
      "Position bias is minor with modern models, so a single ordering is fine.",
      "For pairwise judging a single ordering is enough.",
    },
    right = {
      "Position bias is real even in strong judges, so a single ordering is not enough.",
      "A single ordering is fine only if you randomise which answer comes first.",
      "Position bias is not negligible, even with modern models.",
      "Position bias is never negligible with modern models.",
      "Don't assume position bias is negligible with modern models.",
      "Since we swap the order, position bias is not a concern with modern judges either.",
    },
    framed = {
      "A common mistake is to think position bias is negligible with modern models.",
    },
  },
  ["position said to have no effect of its own on clicks"] = {
    wrong = {
      "Position bias isn't a concern: top results get more clicks because the ranker already put the best there.",
      "Position bias is not a problem here, because the model uses only query and product features.",
    },
    right = {
      "Since we judge each pair in both orders, position bias is not a concern.",
      "Run pairwise comparisons in both orders so position bias cancels out.",
      "Swap the order of the answers; position bias then cancels out.",
      "With randomised slots, position bias averages out.",
    },
  },
  ["zero-shot cross-lingual transfer said to be lossless"] = {
    wrong = {
      "Use a multilingual encoder like XLM-R. Fine-tune it on a large English sentiment dataset; cross-lingual "
        .. "transfer in these models is essentially lossless, so it will match an in-language fine-tuned model on "
        .. "the new language without using any of your labelled examples for training.",
      "Cross-lingual transfer is lossless in multilingual models.",
      "Zero-shot transfer from English matches in-language fine-tuning.",
      "With XLM-R, cross-lingual transfer works without any loss of accuracy.",
    },
    right = {
      "Cross-lingual transfer is lossy: zero-shot usually trails in-language fine-tuning, especially for distant "
        .. "languages.",
      "Cross-lingual transfer is not lossless.",
      "Zero-shot transfer is a good start, but fine-tuning on in-language data does better.",
      "Zero-shot cross-lingual transfer rarely matches in-language fine-tuning.",
    },
    framed = {
      "A common mistake is to think cross-lingual transfer is lossless.",
    },
  },
  ["k-means or EM said to find the global optimum"] = {
    wrong = {
      "Because every step lowers the within-cluster sum of squares, Lloyd's algorithm always converges to the global "
        .. "minimum, so initialisation only affects how many iterations the run takes.",
      "Lloyd's algorithm is guaranteed to find the global optimum.",
    },
    right = {
      "Lloyd's algorithm always converges, but only to a local minimum.",
      "Lloyd's algorithm is not guaranteed to find the global minimum.",
    },
  },
  ["any symmetric similarity called a valid kernel"] = {
    wrong = {
      "Any symmetric similarity function, for instance negative Euclidean distance or a hand-made similarity score, "
        .. "can be used as a kernel, which gives a lot of flexibility.",
      "Any similarity measure, such as a hand-tuned score, works as a kernel.",
    },
    right = {
      "Any similarity function whose Gram matrix is positive semidefinite can be used as a kernel.",
      "Any symmetric similarity, as long as it is positive semidefinite, can be used as a kernel.",
      "Not any similarity function can be used as a kernel.",
    },
  },
  ["data drift and concept drift swapped"] = {
    wrong = {
      "Concept drift is when the distribution of the inputs changes, for example a new user demographic, while data "
        .. "drift is when the relationship between inputs and the target changes, so the same features now imply "
        .. "different outcomes.",
      "Concept drift means the distribution of the features changes.",
      "Data drift is when the relationship between the features and the label changes.",
    },
    right = {
      "Data drift is when the distribution of the inputs changes; concept drift is when the relationship between "
        .. "inputs and the target changes.",
      "Concept drift is when the distribution of the inputs stays the same but p(y|x) changes.",
      "Data drift is when the relationship between inputs and target stays fixed while the inputs shift.",
    },
  },
  ["Xavier and He initialisation swapped"] = {
    wrong = {
      "Xavier initialisation, with variance 2/n_in, is designed for ReLU networks, since it compensates for ReLU "
        .. "zeroing half the inputs.",
      "He initialisation, variance 2/(n_in + n_out), is the one to use for tanh and sigmoid.",
      "Glorot init is meant for ReLU.",
    },
    right = {
      "He initialisation is designed for ReLU; Xavier is meant for tanh and sigmoid.",
      "Xavier initialisation, which suits tanh, is not designed for ReLU.",
      "Kaiming init, unlike Xavier, is designed for ReLU.",
    },
  },
  ["clipping by value said to keep the gradient's direction"] = {
    wrong = {
      "Clipping by value is the direction-preserving one: every component is bounded by the same threshold, so the "
        .. "vector keeps its orientation.",
      "Element-wise clipping keeps the gradient's orientation.",
    },
    right = {
      "Clipping by norm is the direction-preserving one; clipping by value changes the direction.",
      "Clipping by value does not keep the vector's orientation.",
    },
  },
  ["attributions read as causal effects"] = {
    wrong = {
      "A key advantage of SHAP is that, because Shapley values are the unique fair attribution, they tell you the "
        .. "causal effect of each feature on the outcome.",
      "Shapley values give the causal effect of each input.",
    },
    right = {
      "SHAP tells you how the model uses a feature, not its causal effect.",
      "Shapley values are a fair attribution, but they don't give causal effects.",
      "SHAP shows association; for the causal effect you need an experiment.",
    },
  },
  ["a high learning rate for fine-tuning a pretrained model"] = {
    wrong = {
      "Because the dataset is small, unfreeze every layer straight away and use a high learning rate, around 0.1, so "
        .. "the pretrained weights can move quickly to the defect domain.",
      "When your target dataset is very small, unfreeze and fine-tune all layers with a high learning rate so the "
        .. "model adapts fully.",
      "Fine-tune the whole network with a large learning rate.",
    },
    right = {
      "Unfreeze all layers with a low learning rate.",
      "Fine-tune the whole model with a large learning rate and it forgets what it learned in pre-training.",
      "Don't unfreeze every layer with a high learning rate.",
      "Fine-tune all layers with a small learning rate, and use a higher one for the new head.",
    },
  },
  ["a threshold, a stopping point or a model chosen on the test set"] = {
    wrong = {
      "To make the final call I evaluate each candidate's regularisation setting on the test set and keep the one "
        .. "with the best test score, since that is the most realistic estimate of generalisation we have.",
      "Pick the one with the lowest test error.",
    },
    right = {
      "Keep the one with the best validation score, then report its test score once.",
      "If you pick the one with the best test score, that score is optimistic.",
    },
  },
  ["distances between t-SNE clusters read as meaningful"] = {
    wrong = {
      "The advantage is that t-SNE preserves both local and global distances, so the gaps between clusters tell you "
        .. "how different groups really are.",
      "In a UMAP plot the distances between clusters are meaningful.",
      "t-SNE preserves global structure.",
    },
    right = {
      "t-SNE preserves local structure but not global, so gaps between clusters are not meaningful.",
      "UMAP preserves more global structure than t-SNE.",
      "Unlike PCA, t-SNE does not preserve global distances.",
      "In t-SNE the distances between clusters don't tell you how different the groups are.",
    },
  },
  ["anomalies said to need long isolation paths"] = {
    wrong = {
      "It builds random trees and flags the points that need the most random splits to isolate, since anomalies hide "
        .. "deep inside the data and take longest to separate out.",
      "Outliers take longer to isolate.",
    },
    right = {
      "Anomalies take few splits to isolate; normal points take longest to isolate.",
      "It flags the points that need the fewest splits.",
      "Outliers don't take long to isolate.",
    },
  },
  ["LSTM gates said to fix exploding gradients"] = {
    wrong = {
      "Because the cell path is additive and scaled only by the forget gate, the LSTM removes both vanishing and "
        .. "exploding gradients entirely, which is why you never need gradient clipping with LSTMs.",
      "GRUs solve both vanishing and exploding gradients.",
    },
    right = {
      "The LSTM eases vanishing gradients but not exploding ones, so you still clip.",
      "LSTMs don't remove both vanishing and exploding gradients.",
    },
  },
  ["RoPE said to extrapolate to any length"] = {
    wrong = {
      "RoPE instead rotates queries and keys by position so the attention score depends only on the relative offset, "
        .. "and because it is purely relative it extrapolates to any sequence length, far beyond what it was trained "
        .. "on, with no loss in quality.",
      "RoPE extrapolates to any input length.",
    },
    right = {
      "RoPE does not extrapolate to any length without interpolation or scaling.",
      "RoPE extrapolates poorly beyond the trained length; position interpolation helps.",
    },
  },
  ["the receptive field said to grow multiplicatively with stride 1"] = {
    wrong = {
      "The receptive field grows exponentially with depth even without pooling: one 3×3 layer sees 3×3, two see 9×9.",
      "It increases geometrically with depth, even without striding.",
    },
    right = {
      "Without pooling or striding it grows linearly with depth; with downsampling it grows much faster.",
      "It grows exponentially with depth only with dilation or striding.",
    },
  },
  ["perplexity said to compare across tokenisers"] = {
    wrong = {
      "Because it is normalised per token, it is directly comparable across models with different tokenizers and "
        .. "vocabularies.",
      "Perplexity is averaged per token, so it's comparable across different tokenisers.",
    },
    right = {
      "Although it is normalised per token, it is not comparable across different tokenizers; use bits per byte.",
      "It is computed per token, so it is only comparable between models with the same tokeniser.",
    },
  },
  ["seen text said to have higher perplexity"] = {
    wrong = {
      "A good detection signal is perplexity: if the model's perplexity on the original benchmark items is clearly "
        .. "higher than on paraphrased versions of the same items, it has seen the originals.",
    },
    right = {
      "If the perplexity on the original items is much lower than on paraphrased versions, the model has probably "
        .. "seen them.",
    },
  },
  ["cosine said to rank differently after normalisation"] = {
    wrong = {
      "Note that even after you L2-normalise the vectors the two still produce different nearest-neighbour rankings.",
    },
    right = {
      "After you L2-normalise the vectors, the two give the same ranking.",
      "After normalising the features, the two clusters produce different centroids.",
    },
  },
  ["one-hot encoding said to impose an order"] = {
    wrong = {
      "The main reason to avoid one-hot is that it imposes an artificial ordering on the categories.",
      "One-hot vectors assume an order between categories.",
    },
    right = {
      "Unlike label encoding, one-hot imposes no order.",
      "One-hot doesn't impose an ordering.",
      "Label encoding imposes an ordering, one-hot does not.",
    },
  },
  ["a logistic coefficient said to multiply the probability"] = {
    wrong = {
      "A one-unit increase in feature j multiplies the predicted probability of the positive class by e^{w_j}, "
        .. "whatever the starting probability.",
    },
    right = {
      "A one-unit increase multiplies the odds by e^{w_j}, not the probability.",
    },
  },
  ["generative and discriminative data needs swapped"] = {
    wrong = {
      "Because generative models have to describe the full input distribution they need much more data, so on small "
        .. "datasets discriminative models always win.",
    },
    right = {
      "On small datasets generative models like naive Bayes often win; with lots of data discriminative models "
        .. "overtake them.",
    },
  },
  ["collaborative filtering said to need no interaction history"] = {
    wrong = {
      "Collaborative filtering handles this well, because it works by finding users similar to the target user, so "
        .. "even a product nobody has interacted with yet can be recommended through those user neighbourhoods.",
      "For new items I'd lean on collaborative filtering, since it infers similarity from co-interaction patterns.",
    },
    right = {
      "A product nobody has interacted with yet can only be recommended through its content features.",
      "For new items I'd use content-based features; collaborative filtering needs interactions.",
    },
  },
  ["boosting said not to overfit"] = {
    wrong = {
      "A nice property of boosting is that it can't overfit: each learner is weak, so adding more rounds only ever "
        .. "lowers test error, and you can safely run thousands of rounds without early stopping.",
      "Gradient boosting never overfits, because each tree is weak.",
      "More boosting rounds only reduce the validation error.",
    },
    right = {
      "Boosting can overfit if you add too many rounds, so use early stopping.",
      "Unlike random forests, boosting does overfit as rounds are added.",
      "With early stopping, boosting won't overfit.",
      "Adding trees to a random forest does not overfit, unlike boosting.",
      "Boosting does not overfit as quickly as a single deep tree.",
      "Don't assume boosting cannot overfit.",
    },
    framed = {
      "A common mistake is to think boosting can't overfit.",
    },
  },
  ["more trees said to make a random forest overfit"] = {
    wrong = {
      "Be careful with the number of trees, though: like boosting rounds, adding too many trees makes the forest "
        .. "overfit, so I keep it small.",
      "In a random forest, too many trees cause it to overfit.",
      "More trees will make the random forest overfit.",
    },
    right = {
      "Adding trees to a random forest does not make it overfit; deeper trees can.",
      "Unlike boosting, more trees never make a random forest overfit.",
      "In boosting, too many trees make the model overfit.",
    },
    framed = {
      "A common mistake is to think more trees make a random forest overfit.",
    },
  },
  ["the effect of k in k-NN reversed"] = {
    wrong = {
      "A small k averages over only a few neighbours, so it behaves like a heavily smoothed, high-bias model, while "
        .. "a large k lets the boundary follow individual points and overfits.",
      "A large k lets the decision boundary follow individual training points.",
      "With a small k the model uses only a few neighbours and so underfits.",
    },
    right = {
      "A small k uses only a few neighbours and overfits; a large k averages over many and is smoother.",
      "A small k lets the boundary follow individual points, while a large k gives a smoother boundary.",
      "A large k does not let the boundary follow individual points.",
    },
    framed = {
      "A common mistake is to think a large k lets the boundary follow individual points.",
    },
  },
  ["the SVM margin written as 2||w||"] = {
    wrong = {
      "With the constraints y_i(w · x_i + b) >= 1, the margin width is 2||w||, so training maximises the norm of w "
        .. "subject to those constraints.",
      "The margin is 2 ||w||.",
      "The SVM maximises the norm of w.",
    },
    right = {
      "The margin is 2/||w||, so the SVM minimises ||w||.",
      "Maximising the margin 2 / ||w|| means minimising the norm of w.",
      "The SVM does not maximise the norm of w.",
    },
    framed = {
      "A common mistake is to think the margin is 2||w||.",
    },
  },
  ["trees said to need feature scaling, or called high-bias"] = {
    wrong = {
      "Gradient-boosted trees need it just as much, because features with large raw values get chosen for splits "
        .. "more often and swamp the others.",
      "Features with larger ranges are favoured for splits.",
    },
    right = {
      "Boosted trees don't need scaling: features with large values are not favoured for splits.",
    },
  },
  ["vanishing gradients said to be fixed by a larger learning rate"] = {
    wrong = {
      "Vanishing gradients happen because the first layers of a deep net learn more slowly than the later ones, "
        .. "which is why the standard cure is to give early layers a larger learning rate than the later ones.",
    },
    right = {
      "The first layers learn slowly because their gradients vanish; the fix is ReLU, residual connections and "
        .. "careful initialisation.",
    },
  },
  ["grid search said to win when few hyperparameters matter"] = {
    wrong = {
      "Random search sits in between, but it only beats grid search when all the hyperparameters are roughly equally "
        .. "important; if one or two dominate, a grid covers them more systematically.",
    },
    right = {
      "Random search wins when only a few hyperparameters matter; if one or two dominate, a grid wastes trials.",
    },
  },
  ["cross-entropy said to minimise the reverse KL"] = {
    wrong = {
      "Forward KL(p||q), the one maximum likelihood minimises, is mode-seeking: q locks onto the biggest mode.",
      "Reverse KL(q||p), used in variational inference, is mass-covering.",
    },
    right = {
      "Forward KL is mass-covering; reverse KL, used in variational inference, is mode-seeking.",
      "The reverse KL is not mass-covering.",
    },
  },
  ["the L1 and L2 penalty gradients swapped"] = {
    wrong = {
      "The lasso selects features because the L1 penalty grows faster than the L2 penalty for large coefficients.",
      "L1 is sparse because the absolute-value penalty grows faster than the square for large weights.",
    },
    right = {
      "The squared penalty grows faster than the L1 penalty for large weights; L1's constant gradient is what gives "
        .. "zeros.",
    },
  },
  ["larger initial weights said to cure saturating activations"] = {
    wrong = {
      "With sigmoid or tanh units the fix for vanishing gradients is to initialise the weights larger, since bigger "
        .. "pre-activations give bigger derivatives.",
      "Larger pre-activations mean larger gradients.",
    },
    right = {
      "With sigmoid units, larger weights saturate the activations and shrink the gradients.",
      "Bigger pre-activations give smaller derivatives for sigmoid.",
    },
    framed = {
      "A common mistake is to think bigger pre-activations give bigger derivatives.",
    },
  },
  ["cross-entropy training said to guarantee calibration"] = {
    wrong = {
      "Because it is a proper scoring rule, any network trained to minimise it is guaranteed to output calibrated "
        .. "probabilities, so post-hoc steps like temperature scaling are never needed for cross-entropy-trained "
        .. "models.",
      "Training with log loss guarantees calibrated probabilities.",
    },
    right = {
      "Cross-entropy is a proper scoring rule, but it does not guarantee a calibrated network; deep nets are often "
        .. "overconfident.",
      "Cross-entropy's optimum is calibrated only in the limit of infinite data and a well-specified model.",
      "Minimising a proper scoring rule like log loss guarantees calibrated probabilities at the population optimum.",
    },
    framed = {
      "A common mistake is to think training with cross-entropy guarantees calibrated probabilities.",
    },
  },
  ["multi-head attention said to multiply the cost by the number of heads"] = {
    wrong = {
      "The trade-off is cost: each head projects to the full model width, so h heads multiply the attention compute "
        .. "and parameters by h.",
    },
    right = {
      "Each head projects to d_model / h, so the heads together cost about as much as one full-width head.",
    },
    framed = {
      "A common mistake is to think h heads multiply the compute by h.",
    },
  },
  ["a stack of linear layers called a universal approximator"] = {
    wrong = {
      "Even without activations, a deep stack of linear layers is a universal approximator given enough width.",
      "A stack of linear layers is a universal approximator.",
    },
    right = {
      "Linear layers with a nonlinear activation between them are universal approximators.",
      "Without activations, a stack of linear layers is not a universal approximator: it collapses to one linear map.",
    },
    framed = {
      "A common mistake is to think a stack of linear layers is a universal approximator.",
    },
  },
  ["MAPE said to handle zero targets, or to favour over-forecasts"] = {
    wrong = {
      "Under-forecasts are penalised without bound while over-forecasts are capped at 100%, so a model tuned on MAPE "
        .. "systematically over-predicts.",
      "I'd use MAPE per store-item, because it is scale-free and treats slow-moving items fairly.",
    },
    right = {
      "Over-forecasts are penalised without bound while under-forecasts are capped at 100%, so MAPE pushes forecasts "
        .. "low.",
      "MAPE does not treat slow-moving items fairly.",
    },
  },
  ["normality of the errors said to make OLS unbiased"] = {
    wrong = {
      "Normality is the one that guarantees the coefficient estimates are unbiased: with skewed or heavy-tailed "
        .. "residuals the OLS coefficients are biased.",
    },
    right = {
      "With skewed residuals the OLS coefficients are still unbiased; only the standard errors suffer in small "
        .. "samples.",
      "Normality is not needed for the estimates to be unbiased.",
    },
  },
  ["DBSCAN said to handle clusters of different densities"] = {
    wrong = {
      "The density-based definition adapts automatically to each cluster's own spacing with a single eps.",
    },
    right = {
      "With a single eps DBSCAN cannot adapt to each cluster's own density; HDBSCAN can.",
    },
  },
  ["product quantisation said to be lossless"] = {
    wrong = {
      "PQ is the nice part: each sub-vector is stored as a codebook index and the codebooks let you reconstruct the "
        .. "vector exactly, so PQ cuts memory by 30x or more with no loss of accuracy at all.",
      "Product quantisation compresses the vectors with no loss in recall.",
    },
    right = {
      "PQ cuts memory a lot, but the vectors can only be reconstructed approximately, so recall drops.",
      "Product quantisation with re-ranking gives large memory savings with no loss in recall at the top.",
      "The codebooks do not reconstruct the vectors exactly.",
    },
    framed = {
      "A common mistake is to think PQ reconstructs the vectors exactly.",
    },
  },
  ["UCB said to play the lower confidence bound"] = {
    wrong = {
      "UCB is the careful option: it scores each arm by its mean minus a confidence width, sqrt(2 ln t / n), and "
        .. "plays the highest lower bound.",
      "UCB takes the average minus an exploration bonus.",
    },
    right = {
      "UCB scores each arm by its mean plus a confidence width and plays the highest upper bound.",
      "Unlike UCB, a pessimistic rule scores the mean minus a confidence width.",
    },
    framed = {
      "A common mistake is to think UCB plays the highest lower bound.",
    },
  },
  ["LoRA's A and B both initialised to zero"] = {
    wrong = {
      "For initialisation both A and B are set to zero, so the update starts at exactly nothing.",
      "A and B are both initialised to zero.",
    },
    right = {
      "B is initialised to zero and A randomly, so BA starts at zero.",
      "Not both A and B are set to zero: only B is.",
    },
    framed = {
      "A common mistake is to think both A and B are set to zero.",
    },
  },
  ["LoRA and adapters swapped on inference cost"] = {
    wrong = {
      "LoRA always costs extra matmuls on every forward pass, whereas adapters can be merged into the neighbouring "
        .. "weights.",
    },
    right = {
      "Unmerged LoRA costs extra matmuls, but once merged it costs nothing; LoRA doesn't always add extra compute.",
    },
  },
  ["a retrieval model trained on positive pairs only"] = {
    wrong = {
      "You don't need negatives, because L2-normalising the embeddings onto the unit sphere already stops the model "
        .. "from collapsing everything to one point.",
    },
    right = {
      "You need negatives, because normalising the embeddings alone does not stop collapse.",
    },
  },
  ["the curse of dimensionality said to spread distances out"] = {
    wrong = {
      "The amount of data you need grows linearly with the number of dimensions, so if you double your features you "
        .. "need to roughly double your training set to keep the same density.",
    },
    right = {
      "To keep the same density, the data you need grows exponentially with the number of dimensions.",
    },
  },
  ["the MLE said to be always unbiased"] = {
    wrong = {
      "So for the Gaussian the maximum-likelihood estimates of both parameters are unbiased.",
    },
    right = {
      "For the Gaussian, the maximum-likelihood estimate of the mean is unbiased but that of the variance is not.",
    },
  },
  ["PR-AUC said to ignore the class balance"] = {
    wrong = {
      "Both share the same reference point, a random classifier scores 0.5 on either, so a PR-AUC of 0.6 is modest.",
    },
    right = {
      "A random classifier scores 0.5 on ROC-AUC but the positive rate on PR-AUC.",
    },
  },
  ["ROC-AUC read as a rate at a threshold"] = {
    wrong = {
      "As a probability, AUC is the chance that the model classifies a randomly drawn example correctly, averaged "
        .. "over all thresholds.",
    },
    right = {
      "AUC is the probability that the model scores a random positive above a random negative.",
    },
  },
  ["any learning rate said to converge on a convex loss"] = {
    wrong = {
      "For a convex loss, gradient descent is guaranteed to converge to the global minimum for any positive learning "
        .. "rate.",
    },
    right = {
      "Gradient descent converges on a smooth convex loss for any learning rate below 2/L.",
      "It does not converge for any learning rate: too large a step diverges.",
    },
  },
  ["unscaled attention logits said to flatten the softmax"] = {
    wrong = {
      "Without the correction, those large logits make the softmax output nearly uniform: every key gets about the "
        .. "same weight.",
      "The √d_k scaling is there because dot products between high-dimensional vectors come out very small, which "
        .. "makes the softmax nearly uniform and gradients vanish; dividing by √d_k boosts them back.",
    },
    right = {
      "Large logits make the softmax nearly one-hot, so gradients vanish.",
      "Small logits make the softmax nearly uniform.",
    },
    framed = {
      "A common mistake is to think large logits make the softmax nearly uniform.",
    },
  },
  ["the √d_k scaling called cosine normalisation"] = {
    wrong = {
      "Dividing by sqrt(d_k) is what turns the raw dot product into a cosine similarity.",
    },
    right = {
      "Dividing by sqrt(d_k) does not turn the dot product into a cosine; it only rescales it.",
    },
    framed = {
      "A common mistake is to think dividing by √d_k turns the dot product into a cosine.",
    },
  },
  ["ensembles said to gain most from highly correlated members"] = {
    wrong = {
      "Averaging M models divides the error variance by M regardless of how similar the models are.",
    },
    right = {
      "Averaging M models divides the variance by M only if their errors are uncorrelated.",
    },
  },
  ["softmax said to ignore the scale of the logits"] = {
    wrong = {
      "It depends only on the ratios of the logits: multiplying all of them by 10 leaves the probabilities "
        .. "unchanged, which is why you must never subtract the max logit before exponentiating.",
    },
    right = {
      "Multiplying the logits by 10 sharpens the distribution; adding a constant leaves it unchanged, which is why "
        .. "you can subtract the max logit.",
      "Multiplying the logits by 10 doesn't change the ranking.",
    },
  },
  ["an overcomplete autoencoder said to learn the best features"] = {
    wrong = {
      "For the best representations, make the code layer wider than the input, an overcomplete bottleneck, so the "
        .. "network has enough capacity to reconstruct perfectly.",
    },
    right = {
      "A code wider than the input can just learn the identity unless it is regularised, e.g. sparse or denoising.",
    },
    framed = {
      "A common mistake is to think you should make the code layer wider than the input for the best representations.",
    },
  },
  ["the GAN loss said to saturate when the discriminator is weak"] = {
    wrong = {
      "The original generator loss saturates once the generator is winning, when D(G(z)) is close to 1, so training "
        .. "stalls late on.",
    },
    right = {
      "The original generator loss saturates when D(G(z)) is close to 0, early on.",
    },
  },
  ["the ELBO written with the KL term added"] = {
    wrong = {
      "The ELBO it maximises is E_q[log p(x|z)] + KL(q(z|x) || p(z)).",
    },
    right = {
      "The ELBO is E_q[log p(x|z)] - KL(q(z|x) || p(z)).",
    },
  },
  ["the validation score reported as the final estimate"] = {
    wrong = {
      "The test set is what you use while developing to compare hyperparameter settings and pick the best model, and "
        .. "the validation set is held back until the very end.",
    },
    right = {
      "The validation set is what you use while developing; the test set is held back until the very end.",
      "The test set is what we use for comparing the final model against the baseline, once.",
    },
  },
  ["resampling, augmenting or shuffling so both sets look alike"] = {
    wrong = {
      "The fix is to shuffle the rows before doing ordinary K-fold cross-validation: shuffling breaks the temporal "
        .. "ordering, so the folds become independent.",
      "Fitting the scaler or imputer on the full dataset before splitting is fine, though, since those steps never "
        .. "look at the labels.",
      "The easiest workflow is to augment the whole dataset first, multiplying it several times, and then do the "
        .. "random train-test split on the enlarged set.",
    },
    right = {
      "Fit the scaler on the training part only; fitting it on the full dataset leaks.",
      "Split first, then augment only the training set.",
    },
  },
  ["PCA said to keep the smallest-eigenvalue directions"] = {
    wrong = {
      "The first principal component is the eigenvector with the smallest eigenvalue.",
    },
    right = {
      "The first principal component is the eigenvector with the largest eigenvalue.",
    },
  },
  ["a high AUC said to show calibration"] = {
    wrong = {
      "The simplest check is the ROC curve: if the AUC is high, say above 0.9, the scores are well calibrated.",
    },
    right = {
      "Even if the AUC is high, the scores need not be calibrated.",
    },
  },
  ["inverted dropout said to multiply by the keep probability"] = {
    wrong = {
      "With inverted dropout you rescale the survivors during training by dividing by p, the drop rate.",
    },
    right = {
      "With inverted dropout you divide the survivors by 1 - p, the keep probability, where p is the drop rate.",
    },
  },
  ["MLE and MAP swapped"] = {
    wrong = {
      "MLE picks the parameter values that are most probable given the observed data, that is it maximises p(theta | "
        .. "data).",
    },
    right = {
      "MAP maximises p(theta | data); MLE maximises p(data | theta).",
    },
  },
  ["in-context learning said to update the weights"] = {
    wrong = {
      "Under the hood it performs a few quick gradient updates to its weights on those examples during the request "
        .. "and then discards them.",
    },
    right = {
      "It does not make gradient updates to its weights during the request; the examples act through attention.",
    },
  },
  ["a policy-gradient baseline said to add bias"] = {
    wrong = {
      "Without a baseline the gradient estimate is biased; subtracting a baseline such as the mean return removes "
        .. "that bias.",
    },
    right = {
      "Without a baseline the gradient is unbiased but noisy; subtracting one reduces variance.",
    },
  },
  ["the RLHF KL penalty placed on the reward model"] = {
    wrong = {
      "The KL penalty measures how far the policy is from the SFT model and is added with a positive sign to the "
        .. "reward.",
    },
    right = {
      "The KL penalty is subtracted from the reward, not added with a positive sign.",
    },
  },
  ["underfitting said to need more data or more regularisation"] = {
    wrong = {
      "The main fix for bias is more training data: as the pipeline feeds in more rows the model's systematic error "
        .. "shrinks, while variance is a property of the architecture and doesn't change with data size.",
    },
    right = {
      "The fix for bias is more capacity; more data mainly cuts variance.",
    },
  },
  ["the training error said to estimate the true risk without bias"] = {
    wrong = {
      "By the law of large numbers the training error of the fitted model is an unbiased estimate of its true risk.",
    },
    right = {
      "The training error of the fitted model is a biased, optimistic estimate of its true risk.",
    },
    framed = {
      "A common mistake is to think the training error of the fitted model is an unbiased estimate of risk.",
    },
  },
  ["no free lunch read as all algorithms equal given enough data"] = {
    wrong = {
      "The no-free-lunch theorem says that on any particular dataset all learning algorithms achieve the same "
        .. "expected test error.",
    },
    right = {
      "The no-free-lunch theorem averages over all possible problems, not over one dataset.",
    },
  },
  ["symmetry said to make a matrix invertible"] = {
    wrong = {
      "It exists for every lambda > 0 because adding lambda to the diagonal makes X^T X + lambda I diagonally "
        .. "dominant.",
    },
    right = {
      "Adding a large enough lambda to the diagonal makes the matrix diagonally dominant.",
      "Adding lambda I does not make X^T X + lambda I diagonally dominant in general.",
      "X^T X + lambda I is invertible because its eigenvalues are at least lambda, not because it is diagonally "
        .. "dominant.",
    },
  },
  ["over-parameterised networks said to ignore label noise"] = {
    wrong = {
      "Large neural networks can't fit labels that contradict the input patterns, so they effectively ignore "
        .. "randomly flipped labels.",
    },
    right = {
      "Large networks can fit even randomly flipped labels; they ignore flipped labels only with early stopping.",
    },
  },
  ["the central limit theorem said to need normal data"] = {
    wrong = {
      "The CLT says that as you collect more data, the distribution of the data itself converges to a Gaussian.",
    },
    right = {
      "The CLT says the sample mean becomes approximately normal, not the distribution of the data itself.",
    },
  },
  ["early stopping on the training loss"] = {
    wrong = {
      "Early stopping watches the training loss and stops as soon as it plateaus, since continuing only starts "
        .. "overfitting.",
      "Early stopping monitors the training error.",
    },
    right = {
      "Early stopping watches the validation loss, not the training loss.",
      "Early stopping does not monitor the training loss.",
    },
    framed = {
      "A common mistake is to think early stopping monitors the training loss.",
    },
  },
  ["a lower significance level said to cost nothing"] = {
    wrong = {
      "Lowering alpha from 0.05 to 0.01 therefore cuts false positives at no cost, because the Type II rate depends "
        .. "only on the sample size and effect size, not on the threshold.",
      "The Type II error rate depends only on the sample size and the effect size.",
    },
    right = {
      "Lowering alpha cuts false positives but raises the Type II rate unless the sample grows.",
      "The Type II rate depends on the sample size, the effect size and alpha.",
    },
    framed = {
      "A common mistake is to think lowering alpha cuts false positives at no cost.",
    },
  },
  ["overlapping confidence intervals read as no significant difference"] = {
    wrong = {
      "Compare the intervals: if the two intervals overlap, the difference is not significant, and if they don't "
        .. "overlap, B is significantly better.",
      "Overlapping confidence intervals mean no significant difference.",
    },
    right = {
      "Overlapping intervals don't mean the difference isn't significant; bootstrap the difference itself.",
      "If the interval of the difference excludes zero, the difference is significant.",
    },
    framed = {
      "A common mistake is to think that if the intervals overlap the difference is not significant.",
    },
  },
  ["reshuffled splits said to rule out leakage"] = {
    wrong = {
      "If the AUC stays at 0.99 across reshuffled splits, the result is stable and leakage can be ruled out.",
    },
    right = {
      "A score that stays at 0.99 across reshuffled splits does not mean leakage can be ruled out.",
    },
    framed = {
      "A common mistake is to think that if the score is stable across reshuffles, leakage is ruled out.",
    },
  },
  ["the KV cache said to store the queries"] = {
    wrong = {
      "In generation, the KV cache stores the queries and keys of all previous tokens.",
    },
    right = {
      "The KV cache stores the keys and values of all previous tokens, not the queries.",
    },
    framed = {
      "A common mistake is to think the KV cache stores the queries and keys.",
    },
  },
  ["the degradation of deep plain networks blamed on overfitting"] = {
    wrong = {
      "The reason very deep plain networks did badly before ResNet was overfitting.",
      "The degradation problem was simply overfitting.",
    },
    right = {
      "The degradation of deep plain networks was not overfitting: their training error was higher too.",
    },
    framed = {
      "A common mistake is to think the degradation problem was overfitting.",
    },
  },
  ["hierarchical clustering said to need k before the merges"] = {
    wrong = {
      "You must fix the number of clusters before running it, and a different k requires rerunning the whole merge "
        .. "sequence.",
    },
    right = {
      "A different k does not require rerunning the merge sequence: cut the dendrogram at another height.",
    },
    framed = {
      "A common mistake is to think a different k requires rerunning the whole merge sequence.",
    },
  },
  ["the Bellman equation with a max over next states"] = {
    wrong = {
      "The Bellman optimality equation says V*(s) = max_a [R(s,a) + gamma max_s' V*(s')].",
    },
    right = {
      "V*(s) = max_a [R(s,a) + gamma sum_s' P(s'|s,a) V*(s')].",
    },
    framed = {
      "A common mistake is to write V*(s) = max_a [R(s,a) + gamma max_s' V*(s')].",
    },
  },
  ["poor local minima said to dominate high-dimensional losses"] = {
    wrong = {
      "In high-dimensional parameter spaces the overwhelming majority of critical points are poor local minima, "
        .. "while saddle points are rare.",
    },
    right = {
      "Most critical points in high dimensions are saddle points, not local minima.",
      "Saddle points are not rare in high dimensions.",
    },
    framed = {
      "A common mistake is to think saddle points are rare.",
    },
  },
}
-- a claim, said of its subject
local more27 = {
  ["large batches said to generalise better"] = {
    wrong = {
      "Bigger batches use the GPU better. They also generalise better.",
      "In my experience larger batch sizes give better generalisation.",
      "Larger batches act as a stronger regulariser and usually generalise better, while small batches overfit.",
      "we went to huge batches on the recommender since they generalise better",
    },
    right = {
      "Small batches generalise better than large batches.",
      "Large batches do not generalise better; their gradients are less noisy.",
      "Large batches are fast. Dropout helps a model generalise better.",
      "With large batches, retune the learning rate to generalise better.",
      "Compared with large batches, small batches generalise better.",
      "Large batches are efficient, but small batches generalise better.",
      "Small batches, not large batches, generalise better.",
    },
    framed = { "A common myth is that large batches generalise better." },
  },
}

for _, extra in ipairs({ more, more17, more18, more19, more20, more22, more23, more24, more27 }) do
  for name, ex in pairs(extra) do
    local into = examples[name]
    if into then
      for _, k in ipairs({ "wrong", "right", "framed" }) do
        into[k] = into[k] or {}
        for _, s in ipairs(ex[k] or {}) do into[k][#into[k] + 1] = s end
      end
    else
      examples[name] = ex
    end
  end
end

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
-- Every pattern of the list (its own and its claim's) that `bad` holds of, as "name: /pattern/".
local function patterns_where(bad)
  local out = {}
  for _, m in ipairs(list) do
    local claim = m.claim or {}
    for _, ps in ipairs({ m.patterns or {}, claim.subject or {}, claim.says or {}, claim.rivals or {} }) do
      for _, p in ipairs(ps) do
        if bad(p) then out[#out + 1] = m.name .. ": /" .. p .. "/" end
      end
    end
  end
  return out
end
-- no pattern matches a backslash before a letter: an answer's TeX is read as plain text first
local texed = patterns_where(function(p) return p:gsub("\\\\", "\0"):find("%z%a") ~= nil end)
t.ok(#texed == 0, "no pattern matches a backslash before a letter, which no answer holds", table.concat(texed, "\n"))
-- no pattern wants a word boundary before n't, which no contraction has ("don't"): lint.lua's rule
local bounded = patterns_where(rubric.wants_boundary_before_nt)
t.ok(#bounded == 0, "no pattern wants a word boundary before n't", table.concat(bounded, "\n"))
-- no pattern puts a word boundary right after a symbol ("50 ?%\b"), where it holds only before a
-- letter or digit: lint.lua's rule
local symboled = patterns_where(rubric.boundary_after_symbol)
t.ok(#symboled == 0, "no pattern puts a word boundary right after a symbol", table.concat(symboled, "\n"))
-- named only to be rejected ("a common mistake is to think ..."), a statement costs the answer nothing
local fq = assert(drill.bank.get("eval.accuracy-paradox"))
for _, m in ipairs(list) do
  for _, s in ipairs(examples[m.name] and examples[m.name].framed or {}) do
    local names = caught(s)
    local said = false
    for _, n in ipairs(names) do said = said or n == m.name end
    local r = keyword.grade(fq, s, { rubric = fq.rubric })
    local held = false
    for _, x in ipairs(r.misconceptions or {}) do held = held or (x.shared and x.name == m.name) end
    t.ok(said and not held, ("%s: named only to be rejected in %q"):format(m.name, s), table.concat(names, "; "))
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

-- what the banks themselves say is right: no entry of the list fires on a model answer, a
-- statement or a feedback of any question (stages and steps too), nor on the list's own feedback
local texts = {}
local function collect(v, where, depth)
  if type(v) ~= "table" or depth > 8 then return end
  for k, x in pairs(v) do
    if type(x) == "string" and (k == "answer" or k == "statement" or k == "feedback" or k == "technical"
        or k == "plain" or k == "explanation") then
      texts[#texts + 1] = { where = ("%s.%s"):format(where, k), text = x }
    elseif type(x) == "table" and not (k == "patterns" or k == "says" or k == "subject" or k == "contrasts"
        or k == "reversed" or k == "rivals") then
      collect(x, ("%s.%s"):format(where, k), depth + 1)
    end
  end
end
for _, bq in ipairs(drill.bank.questions()) do collect(bq, bq.id, 0) end
for _, e in ipairs(list) do texts[#texts + 1] = { where = "the feedback of " .. e.name, text = e.feedback } end
local fired = {}
for _, x in ipairs(texts) do
  for _, name in ipairs(caught(x.text)) do fired[#fired + 1] = ("%s: %s"):format(x.where, name) end
end
t.ok(#texts > 1000 and #fired == 0, ("none fires on the %d right texts of the banks"):format(#texts),
  table.concat(fired, "; "))

return t.done()
