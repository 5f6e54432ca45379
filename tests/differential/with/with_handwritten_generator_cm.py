# A hand-written equivalent of contextlib.contextmanager using generator send/throw.
class GeneratorCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")

def cm(fn):
    return lambda *a: GeneratorCM(fn(*a))

@cm
def section(name, swallow=()):
    print("begin", name)
    try:
        yield name.upper()
    except swallow as e:
        print("  swallowed", repr(e))
    finally:
        print("end", name)

with section("one") as s:
    print("  inside", s)
with section("two", KeyError):
    raise KeyError("k")
try:
    with section("three", KeyError):
        raise ValueError("not swallowed")
except ValueError as e:
    print("propagated:", e)

@cm
def converting():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("converted") from e
try:
    with converting():
        1 / 0
except ArithmeticError as e:
    print("converted:", e, "| cause:", repr(e.__cause__))
