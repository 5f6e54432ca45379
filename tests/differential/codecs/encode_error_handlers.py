# Error handlers when encoding to ASCII and Latin-1; runs of unencodable
# characters are reported together.
text = "a\u00e9\u00e8b\u20ac\U0001f600c"
for codec in ["ascii", "latin-1", "utf-8"]:
    for handler in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"]:
        try:
            print(codec, handler, text.encode(codec, handler))
        except UnicodeEncodeError as e:
            print(codec, handler, type(e).__name__, e)
            print(" ", e.encoding, ascii(e.object), e.start, e.end, e.reason)
print("plain".encode("ascii", "no-such-handler"))
try:
    text.encode("ascii", "no-such-handler")
except LookupError as e:
    print(type(e).__name__, e)
try:
    "\u20ac".encode("latin-1")
except UnicodeEncodeError as e:
    print(e)
try:
    "\U0001f600!".encode("ascii")
except UnicodeEncodeError as e:
    print(e, e.start, e.end)
try:
    "x\u00ff\u0100".encode("latin-1")
except UnicodeEncodeError as e:
    print(e)
e = UnicodeEncodeError("ascii", "ab\u00e9", 2, 3, "ordinal not in range(128)")
print(str(e), e.object, e.args)
for args in [(1,), ("utf-8", 1), (None,)]:
    try:
        "x".encode(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "x".encode(encoding="utf-8", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
