# Rich comparisons, reflected fallbacks and NotImplemented.
log = []


class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "V(%d)" % self.n

    def __eq__(self, other):
        log.append("V.__eq__")
        if isinstance(other, V):
            return self.n == other.n
        return NotImplemented

    def __lt__(self, other):
        log.append("V.__lt__")
        if isinstance(other, V):
            return self.n < other.n
        if isinstance(other, int):
            return self.n < other
        return NotImplemented

    def __gt__(self, other):
        log.append("V.__gt__")
        if isinstance(other, V):
            return self.n > other.n
        if isinstance(other, int):
            return self.n > other
        return NotImplemented


def check(label, fn):
    log.clear()
    try:
        r = fn()
    except TypeError as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, r, log)


check("V1<V2", lambda: V(1) < V(2))
check("V1>V2", lambda: V(1) > V(2))
check("V<int", lambda: V(1) < 5)
check("int<V", lambda: 5 < V(1))  # reflected: V.__gt__(5)
check("int>V", lambda: 5 > V(1))
check("V==V", lambda: V(1) == V(1))
check("V!=V", lambda: V(1) != V(2))  # __ne__ inverts __eq__
check("V==str", lambda: V(1) == "x")  # falls back to identity
check("V!=str", lambda: V(1) != "x")
check("V<=V", lambda: V(1) <= V(2))  # no __le__ / __ge__
check("V<str", lambda: V(1) < "s")
check("str>V", lambda: "s" > V(1))
check("sorted", lambda: sorted([V(3), V(1), V(2)]))
check("max", lambda: max([V(3), V(7), V(2)]))
check("in", lambda: V(2) in [V(1), V(2)])

class Sub(V):
    def __lt__(self, other):
        log.append("Sub.__lt__")
        return True
    def __gt__(self, other):
        log.append("Sub.__gt__")
        return True

# subclass reflected method takes priority
check("V<Sub", lambda: V(1) < Sub(2))
check("Sub<V", lambda: Sub(1) < V(2))
