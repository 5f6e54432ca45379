# A module-level function rebound at run time: calls must reach the new
# binding (Molt calls known functions directly, guarded by identity).
def f(x):
    return x + 1


def g(x):
    return x * 100


def call_f(v):
    return f(v)


print(call_f(1))
original = f
f = g
print(call_f(2))
f = original
print(call_f(3))


def f(x):
    return -x


print(call_f(4))
del f
try:
    call_f(5)
except NameError as e:
    print("NameError", e)
f = len
print(call_f([1, 2, 3]))
