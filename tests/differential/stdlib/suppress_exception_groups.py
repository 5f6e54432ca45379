# contextlib.suppress splits exception groups: matching leaves are dropped,
# the rest is re-raised as a group with the same structure.
import contextlib

def leaves(eg):
    if isinstance(eg, BaseExceptionGroup):
        return [eg.message, [leaves(e) for e in eg.exceptions]]
    return repr(eg)

with contextlib.suppress(ValueError):
    raise ExceptionGroup("all match", [ValueError(1), ValueError(2)])
print("whole group suppressed")

try:
    with contextlib.suppress(ValueError, KeyError):
        raise ExceptionGroup("outer", [ValueError(1), TypeError(2),
                                       ExceptionGroup("inner", [KeyError(3), OSError(4)])])
except ExceptionGroup as eg:
    print("rest:", leaves(eg), type(eg).__name__)

# Matching the group class itself suppresses it whole
with contextlib.suppress(ExceptionGroup):
    raise ExceptionGroup("g", [TypeError()])
print("group class suppressed")

# Base exceptions make a BaseExceptionGroup
try:
    with contextlib.suppress(ValueError):
        raise BaseExceptionGroup("b", [ValueError(), KeyboardInterrupt()])
except BaseExceptionGroup as eg:
    print("rest:", leaves(eg), type(eg).__name__)

# Nothing matches: the rest is a new group with the same leaves
original = ExceptionGroup("none", [TypeError("t")])
try:
    with contextlib.suppress(ValueError):
        raise original
except ExceptionGroup as eg:
    print("same group object:", eg is original, leaves(eg))
