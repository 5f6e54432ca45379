# X | Y between classes: types.UnionType, flattening, deduplication, isinstance/issubclass.
import types


class A:
    pass


class B(A):
    pass


u = int | str
print(u, repr(u), type(u), type(u).__name__, u.__args__, u.__parameters__, u.__module__)
print(int | None, None | int, int | str | None, (int | str) | (bytes | int), int | int, type(int | int))
print((int | None).__args__, A | B, list[int] | None, None | list[int], int | list[int], list[int] | list[int])
print(dict[str, A] | B | None, (A | B).__args__, type[int] | tuple[int, ...])
print(u == (str | int), u == (int | str | int), u == (int | bytes), u == int, u != (str | int))
print(hash(int | str) == hash(str | int), len({int | str, str | int, int | bytes}))
print(isinstance(3, int | str), isinstance("s", int | str), isinstance(2.5, int | str), isinstance(None, A | None))
print(isinstance(B(), A | None), issubclass(B, A | int), issubclass(bool, str | int), issubclass(A, B | None))
print(isinstance(1, (str, int | bytes)), issubclass(int, (str | bytes, float | int)))
t = int
t |= str
print(t)
for f in [lambda: int | "str", lambda: "str" | int, lambda: int | 1, lambda: None | None, lambda: u[int],
          lambda: types.UnionType(), lambda: isinstance([], int | list[int]), lambda: issubclass(5, int | str),
          lambda: u | 3]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance(1, int | list[int]))
