# Subclassing Exception: args, __str__, custom attributes, hierarchy.
class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__("not found: " + repr(key))
        self.key = key


class Invalid(AppError, ValueError):
    def __init__(self, field, reason):
        self.field = field
        self.reason = reason  # note: no super().__init__ call

    def __str__(self):
        return "%s is invalid (%s)" % (self.field, self.reason)


class NoArgs(AppError):
    pass


for exc in (NotFound("k"), Invalid("age", "negative"), NoArgs(), NoArgs(1, 2), AppError("x")):
    print(type(exc).__name__, repr(str(exc)), exc.args, repr(exc))

try:
    raise NotFound("user:1")
except AppError as e:
    print("caught AppError", type(e).__name__, e, e.key)

try:
    raise Invalid("name", "empty")
except ValueError as e:
    print("caught ValueError", e, isinstance(e, AppError))

print([c.__name__ for c in Invalid.__mro__])

# exception handlers are tried in order, first match wins
def classify(exc):
    try:
        raise exc
    except NotFound:
        return "NotFound handler"
    except AppError:
        return "AppError handler"
    except Exception:
        return "generic handler"

print(classify(NotFound(1)), classify(Invalid("a", "b")), classify(KeyError("z")))

# args is settable; str follows args
e = AppError("a")
e.args = ("changed", 2)
print(str(e), repr(e))
e.extra = 5
print(e.extra, e.__dict__)

raise Invalid("email", "missing @")
