# Attributes of various built-in exceptions raised by real operations.
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(e)

try:
    "abc\u20ac".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
    print(e)

class Thing:
    __slots__ = ("a",)
try:
    Thing().missing
except AttributeError as e:
    print("AttributeError:", e, "| name:", e.name, "| obj type:", type(e.obj).__name__)

try:
    undefined_variable_xyz
except NameError as e:
    print("NameError:", e, "| name:", e.name)

e = ImportError("cannot import", name="modname", path="some/path.py")
print(e, e.name, e.path, e.msg)

try:
    int("12", base=99)
except ValueError as e:
    print("ValueError:", e)

try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e, e.args)

try:
    [1, 2, 3].index(9)
except ValueError as e:
    print("ValueError:", e)

try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)

try:
    None + 1
except TypeError as e:
    print("TypeError:", e)

try:
    assert 1 > 2, ("custom", 5)
except AssertionError as e:
    print("AssertionError:", e, e.args)

try:
    raise NotImplementedError
except RuntimeError as e:
    print("NotImplementedError is a RuntimeError:", repr(e))
assert False, "final assertion message"
