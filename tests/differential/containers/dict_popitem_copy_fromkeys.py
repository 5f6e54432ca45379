# popitem is LIFO, copy keeps order, fromkeys shares the value, and order
# survives deletion and reinsertion.
d = {}
for k in "qwertyuiop":
    d[k] = ord(k)
print([d.popitem() for _ in range(3)], d)
del d["w"]
d["w"] = 0
d["z"] = 1
c = d.copy()
print(list(c), c == d, c is d, c.popitem(), len(d))
f = dict.fromkeys(range(4), [])
f[0].append("shared")
print(f)
g = dict.fromkeys("aab")
print(g, dict.fromkeys([], 1))
big = {i: i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(list(big)[:5], big.popitem(), len(big))
big.update({-1: -1})
print(list(big)[-3:], next(reversed(big)))
e = {1: 1}
e.clear()
e[2] = 2
print(e, e.popitem(), e)
