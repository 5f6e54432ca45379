# A method reads the enclosing function's variable even when the class body
# binds (or declares global) the same name; the class body sees its own.
def outer():
    z = "outer z"
    b = "outer b"
    class Inner:
        z = "class z"
        fs = [lambda: z for _ in range(1)]
        def get(self):
            return z, b
        w = z
    return Inner().get(), Inner.w, Inner.fs[0]()
print(outer())

def outer2():
    q = 1
    class K:
        global q
        q = 2
        def m(self):
            return q
    return K().m()
q = 0
print(outer2(), q)

# A function's own global declaration does hide an outer binding.
def outer3():
    g = "local g"
    def middle():
        global g
        def inner():
            return g
        return inner()
    return middle()
g = "global g"
print(outer3())
