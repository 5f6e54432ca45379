# Indexing and slicing of strings, including negatives, steps and out-of-range.
s = "abcdefghij"
print(s[0], s[9], s[-1], s[-10], s[3])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:-1] == "")
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], repr(s[10:]))
print(s[-100:100], s[::3], s[::-3], s[9:0:-3])
print(s[1:-1:3], s[-1:-11:-1], s[-1::-4])
u = "日本語ab"
print(u[1], u[-1], u[1:4], u[::-1])
try:
    print(s[10])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(s[-11])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(s[::0])
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(s["1"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(s[1.0])
except TypeError as e:
    print(type(e).__name__, e)
