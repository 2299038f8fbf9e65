-- expect: attempt to call a nil value (field 'dump')
-- exit: 70
print(string.dump(function() end))
