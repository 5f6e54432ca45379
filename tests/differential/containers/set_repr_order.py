# Set iteration and repr order matches CPython for the same operations.
s = set()
for w in "one two three four five six seven eight nine ten eleven twelve".split():
    s.add(w)
print(s)
for w in "two four six eight".split():
    s.remove(w)
print(s)
for w in "alpha beta gamma delta".split():
    s.add(w)
print(s)
print(list(s), sorted(s) == sorted(list(s)))
n = set()
for i in range(0, 200, 7):
    n.add(i * 31 % 97)
print(n)
n2 = {i * 8 for i in range(20)}
print(n2)
m = set(range(50))
while len(m) > 40:
    m.pop()
print(m)
m.update(range(100, 110))
print(m)
print(set([-1, -2, 2 ** 61, 2 ** 61 - 1, 2 ** 62, -(2 ** 61)]))
print(set([1.5, 2.5, 0.5, -0.5, float("inf")]))
print(set([(1, 2), (2, 1), (), (0,)]))
print(set([None, True, "x", 3.0, (1,)]))
a, b, c = 1, 9, 17
print({a, b, c, 25 + a - 1})
print(set("mississippi"), frozenset("abracadabra"))
