# Nested try statements: which handler catches what, and finally order.
def run(kind):
    out = []
    try:
        out.append("outer-try")
        try:
            out.append("inner-try")
            if kind == "value":
                raise ValueError
            if kind == "key":
                raise KeyError
            if kind == "type":
                raise TypeError
        except ValueError:
            out.append("inner-except-value")
        finally:
            out.append("inner-finally")
        out.append("between")
    except KeyError:
        out.append("outer-except-key")
    finally:
        out.append("outer-finally")
    return out

for kind in ["none", "value", "key", "type"]:
    try:
        print(kind, run(kind))
    except TypeError:
        print(kind, "TypeError escaped")

# Deep nesting with re-raise at each level
def deep():
    try:
        try:
            try:
                raise LookupError("deep")
            except LookupError as e:
                print("level3", e)
                raise
        except LookupError as e:
            print("level2", e)
            raise RuntimeError("converted") from e
    except RuntimeError as e:
        print("level1", e, "cause", repr(e.__cause__))
        return "done"
print(deep())

# Try inside a loop inside a try
total = 0
try:
    for x in [1, 2, "3", 4, None]:
        try:
            total += x
        except TypeError:
            total += int(x)
except TypeError as e:
    print("gave up at None:", e)
print("total", total)
