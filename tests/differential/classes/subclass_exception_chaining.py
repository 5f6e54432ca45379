# User exceptions with __cause__, __context__, __suppress_context__ and notes.
class StorageError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.msg = msg
        self.code = code

    def __str__(self):
        return "[%d] %s" % (self.code, self.msg)


class LowLevel(Exception):
    pass


def low():
    raise LowLevel("disk full")


def high(explicit):
    try:
        low()
    except LowLevel as e:
        if explicit:
            raise StorageError("save failed", 507) from e
        raise StorageError("save failed implicitly", 500)


for explicit in (True, False):
    try:
        high(explicit)
    except StorageError as e:
        print(str(e), e.args, e.code)
        print(" cause:", type(e.__cause__).__name__ if e.__cause__ else None)
        print(" context:", type(e.__context__).__name__, e.__context__)
        print(" suppress:", e.__suppress_context__)

try:
    try:
        low()
    except LowLevel:
        raise StorageError("quiet", 1) from None
except StorageError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

err = StorageError("with notes", 3)
err.add_note("first note")
err.add_note("second note")
print(err.__notes__)
try:
    err.add_note(5)
except TypeError as e:
    print(type(e).__name__, e)

# with_traceback returns self
print(err.with_traceback(None) is err)


class Bad(Exception):
    def __str__(self):
        raise RuntimeError("str failed")

b = Bad("x")
print(repr(b))
raise StorageError("fatal", 99) from LowLevel("root")
