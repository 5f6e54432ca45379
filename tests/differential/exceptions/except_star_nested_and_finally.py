# except* combined with finally, else, nested groups and plain exceptions.
log = []

def run(excs):
    try:
        if excs:
            raise ExceptionGroup("batch", excs)
    except* KeyError as g:
        log.append("key x%d" % len(g.exceptions))
    except* (ValueError, TypeError) as g:
        log.append("value/type " + ",".join(type(e).__name__ for e in g.exceptions))
    else:
        log.append("else: no errors")
    finally:
        log.append("finally")

for excs in [[], [KeyError(1)], [ValueError(1), KeyError(2), TypeError(3)]]:
    log.clear()
    run(excs)
    print(log)

log.clear()
try:
    run([OSError("disk"), KeyError("k")])
except ExceptionGroup as eg:
    print(log, "escaped:", [repr(e) for e in eg.exceptions])

# Nested try with except* inside a plain except
try:
    try:
        raise ExceptionGroup("inner", [ValueError("a"), OSError("b")])
    except* ValueError:
        print("inner handled ValueError")
except ExceptionGroup as eg:
    print("outer plain except got:", eg.message, [repr(e) for e in eg.exceptions])

# The group passed to the handler keeps the original message and tracebacks per leaf
try:
    raise ExceptionGroup("msg kept", [ValueError(1), ExceptionGroup("deep", [ValueError(2)])])
except* ValueError as g:
    print(g.message, [type(e).__name__ for e in g.exceptions])
    print(g.exceptions[1].message, g.exceptions[1].exceptions)

# continue/break/return are not allowed in except* (SyntaxError), so use flags instead
handled = []
for n in range(3):
    try:
        raise ExceptionGroup("loop", [ValueError(n)])
    except* ValueError as g:
        handled.append(g.exceptions[0].args[0])
print(handled)
