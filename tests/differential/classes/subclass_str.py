# Subclassing str: methods return plain str, overrides are honoured.
class Tag(str):
    def __new__(cls, value):
        return super().__new__(cls, value.lower().strip())

    def __repr__(self):
        return "Tag(%s)" % str.__repr__(self)

    def hashtag(self):
        return "#" + self


t = Tag("  Python ")
print(repr(t), str(t), t, len(t), t.hashtag())
print(type(t.upper()).__name__, type(t + "x").__name__, type(t[1:]).__name__, type(str(t)).__name__)
print(t == "python", "python" == t, t in {"python": 1}, hash(t) == hash("python"))
print(t.startswith("py"), t.replace("py", "PY"), t.split("t"), "-".join([t, t]))
print(f"{t}|{t!r}|{t:>10}|", "%s %r" % (t, t))
print(sorted([Tag("b"), Tag("A"), "c"]))


class CaseInsensitive(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()

    def __hash__(self):
        return hash(self.lower())

    def __contains__(self, sub):
        return sub.lower() in self.lower()


ci = CaseInsensitive("Hello World")
print(ci == "HELLO WORLD", ci != "hello world", "WORLD" in ci, "world" in str(ci).upper())
print({ci: 1}.get(CaseInsensitive("hello world")))
print(len(ci), ci.upper(), ci[0], ci * 2)


class Shouty(str):
    def __str__(self):
        return self.upper() + "!"

    def __len__(self):
        return 1000


s = Shouty("hi")
print(s, str(s), repr(s), len(s), "%s" % s, f"{s}", format(s))
print(str.__len__(s), "".join(s), list(s))
