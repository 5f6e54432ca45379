# Class bodies do not create enclosing scopes for nested functions or comprehensions.
x = "global x"

class C:
    x = "class x"
    y = x + " (seen in class body)"
    def method(self):
        return x  # global, not the class attribute
    items = [x for _ in range(2)]  # comprehension: x is global here in 3.12
    first = [n * 2 for n in range(3)]  # the iterable part is evaluated in class scope

print(C.y)
print(C().method())
print(C.items)
print(C.first)

def outer():
    z = "outer z"
    class Inner:
        z = "class z"
        def get(self):
            return z  # enclosing function's z, class is skipped
        w = z
    return Inner().get(), Inner.w
print(outer())

# __class__ cell for zero-argument super
class Base:
    def hello(self):
        return "base hello"
class Derived(Base):
    def hello(self):
        return "derived+" + super().hello()
    def cls_name(self):
        return __class__.__name__
print(Derived().hello(), Derived().cls_name())

# Class body can read names from an enclosing function
def factory(value):
    class K:
        attr = value * 2
        def get(self):
            return value
    return K
K = factory(21)
print(K.attr, K().get())

class Counter:
    count = 0
    def incr(self):
        try:
            count += 1
        except UnboundLocalError as e:
            print("UnboundLocalError:", e)
        Counter.count += 1
Counter().incr()
print(Counter.count)
