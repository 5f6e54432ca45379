# AttributeError messages for missing attributes on instances, classes, modules.
class Foo:
    cls_attr = 1

    def __init__(self):
        self.inst = 2


f = Foo()


def show(fn):
    try:
        fn()
    except AttributeError as e:
        print(type(e).__name__, e)


show(lambda: f.x)
show(lambda: Foo.x)
show(lambda: Foo.inst)
show(lambda: (5).x)
show(lambda: "s".x)
show(lambda: None.x)
show(lambda: [].x)
show(lambda: object().x)
show(lambda: type.x)


def del_missing():
    del f.nothere
show(del_missing)


def del_cls_missing():
    del Foo.nothere
show(del_cls_missing)


def set_builtin():
    (5).x = 1
show(set_builtin)


def set_object():
    object().x = 1
show(set_object)


def set_on_builtin_type():
    int.x = 1
try:
    set_on_builtin_type()
except TypeError as e:
    print(type(e).__name__, e)

# getattr with default swallows AttributeError
print(getattr(f, "x", "default"), getattr(f, "inst", "default"))

# AttributeError has name and obj attributes in 3.12
try:
    f.missing
except AttributeError as e:
    print(e.name, type(e.obj).__name__, e.obj is f)

f.x
