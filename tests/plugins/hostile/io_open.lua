-- expect: attempt to index a nil value (global 'io')
-- exit: 70
local f = io.open('/etc/passwd')
print(f:read('a'))
