# Returning False from __exit__ vs re-raising the exception inside __exit__.
class ReturnFalse:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        return False

class Reraise:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if ev is not None:
            raise ev

class Convert:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is KeyError:
            raise LookupError("converted") from ev

for cm in (ReturnFalse, Reraise, Convert):
    try:
        with cm():
            raise KeyError("orig")
    except LookupError as e:
        print(cm.__name__, "->", type(e).__name__, e,
              "| cause:", repr(e.__cause__), "| context:", repr(e.__context__))

# Exit that raises a different exception replaces a suppressed one
class Replace:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise TypeError("replacement for %s" % (et.__name__ if et else "nothing"))
for body_raises in (False, True):
    try:
        with Replace():
            if body_raises:
                raise OSError("original")
    except TypeError as e:
        print(e, "| context:", repr(e.__context__))

with Convert():
    raise KeyError("final")
