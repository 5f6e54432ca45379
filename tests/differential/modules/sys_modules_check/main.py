# sys.modules records imported modules by name.
import sys

print("mymod" in sys.modules)
import mymod

print("mymod" in sys.modules, sys.modules["mymod"] is mymod)
print("sys" in sys.modules, "__main__" in sys.modules)
print(sys.modules["__main__"].__name__)
import math

print(sys.modules["math"] is math, sys.modules["math"].sqrt(9))
print("never_imported_module_xyz" in sys.modules)
print(type(sys.modules).__name__)
