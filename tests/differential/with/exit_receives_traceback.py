# __exit__ receives the exception type, value and traceback; values are inspected.
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is None:
            print("clean exit", ev, tb)
            return False
        print("type:", et.__name__)
        print("value:", repr(ev), "is instance:", isinstance(ev, et))
        print("tb lineno:", tb.tb_lineno)
        print("same tb:", tb is ev.__traceback__)
        return True

with Inspect():
    x = 1

with Inspect():
    raise KeyError("key")

def raiser():
    raise LookupError("deep")

with Inspect():
    raiser()

# Exception instance with a cause keeps it when seen by __exit__
class CauseCheck:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("cause:", repr(ev.__cause__), "context:", repr(ev.__context__))
        return True
with CauseCheck():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("wrapped") from z

# A BaseException subclass also passes through __exit__
class BaseCheck:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("BaseCheck saw", et.__name__)
        return False
try:
    with BaseCheck():
        raise SystemExit(3)
except SystemExit as e:
    print("SystemExit code", e.code)
