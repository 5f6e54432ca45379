# yield from delegates iteration and returns the subgenerator's return value.
def inner(n):
    for i in range(n):
        yield "inner %d" % i
    return "inner done %d" % n

def outer():
    r1 = yield from inner(2)
    print("  got", r1)
    r2 = yield from inner(1)
    print("  got", r2)
    yield from ["list", "items"]
    yield from "ab"
    return "outer done"

g = outer()
while True:
    try:
        print(next(g))
    except StopIteration as e:
        print("final:", e.value)
        break

# yield from flattening recursion
def flatten(obj):
    if isinstance(obj, list):
        for item in obj:
            yield from flatten(item)
    else:
        yield obj
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))

# yield from a range, a dict (keys), a generator expression
def mixed():
    yield from range(3)
    yield from {"x": 1, "y": 2}
    yield from (c.upper() for c in "hi")
print(list(mixed()))

# Tree traversal with yield from
class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def walk(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.walk(depth + 1)
tree = Node("root", Node("a", Node("a1"), Node("a2")), Node("b"))
for depth, value in tree.walk():
    print("  " * depth + value)

# yield from a non-iterable
def bad():
    yield from 5
list(bad())
