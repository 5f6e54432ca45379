# Results with inconsistent or random comparators depend on the exact
# comparison sequence, so they must match CPython's Timsort.


class Chaos:
    def __init__(self, v, seed):
        self.v = v
        self.r = seed

    def __lt__(self, other):
        self.r = (self.r * 1103515245 + 12345) % 2147483648
        return (self.r >> 16) & 1 == 1

    def __repr__(self):
        return str(self.v)


state = [12345]


class Flip:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        state[0] = (state[0] * 69069 + 1) % 4294967296
        return (state[0] >> 20) % 3 == 0

    def __repr__(self):
        return str(self.v)


for n in (5, 17, 64, 100, 300):
    xs = [Chaos(i, i * 7 + 1) for i in range(n)]
    xs.sort()
    print(n, [x.v for x in xs][:40])

state[0] = 1
ys = [Flip(i) for i in range(200)]
print([y.v for y in sorted(ys)][:50])


class Always:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return True


print([a.v for a in sorted([Always(i) for i in range(70)])])


class Never:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return False


print([a.v for a in sorted([Never(i) for i in range(70)])])

# NaN keys: comparisons are all false, so order depends on the algorithm.
nan = float("nan")
vals = [3.0, nan, 1.0, 2.0, nan, 0.5, 5.0, -1.0, nan, 4.0]
print(sorted(vals))
print(sorted(vals * 10)[:30])
print(sorted([(1, nan), (0, 2.0), (1, 1.0), (0, nan)]))
