# isinstance/issubclass with classes, tuples, nested tuples and errors.
class A: pass
class B(A): pass
class C: pass
class D(B, C): pass

objs = [A(), B(), C(), D(), 1, "s", None]
for o in objs:
    print(type(o).__name__, isinstance(o, A), isinstance(o, (B, C)), isinstance(o, (int, (str, type(None)))))

print(issubclass(D, A), issubclass(D, (C,)), issubclass(A, B), issubclass(A, A))
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object), issubclass(object, type))
print(isinstance(A, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(isinstance(1, ()), issubclass(A, ()))

for args in [(A(), 5), (A(), (A, 5)), (A(), [A])]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print(type(e).__name__, e)

for args in [(A(), A), (A, A()), (5, int), (A, (A, 5))]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print(type(e).__name__, e)

# isinstance with union types (3.10+)
print(isinstance(3, int | str), isinstance(B(), C | A), issubclass(D, C | None))
print(isinstance(None, A | None))
