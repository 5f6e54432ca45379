# `from pkg.sub import f` imports a name from a submodule of a package.
from pkg.sub import f
from pkg.sub import g, VALUE as V
import sys

print(f(1), f("x"))
print(g(), V)
print("pkg" in sys.modules, "pkg.sub" in sys.modules)
import pkg

print(pkg.sub.f(2), pkg.sub.VALUE)
