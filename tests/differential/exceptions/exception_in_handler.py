# Exceptions raised inside except and finally blocks.
def handler_raises():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")

try:
    handler_raises()
except TypeError as e:
    print(repr(e), "ctx:", repr(e.__context__))

def finally_raises():
    try:
        return "value"
    finally:
        raise RuntimeError("finally wins")

try:
    print(finally_raises())
except RuntimeError as e:
    print(repr(e), "ctx:", e.__context__)

def nested_handlers():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError as inner:
            print("inner ctx:", repr(inner.__context__))
        return "recovered"
print(nested_handlers())

# handler for one type does not catch its own raise
try:
    try:
        raise ValueError("v1")
    except ValueError:
        raise ValueError("v2")
    except Exception:
        print("sibling clause never runs")
except ValueError as e:
    print("outer:", e, "ctx:", e.__context__)

# Uncaught: exception in finally with a pending one
try:
    raise KeyError("pending")
finally:
    print("about to raise in finally")
    raise OSError("from finally")
