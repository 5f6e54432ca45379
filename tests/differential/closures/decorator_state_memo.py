# A memoizing decorator using a closure over a dict, with cache statistics.
def memoize(fn):
    cache = {}
    stats = {"hits": 0, "misses": 0}
    def wrapper(*args):
        if args in cache:
            stats["hits"] += 1
            return cache[args]
        stats["misses"] += 1
        result = fn(*args)
        cache[args] = result
        return result
    wrapper.stats = stats
    wrapper.cache_clear = cache.clear
    wrapper.__name__ = fn.__name__
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), fib.stats)
print(fib(30), fib.stats)
fib.cache_clear()
print(fib(10), fib.stats)

@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(10, 10), grid_paths.stats)

@memoize
def fails(x):
    raise ValueError("not cached: %d" % x)
for _ in range(2):
    try:
        fails(1)
    except ValueError as e:
        print(e, fails.stats)

# Unhashable argument fails inside the wrapper
try:
    fib([1])
except TypeError as e:
    print("TypeError:", e)
print(fib.__name__, memoize.__name__)
