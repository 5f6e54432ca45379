# Starred assignment targets in every position.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
*everything, = (7, 8, 9)
print(everything)
[x, *ys] = {"k1": 1, "k2": 2}
print(x, ys)

# The starred target is always a list
_, *t = (1, 2, 3)
print(type(t).__name__, t)
*s, = "xyz"
print(s)

# Works with any iterable, including generators and sets of one element
head, *tail = (n * n for n in range(5))
print(head, tail)
(only,) = {42}
print(only)

# In for loops
for name, *scores in [("ann", 9, 8, 7), ("bob", 5), ("cy",)]:
    print(name, scores, sum(scores))

# Swap and rotate
p, q, r = 1, 2, 3
p, q, r = q, r, p
print(p, q, r)
lst = [1, 2, 3, 4]
lst[0], *lst[1:3], lst[3] = "abcd"
print(lst)

# Targets can be attributes and subscripts, assigned left to right
class Obj:
    pass
o = Obj()
d = {}
o.a, d["k"], *o.rest = [10, 20, 30, 40]
print(o.a, d, o.rest)

# Assignment order: targets assigned left to right after the whole RHS is evaluated
i = 0
arr = [0, 0, 0]
i, arr[i] = 2, "set"
print(i, arr)
