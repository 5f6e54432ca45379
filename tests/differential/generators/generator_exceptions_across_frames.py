# Exceptions crossing generator frames: raised deep in a pipeline, observed at the consumer.
def source(items):
    try:
        for item in items:
            yield item
    finally:
        print("  source finally")

def transform(it):
    try:
        for x in it:
            yield 100 // x
    except ZeroDivisionError:
        print("  transform saw ZeroDivisionError, re-raising as ValueError")
        raise ValueError("bad input 0")
    finally:
        print("  transform finally, closing source")
        it.close()

def consume(items):
    out = []
    try:
        for v in transform(source(items)):
            out.append(v)
    except ValueError as e:
        print("  consumer caught:", e, "| context:", repr(e.__context__))
    return out

print(consume([1, 2, 5]))
print(consume([4, 0, 10]))

# An exception thrown into the outer generator reaches the inner via yield from
def inner():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("  inner handled", repr(e))
        yield "inner recovered"

def outer():
    yield from inner()
    yield "outer continues"

g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))

# traceback of an exception from a generator includes the generator frame
def failing():
    yield 1
    raise LookupError("from generator")
try:
    for _ in failing():
        pass
except LookupError as e:
    lines = []
    tb = e.__traceback__
    while tb:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("traceback lines:", lines)
