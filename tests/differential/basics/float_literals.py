# Float literal forms.
print(1.0, 1., .5, 0.0, 1e3, 1E3, 1e-3, 2.5e+2)
print(1_000.5, 1e1_0, 0.000_001)
print(3.14159, -2.5, 1e100, 1e-100)
print(1e308, 1e309, -1e309)
print(5e-324, 2.5e-324, 1e-400)
print(type(1.), type(1e0))
print(0.1 + 0.2)
print(100.0, 1e15, 1e16, 123456789012345678.0)
