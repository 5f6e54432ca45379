# Ordering comparisons between unrelated types raise TypeError; == returns False.
print(1 == "1", "1" != 1, None == 0, [] == (), None == None)
pairs = [(1, "a"), ("a", 1), (None, 1), ([1], (1,)), (1.5, "x"), ({}, {})]
for a, b in pairs:
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(3 >= None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x" > [1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 <= (1,))
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2] > "x")
