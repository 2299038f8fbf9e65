-- expect: attempt to load a binary chunk
-- exit: 70
assert(load('\27Lua\84\0'))
