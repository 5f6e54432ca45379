# __exit__ returning a true value suppresses the exception; selective suppression.
class Ignore:
    def __init__(self, *types):
        self.types = types
        self.caught = []
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught.append(repr(ev))
            return True
        return False

ign = Ignore(KeyError, IndexError)
for action in ["key", "index", "ok"]:
    with ign:
        if action == "key":
            {}["k"]
        if action == "index":
            [][1]
        print("action", action, "completed")
print(ign.caught)

try:
    with Ignore(KeyError):
        int("not a number")
except ValueError as e:
    print("not suppressed:", e)

# Truthiness of the return value matters, not identity with True
class Truthy:
    def __init__(self, ret):
        self.ret = ret
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return self.ret
for ret in [1, "yes", [0], 0, "", None, []]:
    try:
        with Truthy(ret):
            raise OSError("x")
        print(repr(ret), "suppressed")
    except OSError:
        print(repr(ret), "propagated")

# Suppression inside a loop allows continuing with the next iteration
results = []
for v in ["1", "two", "3", None]:
    with Ignore(ValueError, TypeError):
        results.append(int(v))
print(results)

# Suppressing a return? No: return is not an exception; __exit__ still runs
def f():
    with Truthy(True):
        return "returned"
print(f())
with Ignore(ZeroDivisionError):
    1 / 0
print("end")
with Ignore(ZeroDivisionError):
    [].pop()
