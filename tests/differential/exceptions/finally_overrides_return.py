# return in finally overrides the try's return value and swallows exceptions.
def a():
    try:
        return 1
    finally:
        return 2
print("a", a())

def b():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print("b", b())

def c():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("from handler")
    finally:
        return "also swallowed"
print("c", c())

def d(x):
    # The return value expression is evaluated before finally runs
    try:
        return x.append("try") or list(x)
    finally:
        x.append("finally")
lst = []
print("d", d(lst), lst)

def e():
    count = 0
    try:
        count += 1
        return count
    finally:
        count += 100
        print("e finally count", count)
print("e", e())

def f():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return "end"
print("f", f())
