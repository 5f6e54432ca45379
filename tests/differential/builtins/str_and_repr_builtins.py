# str() and repr() on the same values; they differ only for strings.
values = [1, -1.5, 2 ** 70, True, None, "text", "it's", "a\nb", [1, "x"], ("y",), {"k": "v"},
          range(1, 5), 0.1, float("inf")]
for v in values:
    print(str(v), "|", repr(v))
print(repr(repr("x")), str(str("x")), repr(str(1)), str(repr(1)))
print(str(), repr(""), repr(str()))
