# OSError errno/strerror/filename attributes and subclass selection by errno.
e = OSError(2, "No such file or directory")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.args)
print(str(e))

e = OSError(2, "No such file or directory", "missing.txt")
print(type(e).__name__, e.errno, e.filename)
print(str(e))

e = OSError(13, "Permission denied", "a", None, "b")
print(type(e).__name__, e.filename, e.filename2, e.args)
print(str(e))

e = OSError("just a message")
print(e.errno, e.strerror, e.args, str(e))

e = FileNotFoundError("plain")
print(e.errno, e.strerror, str(e))

e = FileExistsError(17, "File exists")
print(e.errno, e.strerror, str(e))

e = OSError(11, "Resource temporarily unavailable")
print(type(e).__name__, isinstance(e, BlockingIOError))

e = OSError(999, "unknown errno")
print(type(e).__name__, e.errno)

try:
    raise FileNotFoundError(2, "No such file or directory", "data.csv")
except OSError as err:
    print("caught", type(err).__name__, err.errno, err.filename)
    print(err)

raise PermissionError(13, "Permission denied", "secret.key")
