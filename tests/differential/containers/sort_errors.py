# Exceptions during sorting: from comparisons, key functions, and list
# mutation during the sort; the list's state afterwards matches CPython.


class Boom(Exception):
    pass


class Fragile:
    budget = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Fragile.budget -= 1
        if Fragile.budget < 0:
            raise Boom("out of comparisons")
        return self.v < other.v

    def __repr__(self):
        return "F%d" % self.v


for budget in (0, 1, 5, 20, 60, 200):
    Fragile.budget = budget
    data = [Fragile((i * 37) % 101) for i in range(101)]
    try:
        data.sort()
        print(budget, "sorted")
    except Boom as e:
        print(budget, "Boom", e, [f.v for f in data][:25], len(data))

Fragile.budget = 30
data = [Fragile((i * 13) % 50) for i in range(50)]
try:
    data.sort(reverse=True)
except Boom:
    print("reverse partial", [f.v for f in data])


def bad_key(x):
    if x == 7:
        raise ValueError("bad key %d" % x)
    return -x


lst = list(range(10))
try:
    lst.sort(key=bad_key)
except ValueError as e:
    print("key error", e, lst)

try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)

try:
    sorted([3, 1, None])
except TypeError as e:
    print("TypeError", e)

# Mutation during sort.
victim = [5, 3, 1, 4, 2]


def mutating_key(x):
    victim.append(x)
    return x


try:
    victim.sort(key=mutating_key)
except ValueError as e:
    print("ValueError", e, victim)

seen = []
victim2 = [3, 2, 1]


def peek_key(x):
    seen.append(list(victim2))
    return x


victim2.sort(key=peek_key)
print("list seen during sort", seen, victim2)


class Clearer:
    def __init__(self, v, lst):
        self.v = v
        self.lst = lst

    def __lt__(self, other):
        self.lst.append(1)
        self.lst.clear()
        return self.v < other.v


holder = []
holder.extend(Clearer(v, holder) for v in (3, 1, 2))
try:
    holder.sort()
except ValueError as e:
    print("ValueError", e, [c.v for c in holder])

# Argument errors.
for call in (lambda: [].sort(1), lambda: [].sort(foo=1), lambda: sorted(), lambda: sorted([1], None),
             lambda: sorted([1], foo=2), lambda: sorted(5), lambda: [2, 1].sort(key=5)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
print(sorted([2, 1], key=None), sorted([1, 2], reverse=1), sorted([1, 2], reverse=[]))
