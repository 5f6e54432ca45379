# UnboundLocalError and NameError from scope rules at run time.
def reads_before_assign():
    print("start")
    value = value_source()
    return value

def value_source():
    return "ok"
print(reads_before_assign())

def shadowed():
    total = 1
    def inner():
        try:
            total += 1
        except UnboundLocalError as e:
            return "inner: " + str(e)
    return inner()
print(shadowed())

def conditional(flag):
    if flag:
        result = "set"
    return result

print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, e, isinstance(e, NameError))

def free_var_unassigned():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = "now assigned"
    return inner()
print(free_var_unassigned())

def deleted_local():
    x = 1
    del x
    return x
deleted_local()
