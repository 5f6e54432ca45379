# Tuple unpacking: simple, nested, swap, from lists/strings/ranges.
a, b = 1, 2
print(a, b)
a, b = b, a
print("swapped", a, b)
x, y, z = [10, 20, 30]
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
m, (n, (o, pp)) = 1, (2, (3, 4))
print(m, n, o, pp)
c1, c2, c3 = "abc"
print(c1, c2, c3)
r1, r2 = range(2)
print(r1, r2)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
for k, v in [(1, "one"), (2, "two")]:
    print(k, v)
for i, (j, k) in [(0, (1, 2)), (3, (4, 5))]:
    print(i, j, k)
t = 5,
print(t)
(single,) = [42]
print(single)
[l1, l2] = (7, 8)
print(l1, l2)
