# f.__code__: names, counts and flags of compiled functions.
def co():
    zeta = 1; alpha = 2; mid = 3
    def inner():
        return zeta, alpha, mid
    return inner
fn = co()
print(fn.__code__.co_freevars, [c.cell_contents for c in fn.__closure__], co.__code__.co_cellvars)
print(co.__code__.co_varnames, co.__code__.co_name, co.__code__.co_argcount, fn.__code__.co_qualname)

def params(a, b=1, /, *args, c, **kw):
    x = 1
    for i in range(2):
        pass
    return x
code = params.__code__
print(code.co_varnames, code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_nlocals)
print(code.co_flags, code is params.__code__, type(code).__name__, code.co_firstlineno)

def gen():
    yield 1
def nest():
    def inner():
        pass
    class Q:
        def m(self): pass
    return inner.__code__.co_flags, Q.m.__code__.co_flags
print(gen.__code__.co_flags, (lambda: 0).__code__.co_flags, nest())
