# send() drives a generator as a coroutine.
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)

a = averager()
print(next(a))
for v in [10, 20, 30, 5]:
    print("send", v, "->", a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("result:", e.value)

# Sending non-None to a just-started generator fails
b = averager()
try:
    b.send(1)
except TypeError as e:
    print("TypeError:", e)
print(b.send(None))  # equivalent to next()

# Running accumulator with send returning values
def accumulate():
    total = 0
    while True:
        x = yield total
        total += x
acc = accumulate()
next(acc)
print([acc.send(i) for i in range(1, 6)])

# Send to an exhausted generator
def once():
    yield 1
o = once()
next(o)
try:
    o.send("x")
except StopIteration:
    print("StopIteration on send to finished")
try:
    o.send("y")
except StopIteration:
    print("still StopIteration")

# yield expression precedence: value = yield a, b yields a tuple
def pairs():
    got = yield 1, 2
    print("got", got)
    yield
p = pairs()
print(next(p))
print(p.send("hello"))
