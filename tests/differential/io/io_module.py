# What the io module provides.
import io

print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE, io.open is open)
print(io.StringIO.__name__, io.BytesIO.__name__, io.StringIO.__module__, io.BytesIO.__module__)
print(io.UnsupportedOperation.__name__, io.UnsupportedOperation.__module__, [c.__name__ for c in io.UnsupportedOperation.__mro__])
print(io.TextIOWrapper.__name__, io.BufferedReader.__name__, io.BufferedWriter.__name__, io.FileIO.__name__)
import os
path = "io_module_test.tmp"
with io.open(path, "w") as f:
    print(type(f) is io.TextIOWrapper, f.write("text\n"))
with open(path, "rb") as f:
    print(type(f) is io.BufferedReader, f.read())
with open(path, "r") as f:
    try:
        f.write("x")
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
os.remove(path)
from io import StringIO, BytesIO
print(StringIO("a").read(), BytesIO(b"b").read())
