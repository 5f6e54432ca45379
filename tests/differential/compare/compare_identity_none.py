# Comparing with None: == vs is, and truthiness.
values = [None, 0, 0.0, "", [], (), {}, False, "None", [None]]
for v in values:
    print(repr(v), v is None, v == None, v is not None, bool(v))
print(None == False, None is False, not None)
