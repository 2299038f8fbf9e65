-- expect: subject is not valid UTF-8 at byte 1048577
-- exit: 70
-- An invalid byte at the end of a 1 MB subject is found before the first
-- step, and never reaches PCRE2 unchecked.
local subject = string.rep("a", 1024 * 1024) .. "\255"
local re = assert(drill.re.compile("a+"))
for _ in re:gmatch(subject) do error("no step may run") end
