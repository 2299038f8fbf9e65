-- An error object whose __tostring makes 4 MB is cut before it reaches
-- standard error.
-- expect: more bytes not shown
-- exit: 70
error(setmetatable({}, { __tostring = function() return string.rep("x", 4 * 1024 * 1024) end }))
