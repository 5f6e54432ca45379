# Ints around the machine-word boundaries (2**48, 2**63, 2**127) behave
# like any other int: arithmetic, comparison, hashing, printing.
edges = [2**48 - 1, 2**48, 2**63 - 1, 2**63, 2**64, 2**127 - 1, 2**127, 2**128]
for e in edges:
    for v in (e, -e, -e - 1):
        print(v, v + 1, v - 1, v * 3, v // 7, v % 7, -v, ~v, abs(v), v >> 3, v << 2)
        print(v == v + 0, v < v + 1, v > v - 1, hash(v) == hash(v + 0), v & 0xFFFF, v | 1, v ^ 5)
        print(divmod(v, 13), divmod(v, -13), pow(v, 2), v / 3, float(v), int(float(v)) == v)
m = -(2**63)
print(m // -1, m % -1, m * -1, -m, abs(m), m - 1, m + m)
big = 2**200
print(big // (2**63), big % (2**63 - 1), (2**63) * (2**63), (2**127) + (2**127))
total = 0
for i in range(100000):
    total += i * i * i
print(total, total.bit_length(), hash(total) == hash(total + 0))
print(sorted([2**64, -2**64, 2**63, 3, -(2**127), 2**100]))
print(2**63 == 2.0**63, 2**63 + 1 == 2.0**63, 2**64 > 1.8e19, 9007199254740993 == 9007199254740992.0)
