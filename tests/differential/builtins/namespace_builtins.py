# globals() everywhere; locals(), vars() and dir() in module and class bodies.
x = 1
print("x" in globals(), globals() is globals())
def f():
    g = globals()
    g["made"] = 5
f()
print(made)
class C:
    a = 1
    print(sorted(k for k in locals() if not k.startswith("__")), [k for k in dir() if not k.startswith("__")])
print([k for k in dir() if not k.startswith("__")])
print(vars() is globals())
