# An exception in __enter__ means __exit__ is not called and the body does not run.
class Failing:
    def __init__(self, msg):
        self.msg = msg
    def __enter__(self):
        print("enter", self.msg)
        raise ConnectionError(self.msg)
    def __exit__(self, *a):
        print("exit should not run")
        return True

try:
    with Failing("db down"):
        print("body should not run")
except ConnectionError as e:
    print("caught:", e)

# Exception in __exit__ replaces the body's exception (and chains it)
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit sees", et.__name__ if et else None)
        raise RuntimeError("exit failed")

try:
    with BadExit():
        raise ValueError("body failed")
except RuntimeError as e:
    print("caught:", e, "| context:", repr(e.__context__))

try:
    with BadExit():
        pass
except RuntimeError as e:
    print("caught:", e, "| context:", e.__context__)

# Objects missing the protocol
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)

class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)

with Failing("uncaught"):
    pass
