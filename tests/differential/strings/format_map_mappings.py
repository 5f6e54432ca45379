# format_map reads names through the mapping's __getitem__.
print("{a} and {b}".format_map({"a": 1, "b": "two"}), "plain".format_map(None))

class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} is {age}".format_map(Default(name="Ann")))

class Lookup:
    def __getitem__(self, key):
        return key.upper()
print("{hello} {world!r:>8}".format_map(Lookup()))

def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: "{x}".format_map({}))
check(lambda: "{}".format_map({}))
check(lambda: "{0}".format_map([1]))
check(lambda: "{a}".format_map(None))
check(lambda: "{a}".format_map())
check(lambda: "{a}".format_map({}, {}))
