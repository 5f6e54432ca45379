# Complex division and powers involving zero: CPython's ZeroDivisionError messages.
cases = [
    lambda: 1j / 0,
    lambda: 1j / 0.0,
    lambda: 1j / 0j,
    lambda: 1 / 0j,
    lambda: 2.5 / complex(0.0, -0.0),
    lambda: 0j / 0j,
    lambda: 0j ** -1,
    lambda: 0j ** -2.5,
    lambda: 0j ** 1j,
    lambda: 0 ** (1 + 1j),
    lambda: 0.0 ** -1j,
    lambda: (1e-200 + 0j) ** -2,
]
for f in cases:
    try:
        print(f())
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(0j ** 0, 0j ** 0j, 0j ** 2, 0j ** 2.5, (0 + 0j) / 1j, 0j / (1 + 1j))
x = 1j
try:
    x /= 0
except ZeroDivisionError as e:
    print(type(e).__name__, e, x)
