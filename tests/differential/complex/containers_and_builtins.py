# complex in containers and with built-in functions.
values = [3 + 4j, 1j, -2, 0.5, 1 - 1j, 3 + 4j]
print(sorted(values, key=abs), max(values, key=abs), min(values, key=lambda z: (abs(z), repr(z))))
print(sum(values), sum(v for v in values if isinstance(v, complex)), len(set(values)), values.count(3 + 4j))
print({1j: "a", 2j: "b"}[2j], 1j in [1, 1j], (1 + 0j) in {1}, 2 in {2 + 0j}, [z.conjugate() for z in values[:2]])
print(list(map(complex, ["1+1j", "2", "-3j"])), tuple(map(abs, [3 + 4j, -5j])), any([0j, 0j]), all([1j, 2]))
print(str([1j]), repr((1 + 2j,)), "%s|%r|%5s" % (1j, 2 + 0j, 1j), "{}|{!r}|{:>8}".format(1j, 1j, 1j))
print(divmod(7, 2), round(abs(1 + 1j), 3), pow(1j, 2), pow(-8, 1 / 3), (-1) ** 0.5)
try:
    sorted([1j, 2j])
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1j, 2j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1j)
except TypeError as e:
    print(type(e).__name__, e)
print(bool(complex()), complex.__name__, complex.__doc__.splitlines()[0], type(complex) is type)
