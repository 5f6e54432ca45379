# Infinite recursion raises RecursionError, which can be caught.
def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError:
    print("caught")


def forever_mutual_a(n):
    return forever_mutual_b(n + 1)


def forever_mutual_b(n):
    return forever_mutual_a(n + 1)


try:
    forever_mutual_a(0)
except RecursionError as e:
    print("caught mutual", type(e).__name__, isinstance(e, RuntimeError))


def bounded(n):
    if n == 0:
        return 0
    return 1 + bounded(n - 1)


print("still works:", bounded(200))
