-- A broken grader for tests: returns no score.
return { name = "noscore", api = 1, grade = function() return { feedback = {} } end }
