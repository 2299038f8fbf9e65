-- expect: re_set_numbers: ok
-- exit: 0
-- Numbers as patterns are turned into strings in drill's own memory, many
-- of them, with the collector running meanwhile: the alternation built
-- from them must match what was compiled.
local groups = {}
for g = 1, 200 do
  local grp = {}
  for i = 1, 20 do grp[i] = g * 1000 + i + 0.5 end
  groups[g] = grp
end
collectgarbage("step")
local set = assert(drill.re.set(groups))
local r = set:scan("x 200020.5 y")
assert(r[3 * 199 + 1] == 20, "pattern 20 of group 200: " .. tostring(r[3 * 199 + 1]))
print("re_set_numbers: ok")
