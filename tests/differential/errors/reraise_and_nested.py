# Re-raising, nested try, exceptions inside except and finally.
def reraiser():
    try:
        [].pop()
    except IndexError as e:
        print("logging", e)
        raise


try:
    reraiser()
except IndexError as e:
    print("outer got", e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("converted")
except ValueError as e:
    print("got", e, "| context:", type(e.__context__).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError("chained") from z
except KeyError as e:
    print("cause:", type(e.__cause__).__name__, e.__cause__)
try:
    try:
        raise TypeError("inner")
    finally:
        print("finally during propagation")
except TypeError as e:
    print("after finally", e)
e = "before"
try:
    raise ValueError("v")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("except target is deleted:", err)
