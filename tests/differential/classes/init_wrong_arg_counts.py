# Error messages for wrong argument counts to __init__ and methods.
class Foo:
    def __init__(self, a):
        self.a = a

    def meth(self, x, y=1):
        return x + y

    def kwonly(self, *, k):
        return k


def show(fn):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)


show(lambda: Foo())
show(lambda: Foo(1, 2))
show(lambda: Foo(1, b=2))
show(lambda: Foo(1, a=2))
f = Foo(1)
show(lambda: f.meth())
show(lambda: f.meth(1, 2, 3))
show(lambda: f.meth(1, z=3))
show(lambda: f.kwonly(1))
show(lambda: f.kwonly())
show(lambda: Foo.meth(f))


class NoInit:
    pass


show(lambda: NoInit(1))
show(lambda: NoInit(x=1))


class OnlyNew:
    def __new__(cls):
        return super().__new__(cls)


show(lambda: OnlyNew(3))


class StaticM:
    @staticmethod
    def s(a, b):
        return a + b

    @classmethod
    def c(cls, a):
        return a


show(lambda: StaticM.s(1))
show(lambda: StaticM().s(1, 2, 3))
show(lambda: StaticM.c())
show(lambda: StaticM.c(1, 2))

Foo(1, 2, 3)
