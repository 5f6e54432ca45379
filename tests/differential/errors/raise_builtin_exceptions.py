# Raising built-in exceptions with and without arguments.
def check(exc):
    try:
        raise exc
    except Exception as e:
        print(type(e).__name__, "|", e, "|", repr(e), "|", e.args)


check(ValueError("bad value"))
check(ValueError)
check(TypeError("t", 1))
check(KeyError("k"))
check(KeyError("k", "j"))
check(IndexError())
check(RuntimeError(""))
check(Exception(None))
check(ZeroDivisionError(42))
check(NotImplementedError("todo"))
check(LookupError("lk"))
check(ArithmeticError())
check(AssertionError("a", 2.5))
