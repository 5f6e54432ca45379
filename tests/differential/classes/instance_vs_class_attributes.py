# Class attributes vs instance attributes, shadowing and mutation.
class Counter:
    count = 0
    shared = []

    def __init__(self, name):
        self.name = name
        Counter.count += 1

    def add(self, item):
        self.shared.append(item)


a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count)
print(sorted(a.__dict__.items()))
print("count" in a.__dict__, "count" in Counter.__dict__)

a.count = 100  # shadows the class attribute on a only
print(Counter.count, a.count, b.count)
print(sorted(a.__dict__))
del a.count
print(a.count)

a.add(1)
b.add(2)
print(Counter.shared, a.shared is b.shared)

a.shared = ["own"]
a.add(3)
print(a.shared, b.shared, Counter.shared)

Counter.count = 50
print(a.count, b.count)

# instance __dict__ manipulation
a.__dict__["extra"] = 42
print(a.extra)
a.__dict__.clear()
try:
    print(a.name)
except AttributeError as e:
    print(type(e).__name__, e)

# deleting a class attribute through an instance fails
try:
    del b.count
except AttributeError as e:
    print(type(e).__name__, e)

# class attribute added after instance creation is visible
Counter.late = "late"
print(b.late)
print(hasattr(b, "late"), hasattr(b, "never"))
