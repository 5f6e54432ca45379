# Closures over loop state with nonlocal: event handlers that update shared counters.
def build_handlers():
    clicks = 0
    handlers = {}
    for name in ("a", "b", "c"):
        def handler(times=1, _name=name):
            nonlocal clicks
            clicks += times
            return "%s clicked, total %d" % (_name, clicks)
        handlers[name] = handler
    def total():
        return clicks
    return handlers, total

handlers, total = build_handlers()
print(handlers["a"]())
print(handlers["c"](5))
print(handlers["b"]())
print(total())

# Each call of the factory gets independent cells
h2, total2 = build_handlers()
h2["a"](100)
print(total(), total2())

# Generator of closures capturing a per-iteration cell via a helper
def per_iteration():
    def make(i):
        count = 0
        def hit():
            nonlocal count
            count += i
            return count
        return hit
    return [make(i) for i in range(1, 4)]
hits = per_iteration()
print([h() for h in hits], [h() for h in hits])

# A closure that rebinds a nonlocal list versus mutating it
def rebind_vs_mutate():
    items = [1]
    def mutate():
        items.append(2)
    def rebind():
        nonlocal items
        items = ["new"]
    mutate()
    snapshot = items
    rebind()
    return snapshot, items
print(rebind_vs_mutate())
