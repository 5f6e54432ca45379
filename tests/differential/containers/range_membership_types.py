# `in`, count and index on ranges with ints, bools, floats, int subclasses
# and unrelated objects (arithmetic for ints, scanning for the rest).
class MyInt(int):
    pass


class Eq3:
    def __eq__(self, other):
        return other == 3

    __hash__ = None


r = range(0, 20, 3)
print(3 in r, 4 in r, True in range(2), False in range(1, 3), 3.0 in r, 3.5 in r, MyInt(6) in r)
print(r.count(3), r.count(3.0), r.count(True), r.count(Eq3()), r.index(3.0), r.index(MyInt(9)), r.index(Eq3()))
try:
    r.index(4)
except ValueError as e:
    print("ValueError", e)
try:
    r.index(4.0)
except ValueError as e:
    print("ValueError", e)
print(-3 in range(0, -10, -3), -4 in range(0, -10, -3), range(0, -10, -3).index(-9), 10 ** 20 in range(10 ** 21))
print(None in r, "3" in r, [3] in r, Eq3() in r)
