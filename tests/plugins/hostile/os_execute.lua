-- expect: attempt to call a nil value (field 'execute')
-- exit: 70
os.execute("touch /tmp/drill-hostile-was-here")
