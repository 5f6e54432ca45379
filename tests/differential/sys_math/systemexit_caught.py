# SystemExit can be caught; it is not an Exception subclass.
import sys

for arg in (0, 3, "msg", None):
    try:
        sys.exit(arg)
    except SystemExit as e:
        print("caught SystemExit, code =", repr(e.code), "args =", e.args)
try:
    sys.exit(7)
except Exception:
    print("not reached: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code", e.code)
try:
    sys.exit((1, 2))
except SystemExit as e:
    print("tuple code", e.code)
print(isinstance(SystemExit(), Exception), isinstance(SystemExit(), BaseException))
print("finished normally")
