-- expect: attempt to index a nil value (global 'debug')
-- exit: 70
debug.sethook()
