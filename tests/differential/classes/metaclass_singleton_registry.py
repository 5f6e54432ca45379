# Metaclass __call__ implementing per-class singletons and an instance registry.
class SingletonMeta(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in SingletonMeta._instances:
            print("  creating", cls.__name__, args)
            SingletonMeta._instances[cls] = super().__call__(*args, **kwargs)
        else:
            print("  reusing", cls.__name__)
        return SingletonMeta._instances[cls]


class Config(metaclass=SingletonMeta):
    def __init__(self, env="dev"):
        self.env = env


class Logger(metaclass=SingletonMeta):
    def __init__(self):
        self.lines = []


c1 = Config("prod")
c2 = Config("test")
print(c1 is c2, c1.env)
l1 = Logger()
l1.lines.append("x")
print(Logger().lines, Logger() is l1, Config() is l1)
print(sorted(k.__name__ for k in SingletonMeta._instances))


class TrackingMeta(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.instances = []

    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        cls.instances.append(obj)
        return obj


class Node(metaclass=TrackingMeta):
    def __init__(self, n):
        self.n = n


class Leaf(Node):
    pass


for i in range(3):
    Node(i)
Leaf(10)
print([n.n for n in Node.instances], [n.n for n in Leaf.instances])

# exception in __init__ propagates through metaclass __call__ and nothing is tracked
class Bad(Node):
    def __init__(self, n):
        raise ValueError("bad node %d" % n)
try:
    Bad(1)
except ValueError as e:
    print(type(e).__name__, e, len(Bad.instances))
