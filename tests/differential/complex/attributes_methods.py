# .real, .imag, .conjugate(), bool(), abs() and the methods of complex.
z = 3 - 4j
print(z.real, z.imag, type(z.real).__name__, z.conjugate(), (1j).conjugate(), complex(0, -0.0).conjugate())
print(abs(z), abs(1j), abs(-2 + 0j), abs(0j), abs(complex(3e200, 4e200)), abs(complex(1e-320, 1e-320)))
inf = float("inf")
nan = float("nan")
print(abs(complex(inf, nan)), abs(complex(nan, -inf)), abs(complex(nan, 1)))
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print(type(e).__name__, e)
print(bool(0j), bool(-0j), bool(1j), bool(complex(0, 0.0)), bool(complex(nan, 0)), not 1j)
print(z.__getnewargs__(), z.__complex__(), complex.__abs__(z), z.__format__(".1f"))
for attr in ["real", "imag"]:
    try:
        setattr(z, attr, 1)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    z.foo
except AttributeError as e:
    print(type(e).__name__, e)
print(1j.real, 1j.imag, (2 + 0j).real.is_integer())
if 1j:
    print("truthy")
print([x for x in (0j, 1j, 0j, 2) if x])
