# bool is an int subclass: arithmetic on bools produces ints.
print(True + True, True - False, True * 7, True / 2, True // 2, True % 2)
print(False ** 0, True ** 10, -True, True + 1.5)
print(sum([True, True, False, True]))
print(True == 1, False == 0, True == 1.0, True is True)
print(str(True), repr(False), str(True + 0))
print(type(True + False), type(True and 3), True and 3, False or 0.0)
print(int(True), float(False), 10 * (3 > 2))
