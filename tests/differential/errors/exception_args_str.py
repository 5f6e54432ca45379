# str() and args of exceptions raised by the runtime.
try:
    {}["k"]
except KeyError as e:
    print(repr(str(e)), e.args)
try:
    [][0]
except IndexError as e:
    print(repr(str(e)), e.args)
try:
    int("q")
except ValueError as e:
    print(repr(str(e)), e.args)
try:
    1 / 0
except ZeroDivisionError as e:
    print(repr(str(e)), e.args, repr(e))
try:
    undefined_name_here
except NameError as e:
    print(repr(str(e)), e.args)
err = ValueError("a", "b")
print(str(err), repr(err))
print(str(ValueError()), repr(ValueError()), repr(ValueError("x")))
