# Late binding: closures created in loops see the final loop value.
funcs = []
for i in range(4):
    funcs.append(lambda: i)
print("late:", [f() for f in funcs])

i = 99
print("after rebinding i:", [f() for f in funcs])

# Fix 1: default argument
funcs = [lambda i=i: i for i in range(4)]
print("default:", [f() for f in funcs])

# Fix 2: factory function
def make(n):
    return lambda: n
funcs = [make(n) for n in range(4)]
print("factory:", [f() for f in funcs])

# Comprehension closures also bind late (they share the comprehension's cell)
funcs = [lambda: k for k in "abc"]
print("comprehension:", [f() for f in funcs])

# While loop with def
handlers = []
n = 0
while n < 3:
    def h():
        return n * 10
    handlers.append(h)
    n += 1
print("while:", [h() for h in handlers])

# Nested function in a loop inside a function: one cell for the loop variable
def build():
    out = []
    for x in range(3):
        def show():
            return x
        out.append(show)
    x = "changed"
    return out
print("in function:", [f() for f in build()])
a, b, c = build()
print("cells shared:", a.__closure__[0] is b.__closure__[0] is c.__closure__[0])
