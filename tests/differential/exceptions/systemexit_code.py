# SystemExit.code and how exit status is chosen.
for args in [(), (0,), (3,), ("message",), (1, 2), (None,)]:
    e = SystemExit(*args)
    print(args, "code=%r" % (e.code,), "args=%r" % (e.args,))

try:
    raise SystemExit(5)
except SystemExit as e:
    print("caught code", e.code)

import sys
try:
    sys.exit("bye")
except SystemExit as e:
    print("sys.exit code", repr(e.code))

try:
    sys.exit()
except SystemExit as e:
    print("sys.exit() code", e.code)

# SystemExit is not caught by except Exception
try:
    try:
        sys.exit(2)
    except Exception:
        print("wrong")
except BaseException as e:
    print("base caught", type(e).__name__, e.code)

# finally runs on the way out
try:
    print("exiting with 7")
    sys.exit(7)
finally:
    print("finally on exit")
