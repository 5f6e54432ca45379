# __new__ returning an instance of another type: __init__ is not called.
class Other:
    def __init__(self):
        print("Other.__init__ called")
        self.tag = "other"


class Weird:
    def __new__(cls, flag):
        print("Weird.__new__", cls.__name__, flag)
        if flag == "other":
            return Other()
        if flag == "int":
            return 42
        if flag == "none":
            return None
        return super().__new__(cls)

    def __init__(self, flag):
        print("Weird.__init__", flag)
        self.flag = flag


w = Weird("normal")
print(type(w).__name__, w.flag)

o = Weird("other")
print(type(o).__name__, o.tag)

i = Weird("int")
print(type(i).__name__, i)

n = Weird("none")
print(n)


class Sub(Weird):
    def __init__(self, flag):
        print("Sub.__init__", flag)
        super().__init__(flag)


# __new__ returns instance of subclass of cls -> __init__ called
s = Sub("normal")
print(type(s).__name__, s.flag)


class ReturnsSub:
    def __new__(cls):
        return object.__new__(Child)

    def __init__(self):
        print("init on", type(self).__name__)


class Child(ReturnsSub):
    pass


c = ReturnsSub()
print(type(c).__name__)
