# Errors for * and ** in calls name the callee as CPython does, and a
# lone *iterable is converted by the call.
class A:
    def m(self, *a, **k): return a, k
def f(*a, **k): return a, k
print(f(*[1, 2]), f(*(x for x in range(3))), A().m(*"ab", **{"z": 1}))
for call in [lambda: A().m(*5), lambda: A().m(**None), lambda: f(a=1, **{"a": 2}), lambda: len(*5),
             lambda: [].append(*5), lambda: print(*None), lambda: f(1, *5), lambda: f(**{1: 2}),
             lambda: (lambda: 0)(*5), lambda: A(*5), lambda: int(**{"x": 1}, **{"x": 2})]:
    try:
        call()
    except TypeError as e:
        print(e)
try:
    class C(**None): pass
except TypeError as e:
    print(e)
