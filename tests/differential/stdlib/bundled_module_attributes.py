# Bundled standard-library modules are real modules with their own names.
import contextlib
import functools
import sys

for m in [contextlib, functools]:
    print(m.__name__, type(m).__name__, m.__file__.endswith(m.__name__ + ".py"), sys.modules[m.__name__] is m)
print(contextlib.contextmanager.__module__, contextlib.ExitStack.__module__, functools.partial.__module__)
print(contextlib.suppress.__qualname__, type(contextlib.nullcontext()).__name__)
from contextlib import suppress as s2, ExitStack
print(s2 is contextlib.suppress, ExitStack is contextlib.ExitStack)
