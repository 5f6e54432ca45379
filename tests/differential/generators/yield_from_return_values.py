# Collecting return values from subgenerators via yield from; nested delegation chains.
def averager(name):
    total, count = 0, 0
    while True:
        x = yield
        if x is None:
            break
        total += x
        count += 1
    return name, count, total / count if count else None

def grouper(results, name):
    while True:
        results[name] = yield from averager(name)
        print("  grouper stored", name, results[name])

results = {}
data = {"a": [1, 2, 3], "b": [10, 20], "c": []}
for name, values in data.items():
    g = grouper(results, name)
    next(g)
    for v in values:
        g.send(v)
    g.send(None)
print(results)

# Three levels deep: return values bubble up
def level3():
    yield "l3"
    return 3
def level2():
    r = yield from level3()
    yield "l2 got %d" % r
    return r * 10
def level1():
    r = yield from level2()
    yield "l1 got %d" % r
    return r * 10
g = level1()
for item in g:
    print(item)
try:
    next(g)
except StopIteration as e:
    print("after exhaustion value:", e.value)

def run(gen):
    items = []
    while True:
        try:
            items.append(next(gen))
        except StopIteration as e:
            return items, e.value
print(run(level1()))
print(run(level2()))
