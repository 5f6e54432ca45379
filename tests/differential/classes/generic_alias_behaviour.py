# GenericAlias: equality, hashing, calls, attribute forwarding, base classes and errors.
import types

print(list[int] == list[int], list[int] == list[str], list[int] == list, list[int] != list[int])
print(dict[str, int] == dict[str, int], tuple[int, ...] == tuple[int, ...], list[int] == set[int])
print(hash(list[int]) == hash(list[int]), len({list[int], list[int], list[str]}))
print(list[int](), list[int]("ab"), dict[str, int](a=1), tuple[int, ...]([1, 2]), set[int]([3]), frozenset[int]())
print(type(list[int]()), type(dict[str, int]()))
x = list[int]([3])
try:
    x.__orig_class__
except AttributeError as e:
    print(type(e).__name__, e)


class Box:
    def __init__(self, value=None):
        self.value = value


b = types.GenericAlias(Box, int)(5)
print(b.value, b.__orig_class__, type(b).__name__)
print(list[int].append is list.append, list[int].__name__, list[int].__qualname__, list[int].__module__)
print(list[int].__doc__ == list.__doc__, list[int].__class__ is types.GenericAlias)
print(list[int].__mro_entries__((list[int],)), list[int].__reduce__())
try:
    list[int].nonexistent
except AttributeError as e:
    print(type(e).__name__, e)


class Ints(list[int]):
    pass


print(Ints.__bases__, Ints.__orig_bases__, [c.__name__ for c in Ints.__mro__], Ints([1, 2]))


class Pair(dict[str, int], Box):
    pass


print(Pair.__bases__, Pair.__orig_bases__, types.get_original_bases(Pair), types.get_original_bases(Box))
print(types.resolve_bases((list[int], int)), types.resolve_bases((int,)))
for f in [lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]),
          lambda: isinstance([], (int, list[int])), lambda: list[int][str], lambda: tuple[int][int],
          lambda: int[str], lambda: Box[int], lambda: types.GenericAlias(list), lambda: types.GenericAlias(list, int, x=1),
          lambda: type("X", (list[int],), {}), lambda: types.get_original_bases(5)]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance([], (list, list[int])))
