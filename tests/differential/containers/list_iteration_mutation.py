# Iterating lists while they change, reversed iterators, iterator protocol.
l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if len(l) < 6:
        l.append(x * 10)
print(out, l)
l = [1, 2, 3, 4, 5, 6]
for x in l:
    l.remove(x)
print(l)
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, "done"))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
l = [1, 2, 3]
r = reversed(l)
l.pop()
l.pop()
print(list(r))
l = [1, 2, 3]
r = reversed(l)
next(r)
l.clear()
print(list(r))
e = iter([])
try:
    next(e)
except StopIteration as ex:
    print("StopIteration", ex.args)
it = iter([1, 2, 3])
print(list(it), list(it))
print(type(iter([])).__name__, type(reversed([])).__name__, type(iter(())).__name__)
l = [0]
for i, x in enumerate(l):
    if i < 4:
        l.append(i)
print(l)
