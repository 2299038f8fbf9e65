-- string.rep of an empty string returns at once instead of spinning in C.
-- expect: rep empty: ok
-- exit: 0
assert(string.rep("", math.maxinteger) == "")
assert(("").rep("", math.maxinteger, "") == "")
print("rep empty: ok")
