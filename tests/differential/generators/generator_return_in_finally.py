# Generators with try/finally: finally on exhaustion, on close, and on garbage collection via del.
events = []

def tracked(name, n):
    events.append(name + " start")
    try:
        for i in range(n):
            yield i
        events.append(name + " exhausted")
    finally:
        events.append(name + " finally")

print(list(tracked("full", 2)))
print(events); events.clear()

g = tracked("partial", 5)
next(g)
g.close()
print(events); events.clear()

g = tracked("deleted", 5)
next(g)
del g  # CPython refcounting finalizes immediately
print(events); events.clear()

# return inside finally of a generator swallows GeneratorExit on close
def swallow():
    try:
        yield 1
        yield 2
    finally:
        return "finally return"
s = swallow()
next(s)
print("close returned:", s.close())

# exception in the generator body runs finally first
def failing():
    try:
        yield "ok"
        raise ValueError("body failed")
    finally:
        events.append("failing finally")
f = failing()
print(next(f))
try:
    next(f)
except ValueError as e:
    print("caught", e, events)

# yield inside finally during normal completion
def yield_in_finally():
    try:
        yield "body"
    finally:
        yield "from finally"
print(list(yield_in_finally()))
