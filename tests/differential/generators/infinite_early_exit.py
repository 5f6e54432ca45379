# Infinite generators consumed partially, with cleanup on early exit.
def naturals(start=0):
    n = start
    try:
        while True:
            yield n
            n += 1
    finally:
        print("  naturals closed at", n)

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

nat = naturals()
print(list(take(5, nat)))
print("take finished, closing explicitly")
nat.close()

nat = naturals(10)
for x in nat:
    if x * x > 200:
        print("first square > 200:", x)
        break
print("resuming the same generator:", next(nat))
nat.close()

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1

p = primes()
print([next(p) for _ in range(10)])
print(next(p), next(p))

def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(27))[:10], len(list(collatz(27))))

def cycle(items):
    while True:
        for item in items:
            yield item
c = cycle("abc")
print("".join(next(c) for _ in range(8)))

# zip stops at the shortest, leaving infinite generators suspended
nat = naturals(100)
pairs = list(zip("xyz", nat))
print(pairs, "next is", next(nat))
nat.close()
print("end of program")
