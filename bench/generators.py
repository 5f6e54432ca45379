"""Generator pipelines: chained generator expressions, yield from, send() and return values."""

N = 10**6
ROUNDS = 5


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def chunks(items, size):
    # Group a stream into lists of `size` items.
    buf = []
    for x in items:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def flatten(groups):
    for g in groups:
        yield from g


def counted(items):
    # Re-yield items and return how many there were (value of `yield from`).
    n = 0
    for x in items:
        yield x
        n += 1
    return n


def relay(items, totals):
    totals.append((yield from counted(items)))


def walk(tree):
    # In-order traversal of a (left, value, right) tuple tree via recursive yield from.
    if tree is not None:
        left, value, right = tree
        yield from walk(left)
        yield value
        yield from walk(right)


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return (build(lo, mid), mid, build(mid + 1, hi))


def averager():
    # Coroutine: receives numbers via send(), yields the running average.
    total = 0
    count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total // count


def pipeline(n):
    squares = (x * x for x in count_up(n))
    odd = (x for x in squares if x & 1)
    scaled = (x % 1000003 for x in odd)
    totals = []
    s = sum(relay(flatten(chunks(scaled, 100)), totals))
    return s, totals[0]


def main():
    for r in range(ROUNDS):
        s, count = pipeline(N + 3 * r)
        print("pipeline sum:", s, "items:", count)
    tree = build(0, N // 4)
    print("tree walk sum:", sum(walk(tree)), "max:", max(walk(tree)))
    avg = averager()
    next(avg)
    last = 0
    for x in count_up(N // 2):
        last = avg.send(x * 3)
    print("running average:", last)
    evens = sum(1 for x in (y for y in range(N) if y % 3 == 0) if x % 2 == 0)
    print("even multiples of 3:", evens)


main()
