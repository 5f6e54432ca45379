# Collecting and spreading arguments: *args, **kwargs, keyword-only, positional-only.
def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, sorted(kwargs.items()))

print(f(1, c=3))
print(f(1, 2, 3, 4, 5, c=6))
print(f(*[1, 2, 3], c=0, e=5, **{"g": 7}))
print(f(**{"a": 1, "c": 3, "zzz": 9}))

def pos_only(a, b, /, c):
    return a, b, c
print(pos_only(1, 2, 3), pos_only(*"xy", c="z"))

# **kwargs can receive a key that is a positional-only parameter name
def po_kw(a, /, **kw):
    return a, kw
print(po_kw(1, a=2))

def passthrough(*args, **kwargs):
    return f(*args, **kwargs)
print(passthrough(10, c=20))

# Argument count errors
errors = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, c=3, a=4),
    lambda: pos_only(1, b=2, c=3),
    lambda: pos_only(1, 2),
    lambda: pos_only(1, 2, 3, 4),
    lambda: (lambda: 0)(1),
    lambda: (lambda x: 0)(),
    lambda: (lambda *, k: 0)(1),
    lambda: (lambda x, y: 0)(1, y=2, z=3),
]
for e in errors:
    try:
        e()
    except TypeError as err:
        print("TypeError:", err)
f(1, 2, 3)
