# Indexing by code point, negative indices, sequential walks, errors.
s = "aé😀z\u0800"
print([s[i] for i in range(len(s))], [s[-i] for i in range(1, len(s) + 1)], len(s))
long = "ab😀é" * 2000
acc = 0
for i in range(len(long)):
    acc = (acc * 31 + ord(long[i])) % 1000003
for i in range(len(long) - 1, -1, -7):
    acc = (acc * 31 + ord(long[i])) % 1000003
print(acc, long[4001], long[-4001], "".join(reversed(long))[:5])
print([c for c in "x😀y"], list(reversed("x😀y")), "😀" in long, "é😀" in long, "zz" in long)

def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: s[5])
check(lambda: s[-6])
check(lambda: s[1.5])
check(lambda: s["x"])
check(lambda: s[2**70])
check(lambda: ""[0])
check(lambda: s[::0])
