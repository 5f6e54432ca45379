# Keyword-only parameters after * or *args.
def connect(host, *, port=80, secure):
    return host + ":" + str(port) + (" (secure)" if secure else "")


print(connect("a", secure=True))
print(connect("b", port=8080, secure=False))
print(connect(secure=False, host="c"))


def log(*messages, sep=" ", prefix):
    out = prefix
    for m in messages:
        out = out + sep + m
    return out


print(log("x", "y", prefix=">"))
print(log(prefix="#"))
print(log("a", "b", "c", sep="-", prefix="!"))
try:
    connect("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    connect("a", 81, secure=True)
except TypeError as e:
    print(type(e).__name__, e)
try:
    log("a")
except TypeError as e:
    print(type(e).__name__, e)
