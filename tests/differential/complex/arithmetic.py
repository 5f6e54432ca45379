# Complex arithmetic with ints, floats and complex numbers, CPython's algorithms.
a = 1 + 2j
b = 3 - 4j
print(a + b, a - b, a * b, a / b)
print(a + 1, 1 + a, a - 2.5, 2.5 - a, a * 3, 3 * a, a / 2, 2 / a, True + a, a * False)
print(a * 0.1, (0.1 + 0.2j) * (0.3 + 0.4j), (1e300 + 1e300j) * 2)
print((1e200 + 1e200j) / (1e200 + 1e200j), (1 + 1j) / 1e-300, 1 / (1e-300 + 0j))
print((5 + 0j) / (0 + 1j), (1 + 2j) / (1e-10 + 1e10j), (3 + 4j) / (-2 - 0j))
x = 2j
x += 1
x *= 1 - 1j
x -= 0.5
x /= 2
print(x)
print(sum([1j, 2, 3.5, 4 - 1j]), sum([0.5j] * 4, 1j))
print(2 ** 0.5 * 1j, (10 ** 20) * 1j, 1j * (2 ** 53 + 1))
# operators complex does not support
for op in ["//", "%", "<<", "&"]:
    try:
        if op == "//":
            a // 2
        elif op == "%":
            a % 2
        elif op == "<<":
            a << 1
        else:
            a & 1
    except TypeError as e:
        print(type(e).__name__, e)
try:
    divmod(a, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~a
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * a
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + 10 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
