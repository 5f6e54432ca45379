# Membership tests with in / not in.
print(2 in [1, 2, 3], 4 in [1, 2, 3], 4 not in [1, 2, 3])
print("ell" in "hello", "" in "abc", "xyz" in "abc", "a" not in "bcd")
print(1 in (1, 2), (1, 2) in [(1, 2)], [1] in [[1], [2]])
print("k" in {"k": 1}, 1 in {"k": 1}, "k" not in {})
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(-3 in range(0, -10, -1), 1.0 in [1], True in [1], 1 in [True])
print(3.5 in range(10), 0 in [0.0], "1" in [1])
try:
    print(1 in "abc")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 in 5)
except TypeError as e:
    print(type(e).__name__, e)
