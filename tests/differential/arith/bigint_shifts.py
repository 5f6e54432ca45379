# Shifts beyond 64 bits and on negatives.
print(1 << 64, 1 << 100, 1 << 0, 5 << 62, 255 << 60)
print(2 ** 100 >> 50, 2 ** 100 >> 100, 2 ** 100 >> 101, 2 ** 100 >> 1000)
print(-1 >> 1, -1 >> 100, -2 >> 1, -3 >> 1, -7 >> 2)
print(-(2 ** 100) >> 10, -(2 ** 100) >> 99, -(2 ** 100) - 1 >> 99)
print(-1 << 64, -5 << 70)
print((1 << 63) - 1, 1 << 63, -(1 << 63))
print(0 << 1000, 0 >> 5)
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1 >> -1)
except ValueError as e:
    print(type(e).__name__, e)
