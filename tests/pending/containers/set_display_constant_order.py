# A set display of three or more constants is built by CPython's compiler
# as a frozenset constant (rebuilt once from its own iteration order when
# constants are merged) and then copied, so its layout can differ from
# adding the items in order. Molt builds displays item by item.
print({1, 9, 17, 25})
print({10 ** 6, 8, 16, 24, 32, 40, 1, 9, 17})
print({None, True, "x", 3.0, (1,)})
print({-1, -2, 2 ** 61, 2 ** 61 - 1, 2 ** 62, -(2 ** 61)})
