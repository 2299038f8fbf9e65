-- expect: not a path named on the command line
-- exit: 70
drill.bank.check("/etc")
