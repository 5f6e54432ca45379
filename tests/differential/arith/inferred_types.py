# Arithmetic whose operand types the compiler can infer.
def f(n):
    s = 0.0
    x = 1.5
    for i in range(n):
        s = s + x * x - 0.25 / x
        if s > 100.0:
            s = s / 3.0
    t = 2
    t = t * 3 + 1
    b = True
    b = b & False
    c = b | True
    u = -x
    return s, t, b, c, u, s != s, 0.0 == -0.0

print(f(50))
nan = float("nan")
z = 0.0
print(z / 1.0, -z, z == 0, nan == nan, nan != nan, 1.0 / 3.0)
try:
    q = 1.0
    q = q / z
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
w = 3.0
while w:
    w = w - 1.0
print(w, bool(w), not w)
s = "a"
s = s + "b"
print(s * 2, [1] + [2], (1,) + (2,))
k = 2 ** -1
print(k, 2 ** 10, 2.0 ** 0.5, (-8) ** (1/3) if False else 0)
