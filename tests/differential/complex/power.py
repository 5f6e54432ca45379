# ** with complex operands: repeated multiplication for small integral
# exponents, polar form otherwise, and the overflow error.
z = 1 + 2j
for n in [0, 1, 2, 3, 7, 10, -1, -2, -5, 50, 100, 101]:
    print(n, z ** n)
for e in [0.5, 2.5, -0.5, 1j, 1 + 1j, -2j, 2.0, 3.0 + 0j, 100.0, -100.0]:
    print(e, z ** e)
print(1j ** 2, 1j ** 3, 1j ** 4, 1j ** 1j, (-1 + 0j) ** 0.5, 2 ** 1j, 2.0 ** (1 - 1j))
print((-8) ** (1 / 3), (-1) ** 0.5, (-2.0) ** 1.5, (-0.5) ** -0.5, 4 ** 0.5, (-8) ** 2.0)
print(pow(1 + 1j, 2), pow(2, 1j), pow(1j, -1))
nan = float("nan")
inf = float("inf")
print(complex(nan, nan) ** 0, complex(inf, 0) ** 0, complex(1, nan) ** 1)
for base, exp in [(10 + 10j, 400), (1e200 + 1e200j, 2), (2 + 0j, 1e4), (1e300j, 1.5), (complex(inf, 0), 2)]:
    try:
        print(base ** exp)
    except OverflowError as e:
        print(type(e).__name__, e)
for args in [(1j, 2, 3), (2, 1j, 3), (2, 3, 1j), (1.5, 1j, 2), (1j, 1.5, 2), (2, 3, 1.5), ("a", 2, 1.5), (1j, "a", 2)]:
    try:
        print(pow(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
