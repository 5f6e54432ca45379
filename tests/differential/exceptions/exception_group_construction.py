# Constructor validation and class selection of exception groups.
def attempt(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: BaseExceptionGroup())
attempt(lambda: BaseExceptionGroup("m"))
attempt(lambda: BaseExceptionGroup("m", [ValueError()], 3))
attempt(lambda: ExceptionGroup(1, [ValueError()]))
attempt(lambda: ExceptionGroup(b"m", [ValueError()]))
attempt(lambda: ExceptionGroup("m", ValueError()))
attempt(lambda: ExceptionGroup("m", {ValueError()}))
attempt(lambda: ExceptionGroup("m", {1: ValueError()}))
attempt(lambda: ExceptionGroup("m", ()))
attempt(lambda: ExceptionGroup("m", [ValueError(), 2]))
attempt(lambda: ExceptionGroup("m", "ab"))
attempt(lambda: ExceptionGroup("m", [ValueError()], extra=1))
attempt(lambda: ExceptionGroup("m", (TypeError("t"),)))
attempt(lambda: ExceptionGroup("m", range(0)))
attempt(lambda: BaseExceptionGroup("m", [SystemExit(2), ValueError()]))
attempt(lambda: BaseExceptionGroup("m", [ExceptionGroup("i", [ValueError()])]))
attempt(lambda: BaseExceptionGroup("m", [BaseExceptionGroup("i", [KeyboardInterrupt()])]))
attempt(lambda: ExceptionGroup("m", [GeneratorExit()]))

eg = ExceptionGroup("many", [ValueError(i) for i in range(3)])
print(eg.args, eg.message, eg.exceptions, len(eg.exceptions))
print(str(ExceptionGroup("", [ValueError()])), "|", str(ExceptionGroup("x", [ValueError(), KeyError()])))
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(ExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)
print(BaseExceptionGroup.__mro__)

# Subclasses: own __init__/__new__, class kept, BaseException nesting rule
class Errors(ExceptionGroup):
    def __new__(cls, message, excs, code):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def __init__(self, message, excs, code):
        super().__init__(message, excs)

    def derive(self, excs):
        return Errors(self.message, excs, self.code)

e = Errors("errs", [ValueError(1), KeyError(2)], 42)
print(type(e).__name__, e.code, repr(e), e.args)
m, r = e.split(KeyError)
print(type(m).__name__, m.code, repr(m), repr(r))

class BaseErrors(BaseExceptionGroup):
    pass
print(type(BaseErrors("b", [ValueError()])).__name__, type(BaseErrors("b", [KeyboardInterrupt()])).__name__)
try:
    Errors("x", [KeyboardInterrupt()], 1)
except TypeError as err:
    print("TypeError:", err)

# The plain derive drops the subclass
class Plain(ExceptionGroup):
    pass
print(type(Plain("p", [ValueError(1), KeyError(2)]).subgroup(KeyError)).__name__)
print(repr(Plain("p", [ValueError(1)]).derive([KeyboardInterrupt()])))
