# Closures inside generators and generators inside closures.
def make_gen_factory(prefix):
    def gen(n):
        for i in range(n):
            yield "%s-%d" % (prefix, i)
    return gen

g = make_gen_factory("item")
print(list(g(3)))

def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
    while count < 5:
        bump()
        yield count
print(list(counter_gen()))

# Generator sees cell updates from a closure after creation
def shared_state():
    limit = 2
    def set_limit(n):
        nonlocal limit
        limit = n
    def gen():
        i = 0
        while i < limit:
            yield i
            i += 1
    return set_limit, gen
set_limit, gen = shared_state()
it = gen()
print(next(it), next(it))
set_limit(5)
print(list(it))

# Lambdas produced by a generator capture the generator frame's cell
def lambdas():
    for i in range(3):
        yield lambda: i
fs = list(lambdas())
print([f() for f in fs])
fs2 = [f() for f in lambdas()]
print(fs2)
