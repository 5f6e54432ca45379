# Comparisons between bytes, bytearray and memoryview; hashing as CPython.
pairs = [(b"abc", b"abd"), (b"abc", b"abc"), (b"ab", b"abc"), (b"", b"\x00"), (b"\xff", b"\x00\x01")]
for x, y in pairs:
    print(x == y, x != y, x < y, x <= y, x > y, x >= y)
    print(bytearray(x) == y, x == bytearray(y), bytearray(x) < y, x < bytearray(y), bytearray(x) >= bytearray(y))
    print(memoryview(x) == y, x == memoryview(y), bytearray(x) == memoryview(y))

print(b"a" == "a", "a" == b"a", b"a" != "a", bytearray(b"a") == "a", b"1" == 1)
for op in ["<", "<=", ">", ">="]:
    for left, right in [(b"a", "a"), (bytearray(b"a"), "a"), (b"a", 1), (memoryview(b"a"), b"a")]:
        try:
            if op == "<":
                print(left < right)
            elif op == "<=":
                print(left <= right)
            elif op == ">":
                print(left > right)
            else:
                print(left >= right)
        except TypeError as e:
            print("TypeError", e)

# Hashes equal CPython's (PYTHONHASHSEED is fixed by the harness).
for s in [b"", b"a", b"abc", b"hello world", bytes(range(40))]:
    print(hash(s), hash(s) == hash(memoryview(s)))
print(hash(b"abc") == hash("abc"))
print(len({b"a", b"a", b"b", bytes(b"a")}))
d = {b"one": 1, b"two": 2}
print(d[b"one"], d.get(bytes([116, 119, 111])), sorted(d))
print(sorted([b"b", b"", b"a\x00", b"a", b"B"]))
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError", e)
try:
    {bytearray(b"x"): 1}
except TypeError as e:
    print("TypeError", e)
