# Uncaught groups past the printer's limits: nesting deeper than 10 and more
# than 15 members per group.
e = ValueError("leaf")
for i in range(12):
    e = ExceptionGroup("level %d" % i, [e, TypeError(i)])
raise ExceptionGroup("wide", [e] + [KeyError(i) for i in range(16)])
