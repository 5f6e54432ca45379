# TypeError messages for unsupported operand types.
tests = [
    (1, "a"), ("a", 1), (1.5, "x"), ([1], (1,)), (None, 1), ({}, {}), ("s", None), (range(1), 1),
]
for a, b in tests:
    try:
        print(a + b)
    except TypeError as e:
        print("+", e)
try:
    print("a" - "b")
except TypeError as e:
    print("-", e)
try:
    print([1] * 2.0)
except TypeError as e:
    print("*", e)
try:
    print("ab" * "c")
except TypeError as e:
    print("*", e)
try:
    print(2 ** "x")
except TypeError as e:
    print("**", e)
try:
    print([] / 2)
except TypeError as e:
    print("/", e)
try:
    print(5 // None)
except TypeError as e:
    print("//", e)
try:
    print(5 % "x")
except TypeError as e:
    print("%", e)
try:
    print(1 << 1.0)
except TypeError as e:
    print("<<", e)
try:
    x = 1
    x += "s"
except TypeError as e:
    print("+=", e)
try:
    x = [1]
    x -= [1]
except TypeError as e:
    print("-=", e)
