# TypeError for subscripting and calling non-subscriptable / non-callable values.
values = [5, 2.5, None, True]
for v in values:
    try:
        print(v[0])
    except TypeError as e:
        print(e)
for v in [5, "s", [1], None, (1,), {"a": 1}]:
    try:
        print(v())
    except TypeError as e:
        print(e)
try:
    x = 5
    x[0] = 1
except TypeError as e:
    print(e)
try:
    s = "abc"
    s[0] = "z"
except TypeError as e:
    print(e)
try:
    del "abc"[0]
except TypeError as e:
    print(e)
try:
    len = 3
    print(len("abc"))
except TypeError as e:
    print(e)
del len
print(len("abc"))
