# yield from forwards send(), throw() and close() to the subgenerator.
def sub():
    print("  sub start")
    total = 0
    try:
        while True:
            try:
                x = yield total
            except ValueError as e:
                print("  sub caught", e)
                x = 0
            if x is None:
                return total
            total += x
    finally:
        print("  sub finally")

def delegator():
    result = yield from sub()
    print("  delegator got", result)
    yield "delegator after " + str(result)

d = delegator()
print(next(d))
print(d.send(5))
print(d.send(7))
print(d.throw(ValueError("bad")))
print(d.send(1))
print(d.send(None))

# close() reaches the subgenerator
d2 = delegator()
next(d2)
d2.send(3)
d2.close()
print("closed d2")

# throw() of an exception the subgenerator does not handle propagates through both
def outer_catch():
    try:
        yield from sub()
    except KeyError as e:
        print("  outer caught", repr(e))
        yield "recovered"
o = outer_catch()
next(o)
print(o.throw(KeyError("k")))

# Delegating send to a plain iterator fails: list iterators have no send
def over_list():
    yield from [1, 2, 3]
ol = over_list()
print(next(ol))
print(ol.send(None))
try:
    ol.send("x")
except AttributeError as e:
    print("AttributeError:", e)
