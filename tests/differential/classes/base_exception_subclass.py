# BaseException subclasses bypass `except Exception`.
class Shutdown(BaseException):
    pass


class Soft(Exception):
    pass


def run(exc):
    try:
        try:
            raise exc
        except Exception as e:
            return "caught by Exception: " + type(e).__name__
    except BaseException as e:
        return "caught by BaseException: " + type(e).__name__


print(run(Soft()))
print(run(Shutdown()))
print(run(KeyboardInterrupt()))
print(run(StopIteration()))
print(issubclass(Shutdown, Exception), issubclass(Shutdown, BaseException))
print([c.__name__ for c in Shutdown.__mro__])


class MultiBase(Soft, LookupError):
    pass


try:
    raise MultiBase("both")
except LookupError as e:
    print("LookupError handler got", type(e).__name__, e)


# finally clauses still run
def with_finally():
    try:
        raise Shutdown("stopping")
    finally:
        print("finally ran")


try:
    with_finally()
except Shutdown as e:
    print("outer caught", repr(e))

# exception groups with user classes
try:
    raise ExceptionGroup("group", [Soft("a"), MultiBase("b")])
except* LookupError as eg:
    print("except* LookupError:", [type(x).__name__ for x in eg.exceptions])
except* Soft as eg:
    print("except* Soft:", [str(x) for x in eg.exceptions])

raise Shutdown("uncaught shutdown")
