# + - * / ** over a grid of complex values with signed zeros, huge values, infinities and NaNs
# (checks CPython's exact algorithms, including its ZeroDivisionError/OverflowError cases).
inf = float("inf")
nan = float("nan")
parts = [0.0, -0.0, 1.0, -2.5, 1e308, inf, nan]
values = [complex(a, b) for a in parts for b in parts] + [0, -3, 2.5, -0.0]


def apply(x, y, op):
    try:
        if op == "+":
            return repr(x + y)
        if op == "-":
            return repr(x - y)
        if op == "*":
            return repr(x * y)
        if op == "/":
            return repr(x / y)
        return repr(x ** y)
    except (ZeroDivisionError, OverflowError) as e:
        return type(e).__name__ + ": " + str(e)


for x in values:
    for y in values:
        print(repr(x), repr(y), " | ".join(apply(x, y, op) for op in "+-*/^"))
for x in values:
    if isinstance(x, complex):
        try:
            a = abs(x)
        except OverflowError as e:
            a = type(e).__name__ + ": " + str(e)
        print(repr(x), a, -x, +x, x == x, bool(x), x.conjugate())
