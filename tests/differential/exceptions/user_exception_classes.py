# User-defined exceptions with custom __init__, __str__ and extra attributes.
class AppError(Exception):
    """Base for the application."""

class ValidationError(AppError):
    def __init__(self, field, value):
        super().__init__(field, value)
        self.field = field
        self.value = value

    def __str__(self):
        return "invalid %s: %r" % (self.field, self.value)

class NoSuper(AppError):
    def __init__(self, code):
        self.code = code

class Counted(AppError):
    count = 0
    def __init__(self, *args):
        Counted.count += 1
        super().__init__(*args)

e = ValidationError("age", -1)
print(str(e), repr(e), e.args, e.field, e.value)
print(isinstance(e, AppError), isinstance(e, Exception))
print(AppError.__doc__)

n = NoSuper(404)
print(n.code, n.args, repr(str(n)), repr(n))

for i in range(3):
    try:
        raise Counted("c", i)
    except AppError as err:
        print(type(err).__name__, err, err.args)
print("count", Counted.count)

def validate(record):
    for k, v in record.items():
        if not isinstance(v, int) or v < 0:
            raise ValidationError(k, v)
    return "ok"

for rec in [{"a": 1}, {"a": 1, "b": "x"}, {"c": -5}]:
    try:
        print(validate(rec))
    except ValidationError as err:
        print("rejected:", err)

class WithRepr(Exception):
    def __repr__(self):
        return "<WithRepr custom>"
print(repr(WithRepr(1)), str(WithRepr(1)))
raise ValidationError("name", "")
