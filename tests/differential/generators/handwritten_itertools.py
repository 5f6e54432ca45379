# Hand-written versions of chain, islice, groupby, accumulate and pairwise as generators.
def chain(*iterables):
    for it in iterables:
        yield from it

def islice(iterable, start, stop, step=1):
    it = iter(iterable)
    for i, x in enumerate(it):
        if i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield x

def groupby(iterable, key=lambda x: x):
    it = iter(iterable)
    try:
        current = next(it)
    except StopIteration:
        return
    group = [current]
    k = key(current)
    for x in it:
        nk = key(x)
        if nk != k:
            yield k, group
            k, group = nk, []
        group.append(x)
    yield k, group

def accumulate(iterable, fn=lambda a, b: a + b):
    it = iter(iterable)
    total = next(it, None)
    if total is None:
        return
    yield total
    for x in it:
        total = fn(total, x)
        yield total

def pairwise(iterable):
    it = iter(iterable)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x

def count(n=0):
    while True:
        yield n
        n += 1

print(list(chain("ab", [1, 2], range(2))))
print(list(islice(count(), 2, 12, 3)))
print([(k, "".join(g)) for k, g in groupby("aaabccdaa")])
print(list(groupby([1, 3, 5, 2, 4, 7], key=lambda n: n % 2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(pairwise("abcd")), list(pairwise([])), list(groupby([])))
print(list(islice(chain(count(100), count()), 0, 3)))
