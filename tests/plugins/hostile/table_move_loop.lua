-- table.move over a huge range loops in C where the hook cannot see it: it
-- is charged by the elements it may touch before it runs.
-- expect: exceeded the instruction limit
-- exit: 70
table.move({}, 1, math.maxinteger // 2, 2, {})
