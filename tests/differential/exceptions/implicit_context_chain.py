# Exceptions raised while handling another get __context__ set implicitly.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}["key"]
except KeyError as e:
    print("got", repr(e))
    print("context:", repr(e.__context__))
    print("cause:", e.__cause__)
    print("suppress:", e.__suppress_context__)

# Three-level chain
def level3():
    try:
        raise ValueError("one")
    except ValueError:
        try:
            raise TypeError("two")
        except TypeError:
            raise RuntimeError("three")

try:
    level3()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__ + ":" + str(cur))
        cur = cur.__context__
    print(" <- ".join(chain))

# Exception raised in finally gets the pending exception as context
try:
    try:
        raise ValueError("pending")
    finally:
        raise OSError("in finally")
except OSError as e:
    print(repr(e), "context", repr(e.__context__))

# No context when handler completed before raising
try:
    try:
        raise ValueError("done")
    except ValueError:
        pass
    raise KeyError("fresh")
except KeyError as e:
    print("fresh context:", e.__context__)

# Re-raising the same exception does not create a self-cycle
try:
    try:
        raise ValueError("self")
    except ValueError as e:
        raise e
except ValueError as e2:
    print("self context:", e2.__context__)
