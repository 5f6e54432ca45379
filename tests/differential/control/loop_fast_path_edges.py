# Inline loop fast paths must keep CPython's iteration semantics.
lst = [1, 2, 3]
for x in lst:
    if x < 4:
        lst.append(x + 10)
print(lst)
lst = [1, 2, 3, 4, 5, 6]
seen = []
for x in lst:
    seen.append(x)
    if x == 2:
        del lst[0]
print(seen, lst)
lst = [1, 2, 3]
for x in lst:
    lst.clear()
    print("once", x)
it = iter([1, 2, 3])
print(next(it))
for x in it:
    print("rest", x)
print(list(it), next(it, "done"))
for i in range(2**48 - 2, 2**48 + 2):
    print(i, type(i).__name__)
for i in range(2**70, 2**70 + 3):
    print(i)
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in range(-2**48 - 1, -2**48 + 2):
    print(i)
r = iter(range(3))
print(next(r), list(r), list(r))
t = (1, "a", None)
for v in t:
    print(v)
class L(list):
    def __iter__(self):
        yield "custom"
for v in L([1, 2]):
    print(v)
total = 0.0
for i in range(5):
    total += i * 0.5
print(total)
nested = [[1, 2], [3], []]
print([y for xs in nested for y in xs])
