# for/else with break and continue, used for prime search.
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return False
    return True


primes = []
for n in range(30):
    if is_prime(n):
        primes.append(n)
print(primes)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("else on empty")
for x in range(3):
    continue
else:
    print("else after continue, x =", x)
