# finally blocks run before an uncaught exception terminates the program.
def inner():
    try:
        print("inner try")
        return {"a": 1}["b"]
    finally:
        print("inner finally")


def outer():
    try:
        inner()
    finally:
        print("outer finally")


outer()
print("never")
