# Differences between list comprehensions and generator expressions: eagerness and errors.
log = []
def val(x):
    log.append(x)
    return x

lc = [val(i) for i in range(3)]
print("list comp evaluated:", log)
log.clear()
ge = (val(i) for i in range(3))
print("genexp not yet:", log)
print(next(ge), log)
print(list(ge), log)

# Mutating the source while consuming a generator expression
src = [1, 2, 3]
ge = (n * 10 for n in src)
src.append(4)
print(list(ge))

# Rebinding the source name does not affect an already-created genexp
src = [1, 2]
ge = (n for n in src)
src = [100, 200]
print(list(ge))

# Rebinding a name used in the body does affect it (late binding)
mult = 2
ge = (n * mult for n in range(3))
mult = 5
print(list(ge))

# list() of a generator expression vs list comprehension produce equal results
print([c for c in "hello" if c != "l"] == list(c for c in "hello" if c != "l"))

# StopIteration inside a generator expression body ends it silently? No: PEP 479
def stopper(n):
    if n == 2:
        raise StopIteration
    return n
try:
    print(list(stopper(n) for n in range(5)))
except RuntimeError as e:
    print("RuntimeError:", e)
# In a list comprehension it propagates as StopIteration
try:
    print([stopper(n) for n in range(5)])
except StopIteration:
    print("StopIteration propagated from list comprehension")
