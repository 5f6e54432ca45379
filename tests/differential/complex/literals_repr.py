# Imaginary literals and repr/str of complex numbers, signed zeros, inf and nan.
print(1j, 2.5J, -1j, 0j, -0j, 1e3j, 1.5e-7j, 10000000000000000.0j, 1e16j)
print(1 + 2j, 1 - 2j, -1 + 0j, -1 - 0j, 0.5 + 0.25j, 1e20 + 1e-20j)
print(repr(3 + 4j), str(3 + 4j), repr(1j), str(-2.5j))
inf = float("inf")
nan = float("nan")
for re, im in [(0.0, 0.0), (-0.0, 0.0), (0.0, -0.0), (-0.0, -0.0), (1.0, -0.0), (-1.0, 0.0),
               (inf, 0.0), (0.0, inf), (-inf, -inf), (nan, 1.0), (1.0, nan), (nan, nan), (0.0, nan),
               (123456789.0, 0.1), (1e-5, 1e16), (2.0, 3.0)]:
    z = complex(re, im)
    print(repr(z), str(z), z.real, z.imag)
print([1j, 2 + 3j], (1j,), {1j: "a"})
print(type(1j), type(1j).__name__, isinstance(1j, complex), isinstance(1, complex), isinstance(1.0, complex))
print(f"{1+2j}", f"{1j!r}", "%s %r" % (1 - 1j, 2j))
print(-(1 + 2j), +(1 + 2j), -(0j), -complex(0.0, -0.0))
