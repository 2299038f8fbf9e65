-- expect: attempt to index a nil value (global 'package')
-- exit: 70
package.loadlib('/lib/x86_64-linux-gnu/libc.so.6', 'system')
