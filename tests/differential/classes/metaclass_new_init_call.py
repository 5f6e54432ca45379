# A metaclass with __new__, __init__ and __call__.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases],
              sorted(k for k in ns if not k.startswith("__")), kwargs)
        ns["added_by_meta"] = name.lower()
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", name, kwargs)
        super().__init__(name, bases, ns)
        cls.init_kwargs = kwargs

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        instance = super().__call__(*args, **kwargs)
        print("Meta.__call__ done")
        return instance


class Widget(metaclass=Meta, flavor="blue"):
    size = 3

    def __init__(self, w):
        print("Widget.__init__", w)
        self.w = w


print("--- class created")
w = Widget(7)
print(w.w, Widget.added_by_meta, Widget.init_kwargs)
print(type(Widget).__name__, type(w).__name__)


class Gadget(Widget):
    pass


print(type(Gadget).__name__, Gadget.added_by_meta, Gadget.init_kwargs)
g = Gadget(1)
print(isinstance(Widget, Meta), isinstance(w, Meta))


# __call__ that bypasses __init__
class NoInitMeta(type):
    def __call__(cls, *args):
        obj = cls.__new__(cls)
        obj.args = args
        return obj


class Raw(metaclass=NoInitMeta):
    def __init__(self):
        raise RuntimeError("never called")


r = Raw(1, 2)
print(type(r).__name__, r.args)
