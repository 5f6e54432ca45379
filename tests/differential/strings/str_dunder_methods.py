# Special methods called directly (the number-protocol ones, __add__ and
# friends, are not exposed as attributes yet for any built-in type).
s = "héllo"
print(s.__len__(), s.__getitem__(1), s.__contains__("ll"))
print(s.__eq__("héllo"), s.__lt__(1), s.__getnewargs__(), s.__hash__() == hash(s))
print("".__sizeof__(), "abc".__sizeof__(), "ā".__sizeof__(), "😀".__sizeof__(), "a😀".__sizeof__())
print(s.__iter__().__next__(), s.__str__(), s.__repr__(), s.__format__(">7"), str.__new__(str, 5))

def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: s.__contains__(1))
check(lambda: "a" * 1.5)
check(lambda: "a" + 1)
check(lambda: 1 + "a")
