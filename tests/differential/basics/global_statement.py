# The global statement.
counter = 0


def bump():
    global counter
    counter += 1
    return counter


def read_only():
    return counter * 10


def create_new():
    global fresh
    fresh = "created in function"


def shadow():
    counter = -1
    return counter


print(bump(), bump(), bump())
print(counter, read_only())
print(shadow(), counter)
create_new()
print(fresh)


def multi():
    global a1, a2
    a1 = 1
    a2 = 2


multi()
print(a1 + a2)
