# Assertions that pass do nothing.
x = 5
assert x == 5
assert x > 0, "x must be positive"
assert [1], "non-empty list is truthy"
assert True
print("all asserts passed")
try:
    assert x < 0, "x is " + str(x)
except AssertionError as e:
    print("caught:", e)
try:
    assert False
except AssertionError as e:
    print("caught empty:", repr(str(e)), e.args)
try:
    assert 0, 42
except AssertionError as e:
    print("caught non-str message:", e, e.args)
