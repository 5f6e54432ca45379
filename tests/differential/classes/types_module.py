# The types module: the names of built-in types without a built-in name.
import types


def gen():
    yield 1


class C:
    def method(self):
        pass


print(types.FunctionType is type(gen), types.LambdaType is type(lambda: 0), types.GeneratorType is type(gen()))
print(types.MethodType is type(C().method), types.BuiltinFunctionType is type(len), types.ModuleType is type(types))
print(types.NoneType is type(None), types.NotImplementedType is type(NotImplemented), types.EllipsisType is type(...))
print(types.MappingProxyType is type(C.__dict__), types.GenericAlias is type(list[int]), types.UnionType is type(int | str))
print(types.CodeType is type(gen.__code__), types.BuiltinMethodType is type([].append))
print(types.GenericAlias, types.UnionType, types.NoneType, types.FunctionType)
print(isinstance(gen, types.FunctionType), isinstance(len, types.FunctionType), isinstance(int | str, types.UnionType))
print(types.resolve_bases((list[int], C)), types.resolve_bases([C]), types.get_original_bases(C))
cell = types.CellType(5)
print(cell.cell_contents, types.CellType is type(cell))
try:
    types.CellType().cell_contents
except ValueError as e:
    print(type(e).__name__, e)
try:
    types.GeneratorType()
except TypeError as e:
    print(type(e).__name__, e)
m = types.ModuleType("made")
print(m.__name__, type(m).__name__)
