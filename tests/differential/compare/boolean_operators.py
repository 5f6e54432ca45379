# and / or return one of their operands and short-circuit.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, 0 or 0.0, "" or "default")
print([] and [1], [1] and [], None or [], None and 1)
print(True and False, True or False, not True and True, not (True and False))
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or None, 0 or "" or "x" or "y")


def side(tag, value):
    print("side", tag)
    return value


print(side("a", 0) and side("b", 1))
print(side("c", 1) and side("d", 2))
print(side("e", 1) or side("f", 2))
print(side("g", 0) or side("h", 0) or side("i", 3))
print(not side("j", []))
x = 5
print(x > 3 and x < 10, x > 3 and "yes" or "no", x > 30 and "yes" or "no")
print(type(1 and 2.5), type(0 or None), (1 or 2) + 10)
