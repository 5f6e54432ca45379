# An exception raised several calls deep propagates to the top level.
def level3(x):
    if x > 2:
        raise ValueError("x too large: " + str(x))
    return x


def level2(x):
    return level3(x) * 2


def level1(x):
    print("level1", x)
    return level2(x) + 1


print(level1(1))
print(level1(2))
print(level1(3))
print("never")
