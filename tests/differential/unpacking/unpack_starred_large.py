# Starred targets on larger inputs, equivalence with slicing, and star at every position.
data = list(range(20))
a, b, *mid, y, z = data
print(a, b, len(mid), mid[0], mid[-1], y, z)
print(mid == data[2:-2])

*front, last = data
print(len(front), last, front == data[:-1])

first, *back = data
print(first, len(back), back == data[1:])

# Every position for the star in a 4-target pattern, on exactly 3 items (star gets empty)
items = ("p", "q", "r")
*s, a, b, c = items
print(s, a, b, c)
a, *s, b, c = items
print(a, s, b, c)
a, b, *s, c = items
print(a, b, s, c)
a, b, c, *s = items
print(a, b, c, s)

# Star target from a long generator consumes everything
def squares(n):
    for i in range(n):
        yield i * i
head, *tail = squares(1000)
print(head, len(tail), tail[-1])

# Strings split into characters
first_char, *middle_chars, last_char = "unpacking"
print(first_char, "".join(middle_chars), last_char)

# Too few for a starred pattern with several fixed targets
try:
    a, b, *c, d, e = [1, 2, 3]
except ValueError as err:
    print("ValueError:", err)
try:
    *a, b = []
except ValueError as err:
    print("ValueError:", err)
a, *b, c, d, e, f = range(4)
