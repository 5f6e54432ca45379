# IndexError messages for list, tuple, str, range.
lst = [1, 2, 3]
tup = (1, 2)
s = "ab"
r = range(4)
for idx in (3, -4, 100):
    try:
        print(lst[idx])
    except IndexError as e:
        print("list", idx, e)
    try:
        print(tup[idx])
    except IndexError as e:
        print("tuple", idx, e)
    try:
        print(s[idx])
    except IndexError as e:
        print("str", idx, e)
    try:
        print(r[idx])
    except IndexError as e:
        print("range", idx, e)
try:
    print(""[0])
except IndexError as e:
    print("empty str", e)
try:
    print(lst[2 ** 100])
except IndexError as e:
    print(type(e).__name__, e)
print(lst[-3], tup[-2], s[-2], r[-4])
print(isinstance(IndexError(), LookupError))
