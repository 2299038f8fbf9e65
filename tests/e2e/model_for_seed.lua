-- Test helper: prints the model answer of the first question rapid fire
-- asks under the same --seed, using rapid fire's own selection code.
local pick = require("lib.questions")
local q = pick.shuffle(pick.short_answer(drill.bank.questions()))[1]
print(pick.model_text(q))
