# add_note / __notes__ (PEP 678).
e = ValueError("base")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
print(str(e), e.args)

try:
    e.add_note(123)
except TypeError as t:
    print("TypeError:", t)

def process(items):
    for i, item in enumerate(items):
        try:
            if item < 0:
                raise ValueError("negative: %d" % item)
        except ValueError as err:
            err.add_note("while processing index %d" % i)
            raise

try:
    process([1, 2, -3])
except ValueError as err:
    print(err, err.__notes__)

# __notes__ is a plain list that can be mutated or replaced
e2 = KeyError("k")
e2.add_note("a")
e2.__notes__.append("b")
print(e2.__notes__)
e2.__notes__ = ["replaced"]
e2.add_note("c")
print(e2.__notes__)

# Uncaught exception with notes: the last stderr line is the last note
err = RuntimeError("failing with notes")
err.add_note("note one")
err.add_note("final note line")
raise err
