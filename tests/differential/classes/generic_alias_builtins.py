# types.GenericAlias from subscripting the generic built-in classes.
import types

aliases = [list[int], dict[str, list[int]], tuple[int, ...], tuple[()], tuple[int], type[int], set[str],
           frozenset[bytes], enumerate[int], ExceptionGroup[ValueError], BaseExceptionGroup[OSError],
           list[list[int]], list[None], list["int"], list[...], list[[int, str]], list[1, "x"], dict[int:str],
           list[int | None], tuple[int, str, float]]
for a in aliases:
    print(repr(a), str(a), a.__origin__, a.__args__, a.__parameters__, type(a) is types.GenericAlias)


class Mine:
    pass


class Outer:
    class Inner:
        pass


print(list[Mine], dict[Outer.Inner, Mine], list[types.GenericAlias], tuple[type[Mine], ...])
print(list[int].__unpacked__, type(list[int]).__name__, type(list[int]).__module__, types.GenericAlias)
print(types.GenericAlias(list, int), types.GenericAlias(list, (int, str)), types.GenericAlias(5, 6))
print(types.GenericAlias(Mine, (int,)) == types.GenericAlias(Mine, int))
