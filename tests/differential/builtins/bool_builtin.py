# bool() conversion and bool as a type.
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(""), bool("False"))
print(bool([]), bool([[]]), bool(()), bool({}), bool(None), bool(range(0)), bool(range(2)))
print(bool(2 ** 100), bool(-0.0), bool(float("nan")), bool(True), bool(False))
print(type(bool(1)).__name__, bool(1) is True, bool(0) is False)
print(True, False, repr(True), str(False), True + 0)
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool))
print(int(True), float(True), str(True), True == 1, False == 0.0)
