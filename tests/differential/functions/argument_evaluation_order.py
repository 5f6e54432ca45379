# Arguments are evaluated left to right, positional and keyword alike, before the call.
def trace(tag, value):
    print("eval", tag)
    return value


def show(a, b, c=0, *args, d=0, **kw):
    print("call", a, b, c, args, d, kw)


show(trace("1", 1), trace("2", 2))
show(b=trace("b", 2), a=trace("a", 1))
show(trace("p", 1), d=trace("d", 4), b=trace("b", 2), c=trace("c", 3))
show(*[trace("s1", 1), trace("s2", 2)], trace("x", 3), trace("y", 4), z=trace("z", 5))


def pick():
    print("eval callee")
    return show


pick()(trace("first arg", "A"), trace("second arg", "B"))
try:
    show(trace("only", 1), trace("dup", 2), b=trace("kw", 3))
except TypeError as e:
    print(type(e).__name__, e)
