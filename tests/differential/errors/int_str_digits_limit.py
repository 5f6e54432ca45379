# CPython 3.12 limits int<->str conversion of decimal numbers to 4300 digits.
n = 10 ** 4299
s = str(n)
print(len(s), s[:5], s[-3:])
print(int("9" * 4300) % 1000)
try:
    str(10 ** 4300)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
big = 2 ** 20000
print(big % 1000007, len(str(big % 10 ** 100)))
print(big)
