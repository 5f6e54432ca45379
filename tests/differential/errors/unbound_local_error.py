# UnboundLocalError: a local read before assignment.
count = 10


def bad_increment():
    count += 1
    return count


def read_before_assign():
    print(value)
    value = 5


def conditional(flag):
    if flag:
        result = "set"
    return result


try:
    bad_increment()
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    read_before_assign()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(conditional(True))
try:
    conditional(False)
except NameError as e:
    print(type(e).__name__, e, isinstance(e, UnboundLocalError))


def deleted():
    v = 1
    del v
    return v


try:
    deleted()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(conditional(False))
