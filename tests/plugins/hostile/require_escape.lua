-- expect: may hold only letters
-- exit: 70
require('../../../../etc/passwd')
