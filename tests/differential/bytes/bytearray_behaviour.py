# Shared methods return bytearrays; comparisons, hashing and truth.
ba = bytearray(b"Hello, World")
results = [ba.upper(), ba.lower(), ba.replace(b"l", b"L"), ba.strip(b"Hd"), ba[1:5], ba.center(20), ba.zfill(15),
           ba.split(b", ")[0], ba.partition(b",")[2], ba.translate(None, b"lo"), ba.expandtabs(), ba.removeprefix(b"He"),
           ba.join([b"1", b"2"]), ba.title(), ba.capitalize(), ba.swapcase(), ba.ljust(3)]
for r in results:
    print(type(r).__name__, r)
print(ba.decode(), ba.decode("ascii"), str(ba, "utf-8"), ba.hex(), ba.count(b"l"), ba.isalpha())
print(ba == b"Hello, World", b"Hello, World" == ba, ba == bytearray(b"Hello, World"), ba != b"x", ba < b"Z", b"A" < ba)
print(bool(bytearray()), bool(bytearray(1)), len(bytearray(5)), bytearray(3) == b"\x00\x00\x00")
print(isinstance(ba, bytearray), isinstance(ba, bytes), issubclass(bytearray, bytes))
try:
    hash(ba)
except TypeError as e:
    print("TypeError", e)
try:
    {ba}
except TypeError as e:
    print("TypeError", e)
print(bytearray("caf\u00e9", "utf-8"), bytearray(b"x", ), bytearray([1, 2]), bytearray(range(3)), bytearray(memoryview(b"mv")))
for bad in [lambda: bytearray("text"), lambda: bytearray(1.0), lambda: bytearray(-2), lambda: bytearray([256]),
            lambda: bytearray(b"x", "ascii"), lambda: bytearray(x=1), lambda: bytearray(1, 2, 3, 4), lambda: bytearray(errors="x")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(ord(bytearray(b"A")), ord(b"B"), bytearray(b"abc")[-1])
try:
    sum([bytearray(b"a")], bytearray())
except TypeError as e:
    print("TypeError", e)
