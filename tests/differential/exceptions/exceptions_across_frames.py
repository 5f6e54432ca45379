# Exceptions propagating across several function frames, with finally in each.
trail = []

def level(n, fail_at):
    trail.append("enter %d" % n)
    try:
        if n == fail_at:
            raise ValueError("failed at %d" % n)
        if n < 5:
            return level(n + 1, fail_at)
        return "bottom"
    finally:
        trail.append("exit %d" % n)

for fail_at in (None, 3, 5):
    trail.clear()
    try:
        print("result:", level(1, fail_at))
    except ValueError as e:
        print("caught:", e)
    print(trail)

def catcher(fn):
    try:
        return fn()
    except ZeroDivisionError as e:
        return "catcher handled " + str(e)

def a():
    return b() + 1
def b():
    return c() * 2
def c():
    return 1 // 0
print(catcher(a))

# Exception escapes a handler in one frame and is caught two frames up
def f1():
    try:
        f2()
    except KeyError as e:
        return "f1 got KeyError " + str(e) + " ctx " + type(e.__context__).__name__

def f2():
    f3()

def f3():
    try:
        [][0]
    except IndexError:
        raise KeyError("from f3")
print(f1())

# Recursive frames unwinding
def countdown(n):
    if n == 0:
        raise RuntimeError("liftoff")
    countdown(n - 1)
try:
    countdown(50)
except RuntimeError as e:
    depth = 0
    tb = e.__traceback__
    while tb:
        depth += 1
        tb = tb.tb_next
    print("traceback depth:", depth)
