import sys
vals = [0, 1, -1, 7, -7, 3, -3, 2**47, -2**47, 2**48 - 1, -2**48, 2**48, 2**60, -2**60, 0.0, -0.0, 2.5, -2.5, float('nan'), float('inf'), True, False]
ops = [
    ("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
    ("/", lambda a, b: a / b), ("//", lambda a, b: a // b), ("%", lambda a, b: a % b),
    ("<<", lambda a, b: a << b), (">>", lambda a, b: a >> b), ("&", lambda a, b: a & b),
    ("|", lambda a, b: a | b), ("^", lambda a, b: a ^ b),
    ("<", lambda a, b: a < b), ("<=", lambda a, b: a <= b), ("==", lambda a, b: a == b),
    ("!=", lambda a, b: a != b), (">", lambda a, b: a > b), (">=", lambda a, b: a >= b),
]
for name, f in ops:
    out = []
    for a in vals:
        for b in vals:
            if name in ("<<",) and isinstance(b, int) and b > 100:
                continue
            try:
                r = f(a, b)
                out.append(repr(r))
            except Exception as e:
                out.append(type(e).__name__)
    print(name, " ".join(out))
for a in vals:
    print(repr(a), bool(a), "yes" if a else "no")
lst = [10, 20, 30]
tup = (1, 2, 3)
for i in (-4, -3, -1, 0, 2, 3, True, 2**60):
    for seq in (lst, tup):
        try:
            print(seq[i])
        except IndexError as e:
            print("IndexError", e)
    try:
        lst[i] = i
        print(lst)
    except IndexError as e:
        print("IndexError", e)
class L(list):
    def __getitem__(self, i):
        return ("sub", i)
print(L([1])[0])
x = 10
x //= 3
x %= 2
x <<= 5
x >>= 1
print(x, (-7) // 2, (-7) % 2, 7 // -2, 7 % -2, -2**48 // -1, (-2**48) * -1, 2**47 * 2, 2**47 * 4)
