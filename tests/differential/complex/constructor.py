# complex(): numbers, strings, keywords, __complex__/__float__/__index__ and errors.
print(complex(), complex(1), complex(2.5), complex(True), complex(1, 2), complex(1.5, -2.5))
print(complex(1j), complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(1, 1j), complex(2j, 3))
print(complex(real=1, imag=2), complex(imag=3), complex(real=4.5), complex(10 ** 20, 10 ** 20))
z = 3 + 4j
print(complex(z) is z, complex(-0.0, -0.0), complex(0.0, -0.0))


class C:
    def __complex__(self):
        return 5 - 6j


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 7


class CF(C, F):
    pass


print(complex(C()), complex(F()), complex(I()), complex(F(), I()), complex(CF()), complex(C(), 1))


class BadComplex:
    def __complex__(self):
        return 1.5


class Nothing:
    pass


for args in [(BadComplex(),), (Nothing(),), (1, Nothing()), ("1", 2), (1, "2"), ([],), (None,), (1, None),
             (1, 2, 3)]:
    try:
        print(complex(*args))
    except TypeError as e:
        print(type(e).__name__, e)
for kwargs in [{"real": 1, "x": 2}, {"imag": "1"}]:
    try:
        print(complex(**kwargs))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    complex(1, real=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
