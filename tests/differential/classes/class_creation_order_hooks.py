# Order of hooks during class creation: __prepare__, body, __new__, __set_name__,
# __init_subclass__, metaclass __init__, then class decorators.
log = []


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append("prepare " + name)
        return {}

    def __new__(mcls, name, bases, ns, **kw):
        log.append("meta new " + name + " (before type.__new__)")
        cls = super().__new__(mcls, name, bases, ns, **kw)
        log.append("meta new " + name + " (after type.__new__)")
        return cls

    def __init__(cls, name, bases, ns, **kw):
        log.append("meta init " + name)
        super().__init__(name, bases, ns)


class Desc:
    def __init__(self, label):
        log.append("Desc() " + label)
        self.label = label

    def __set_name__(self, owner, name):
        log.append("set_name " + owner.__name__ + "." + name)


class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        log.append("init_subclass " + cls.__name__ + " " + repr(kw))
        super().__init_subclass__()


def deco(cls):
    log.append("decorator " + cls.__name__)
    return cls


log.clear()


@deco
class Child(Base, flag=True):
    log.append("body start")
    a = Desc("a")
    b = Desc("b")
    log.append("body end")


for line in log:
    print(line)
print(type(Child).__name__)
