# A project module shadows a standard one for the whole program: the
# standard contextlib imports the project's functools, as in CPython.
import contextlib

@contextlib.contextmanager
def cm():
    yield "value"

with cm() as v:
    print(v)
print(cm.__name__, getattr(cm, "marked", None))
