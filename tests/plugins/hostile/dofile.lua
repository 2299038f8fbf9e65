-- expect: attempt to call a nil value (global 'dofile')
-- exit: 70
dofile('/etc/passwd')
