# if / elif / else chains, nesting and truthiness of conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"


for n in (-5, 0, 3, 42, 1000):
    print(n, classify(n))
for v in (0, 1, "", "x", [], [0], None, 0.0, -0.0, 0.1):
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 7
if x > 5:
    if x % 2 == 0:
        print("big even")
    else:
        print("big odd")
if x == 1: print("one")
elif x == 7: print("seven")
if x > 100:
    print("unreachable")
print("after")
