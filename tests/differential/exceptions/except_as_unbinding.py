# The name bound by 'except ... as name' is deleted at the end of the handler.
e = "before"
print("e is", e)
try:
    raise ValueError("boom")
except ValueError as e:
    print("in handler:", repr(e))
try:
    print(e)
except NameError as err:
    print("NameError:", err)

def f():
    x = 1
    try:
        1 / 0
    except ZeroDivisionError as x:
        print("handler x:", type(x).__name__)
    try:
        return x
    except UnboundLocalError as u:
        return "unbound: " + str(u)

print(f())

# Saving the exception in another name keeps it alive.
saved = None
try:
    raise KeyError("k")
except KeyError as caught_key_error:
    saved = caught_key_error
print("saved:", repr(saved), saved.args)

# Deletion happens even when the handler exits via return
def g():
    try:
        raise TypeError("t")
    except TypeError as q:
        return "returned " + str(q)
print(g())
print("q" in dir())
# Using the deleted name at module level ends in an uncaught NameError
print(caught_key_error)
