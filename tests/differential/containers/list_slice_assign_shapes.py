# Slice assignment with step 1 growing, shrinking and keeping the list
# length, from lists, tuples, generators and the list itself, plus an
# iterable that shrinks the list while it is consumed.
def show(label, l):
    print(label, l, len(l))

base = list(range(10))
for start, stop, src in [(0, 0, [100]), (2, 5, []), (2, 5, [7]), (2, 5, [7, 8, 9]),
                         (2, 5, [7, 8, 9, 10, 11, 12]), (8, 20, "ab"), (-3, -1, (1, 2)),
                         (5, 2, [42]), (0, 10, []), (10, 10, range(3))]:
    l = base[:]
    l[start:stop] = src
    show((start, stop), l)

l = [1, 2, 3, 4]
l[1:3] = l
show("self", l)
l = [1, 2, 3, 4]
l[:2] = (x * 10 for x in l)
show("gen", l)
p = list(range(9))
k = 5
p[:k + 1] = p[k::-1]
show("flip", p)
print(p[::-1], p[1:7:2], p[7:1:-2], p[::3], p[100:], p[-100:2])

victim = list(range(8))
def shrinking():
    yield "a"
    del victim[2:]
    yield "b"
victim[3:6] = shrinking()
show("shrunk", victim)

class Noisy:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __del__(self):
        self.log.append((self.name, len(holder)))
log = []
holder = [Noisy(i, log) for i in range(4)]
holder[1:3] = ["x"]
print(log, holder[1], len(holder))
try:
    l = [1, 2]
    l[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
