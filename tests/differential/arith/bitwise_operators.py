# Bitwise operators on small ints and bools.
a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(6 & 3, 6 | 3, 6 ^ 3, ~6, ~-7, 1 << 10, 1024 >> 3)
print(True & False, True | False, True ^ True, False ^ True)
print(type(True & True), type(True & 1), True << 3)
print(0xFF & 0x0F, 0xF0 | 0x0F, 0xFF ^ 0xAA)
print(5 & -1, 5 | 0, 5 ^ 0, -1 ^ 0)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 1 << 2 + 1, (1 << 2) + 1)
try:
    print(1.0 & 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(~1.5)
except TypeError as e:
    print(type(e).__name__, e)
