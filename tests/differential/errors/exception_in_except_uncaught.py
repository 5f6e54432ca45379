# An exception raised while handling another: only the last one ends the program.
try:
    print("handling")
    1 / 0
except ZeroDivisionError:
    print("in handler")
    [1, 2, 3][10]
