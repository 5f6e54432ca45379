# Module attributes __name__, __file__ (checked, never printed), __package__.
import plain
import pkg.leaf
import sys

print(__name__, plain.__name__, pkg.__name__, pkg.leaf.__name__)
print(plain.where(), pkg.leaf.info())
print(type(__file__).__name__, __file__.endswith("main.py"))
print(plain.__file__.endswith("plain.py"), pkg.leaf.__file__.endswith("leaf.py"))
print(pkg.__file__.endswith("__init__.py"))
print(plain.__package__ == "", pkg.__package__, pkg.leaf.__package__)
print(type(plain).__name__, type(sys).__name__)
print(sys.modules[__name__] is sys.modules["__main__"])
