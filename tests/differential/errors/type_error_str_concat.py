# str concatenation with a non-str: caught, then uncaught.
try:
    print("count: " + 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x" + None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x" + ["y"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] + (2,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print((1,) + [2])
except TypeError as e:
    print(type(e).__name__, e)
n = 3
print("n is " + str(n))
print("n is " + n)
