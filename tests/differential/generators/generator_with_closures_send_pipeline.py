# Push-based (coroutine) pipeline built from generators primed by a decorator.
def primed(fn):
    def start(*args, **kwargs):
        g = fn(*args, **kwargs)
        next(g)
        return g
    return start

@primed
def sink(results):
    while True:
        item = yield
        results.append(item)

@primed
def mapper(fn, target):
    while True:
        item = yield
        target.send(fn(item))

@primed
def filterer(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)

@primed
def batcher(size, target):
    batch = []
    try:
        while True:
            batch.append((yield))
            if len(batch) == size:
                target.send(tuple(batch))
                batch = []
    except GeneratorExit:
        if batch:
            target.send(tuple(batch))
        print("  batcher flushed", batch)
        raise

@primed
def broadcaster(*targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)

evens, batches = [], []
head = broadcaster(
    filterer(lambda x: x % 2 == 0, mapper(lambda x: x * 10, sink(evens))),
    (bat := batcher(3, sink(batches))),
)
for i in range(8):
    head.send(i)
print("evens:", evens)
print("batches before close:", batches)
bat.close()
print("batches after close:", batches)
try:
    bat.send(99)
except StopIteration:
    print("batcher is closed")
