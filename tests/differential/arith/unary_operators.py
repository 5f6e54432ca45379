# Unary +, -, ~ and not.
x = 5
print(-x, +x, ~x, not x, - -x, -(-x), --x, ~~x)
f = 2.5
print(-f, +f, not f, -0.0, +-0.0, -(0.0))
print(-True, +True, not True, -False)
print(not 0, not 1, not "", not "a", not [], not [0], not None)
print(type(-True), type(+True), type(not 1))
print(-2 ** 2, (-2) ** 2, -(2 ** 100))
try:
    print(-"s")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(+[1])
except TypeError as e:
    print(type(e).__name__, e)
