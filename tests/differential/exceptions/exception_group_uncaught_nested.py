# An uncaught group with nested groups, chained exceptions and notes.
def fail(n):
    try:
        raise OSError("io %d" % n)
    except OSError as e:
        err = ValueError("bad %d" % n)
        err.add_note("while handling item %d" % n)
        raise err from e if n % 2 else err

def collect(ns):
    errors = []
    for n in ns:
        try:
            fail(n)
        except ValueError as e:
            errors.append(e)
    return errors

inner = ExceptionGroup("inner", collect([1, 2]))
try:
    raise inner
except ExceptionGroup as e:
    caught = e
outer = ExceptionGroup("outer", [caught, KeyError("k"), ExceptionGroup("deep", [ExceptionGroup("deeper", [TypeError("t")])])])
outer.add_note("outer note\nsecond line")
try:
    raise RuntimeError("context")
except RuntimeError:
    raise outer
