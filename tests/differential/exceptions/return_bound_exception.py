# Returning (and keeping) the exception bound by `except ... as e`, which
# the handler unbinds on the way out.
def catch():
    try:
        raise ValueError("kept")
    except ValueError as e:
        return e

def catch_nested():
    try:
        raise OSError("outer")
    except OSError:
        try:
            raise KeyError("inner")
        except KeyError as e:
            return e

kept = catch()
print(repr(kept), repr(catch_nested()), repr(catch_nested().__context__))
values = [catch() for _ in range(3)]
print(values)
