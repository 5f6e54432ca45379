# Generators kept alive across calls preserve local state; several independent instances.
def id_allocator(prefix):
    n = 0
    while True:
        n += 1
        reset = yield "%s%03d" % (prefix, n)
        if reset:
            n = 0

users = id_allocator("u")
orders = id_allocator("o")

def new_user():
    return next(users)

def new_order():
    return next(orders)

print(new_user(), new_user(), new_order(), new_user(), new_order())
print(users.send(True), new_user())

class Session:
    def __init__(self):
        self._ticker = self._ticks()
    def _ticks(self):
        t = 0
        while True:
            t += 10
            yield t
    def tick(self):
        return next(self._ticker)

s1, s2 = Session(), Session()
print(s1.tick(), s1.tick(), s2.tick(), s1.tick())

# A generator stored in a global, advanced by different functions
def log_lines():
    lineno = 0
    while True:
        msg = yield
        lineno += 1
        print("  %02d: %s" % (lineno, msg))
logger = log_lines()
next(logger)
def do_a():
    logger.send("doing a")
def do_b():
    logger.send("doing b")
do_a(); do_b(); do_a()

# Fibonacci state kept between partial consumptions
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
first = [next(f) for _ in range(5)]
second = [next(f) for _ in range(5)]
print(first, second)
f2 = fib()
print(next(f2), next(f), next(f2), next(f))
