# A module in the script's directory shadows the standard library's of the
# same name, as sys.path[0] comes first; modules CPython has loaded before
# the script starts (sys) are never shadowed.
import contextlib
import sys
print(contextlib.SOURCE, contextlib.__name__)
with contextlib.suppress(ValueError):
    raise ValueError("handled by the project's suppress")
print(sys.SHADOWED if hasattr(sys, "SHADOWED") else "sys is the real one")
