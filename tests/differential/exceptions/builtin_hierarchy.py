# Relationships in the built-in exception hierarchy.
pairs = [
    (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (KeyError, LookupError),
    (IndexError, LookupError),
    (FileNotFoundError, OSError),
    (PermissionError, OSError),
    (UnboundLocalError, NameError),
    (NotImplementedError, RuntimeError),
    (RecursionError, RuntimeError),
    (UnicodeDecodeError, ValueError),
    (ModuleNotFoundError, ImportError),
    (StopIteration, Exception),
    (KeyboardInterrupt, Exception),
    (SystemExit, BaseException),
    (GeneratorExit, Exception),
    (BaseExceptionGroup, BaseException),
    (ExceptionGroup, Exception),
    (TimeoutError, OSError),
    (BrokenPipeError, ConnectionError),
    (IndentationError, SyntaxError),
    (bool, int),
]
for sub, sup in pairs:
    print(sub.__name__, "<", sup.__name__, issubclass(sub, sup))

print(EnvironmentError is OSError, IOError is OSError)
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in FileNotFoundError.__mro__])

# except Exception does not catch KeyboardInterrupt
try:
    try:
        raise KeyboardInterrupt("ki")
    except Exception:
        print("wrong")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e)

# Catching via the base class
for exc in (ZeroDivisionError("z"), OverflowError("o")):
    try:
        raise exc
    except ArithmeticError as e:
        print("arith:", type(e).__name__)
