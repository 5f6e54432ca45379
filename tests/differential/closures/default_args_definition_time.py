# Default argument values are evaluated once, at definition time.
calls = []
def noisy(v):
    calls.append(v)
    return v

def f(a=noisy("default a"), b=noisy("default b")):
    return a, b

print("calls after def:", calls)
print(f(), f(1), calls)

# Mutable default is shared between calls
def append_to(x, target=[]):
    target.append(x)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)

# The None idiom
def safe_append(x, target=None):
    if target is None:
        target = []
    target.append(x)
    return target
print(safe_append(1), safe_append(2))

# Defaults capture the value, not the name
x = 10
def g(y=x):
    return y
x = 20
print(g(), x)

# __defaults__ and __kwdefaults__ can be inspected and replaced
def h(a, b=2, *, c=3, d=4):
    return a, b, c, d
print(h.__defaults__, sorted(h.__kwdefaults__.items()))
h.__defaults__ = (200,)
h.__kwdefaults__ = {"c": 300, "d": 400}
print(h(1))

# Defaults referencing earlier functions in a loop
fs = []
for i in range(3):
    def k(i=i, sq=i * i):
        return (i, sq)
    fs.append(k)
print([fn() for fn in fs])

def counter(_state={"n": 0}):
    _state["n"] += 1
    return _state["n"]
print(counter(), counter(), counter())
