# Tuples: creation, indexing, concatenation, immutability, repr.
t = (1, "two", 3.0)
print(t, len(t), t[0], t[-1], t[1:])
print((), (1,), (1, 2), ((1,),), tuple(), tuple("ab"), tuple([1, 2]))
single = 5,
print(single, type(single).__name__, len(single))
print((1, 2) + (3,), (0,) * 3, (1, 2) * 0, 2 * ("a",))
nested = (1, (2, (3, (4,))))
print(nested, nested[1][1][1][0])
a, b, c = t
print(a, b, c)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(t[3])
except IndexError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
lt = ([1], [2])
lt[0].append(10)
print(lt)
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1,) + ())
