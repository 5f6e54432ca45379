# Unpacking an iterator takes only the items it needs, plus one to detect
# an excess.
def g():
    for i in range(5):
        print("y", i)
        yield i
try:
    a, b = g()
except ValueError as e:
    print(e)
it = iter([1, 2, 3])
try:
    a, b = it
except ValueError as e:
    print(e, list(it))
try:
    a, *b, c = 5
except TypeError as e:
    print(e)
try:
    (a, b), c = [1, 2], 3
    print(a, b, c)
    (a, b), c = [1], 3
except ValueError as e:
    print(e)
