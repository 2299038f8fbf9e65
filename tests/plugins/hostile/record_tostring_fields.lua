-- expect: drill.store.record: attempt 1: question must be a string, not table
-- exit: 70
-- A question that is a table with __tostring is misuse: it is not turned
-- into a string behind the plugin's back (the string made would be freed).
drill.store.record({
  question = setmetatable({}, { __tostring = function() return "core.bias-variance" end }),
  mode = "rapidfire", score = 1, pass = true,
})
