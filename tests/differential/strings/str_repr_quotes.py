# repr() picks quotes like CPython: prefers single quotes, switches if needed.
print(repr("plain"))
print(repr("it's"))
print(repr('say "hi"'))
print(repr("both ' and \""))
print(repr(""))
print(repr("'"), repr('"'), repr("'\""))
print(repr("back\\slash"))
print(str("it's"), str('say "hi"'))
print(["it's", 'say "hi"', "a'b\"c"])
print(("x",), {"k'": "v\""})
s = 'mixed \' and "'
print(s)
print(repr(s))
