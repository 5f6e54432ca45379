# The sequence of __lt__ calls during a sort is CPython's Timsort: count
# them for inputs that exercise runs, galloping and merges.
calls = 0


class K:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        global calls
        calls += 1
        return self.v < other.v

    def __repr__(self):
        return "K(%r)" % self.v


def lcg_values(n, seed, mod):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        out.append(seed % mod)
    return out


def count(label, values, **kw):
    global calls
    calls = 0
    items = [K(v) for v in values]
    items.sort(**kw)
    ok = all(not (items[i + 1] < items[i]) for i in range(len(items) - 1)) if not kw.get("reverse") else True
    print(label, len(values), calls)


count("empty", [])
count("one", [1])
count("two sorted", [1, 2])
count("two reversed", [2, 1])
count("small random", lcg_values(20, 1, 100))
count("random 64", lcg_values(64, 2, 1000))
count("random 65", lcg_values(65, 3, 1000))
count("random 1000", lcg_values(1000, 4, 1000000))
count("few distinct 1000", lcg_values(1000, 5, 4))
count("sorted 1000", list(range(1000)))
count("reversed 1000", list(range(1000, 0, -1)))
count("sawtooth", [i % 50 for i in range(2000)])
count("organ pipe", list(range(500)) + list(range(500, 0, -1)))
count("runs", sorted(lcg_values(300, 6, 1000)) + sorted(lcg_values(700, 7, 1000)) + sorted(lcg_values(50, 8, 1000)))
count("nearly sorted", [i if i % 97 else -i for i in range(3000)])
count("reverse flag", lcg_values(500, 9, 100), reverse=True)
count("key flag", lcg_values(500, 10, 100), key=lambda k: K(-k.v))
count("all equal", [7] * 500)
count("galloping", list(range(0, 4000, 2)) + list(range(1, 40, 2)))
count("big merge", sorted(lcg_values(5000, 11, 10 ** 6)) + sorted(lcg_values(3000, 12, 10 ** 6)))
