# A hand-written cached property: a non-data descriptor that stores into __dict__.
class cached:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print("  computing", self.name)
        value = self.func(obj)
        obj.__dict__[self.name] = value  # shadows the descriptor from now on
        return value


class Dataset:
    def __init__(self, values):
        self.values = values

    @cached
    def total(self):
        """Sum of values."""
        return sum(self.values)

    @cached
    def mean(self):
        return self.total / len(self.values)


d = Dataset([1, 2, 3, 4])
print(d.total, d.total)
print(d.mean, d.mean)
print(sorted(vars(d)))
d.values.append(10)
print(d.total, "(stale)")
del d.total  # invalidate
print(d.total)
print(type(Dataset.total).__name__, Dataset.total.__doc__, Dataset.mean.name)
d.total = 999  # assignment just writes the instance dict
print(d.total)
e = Dataset([5])
print(e.mean, sorted(vars(e)))
try:
    del e.nonexistent
except AttributeError as err:
    print(type(err).__name__, err)


# the same descriptor in a __slots__ class cannot cache
class Slotted:
    __slots__ = ("values",)

    def __init__(self):
        self.values = [1]

    @cached
    def total(self):
        return sum(self.values)


try:
    Slotted().total
except AttributeError as err:
    print(type(err).__name__, err)
