# splitlines argument handling: keepends is any truthy value.
text = "one\ntwo\r\nthree"
print(text.splitlines(0), text.splitlines(2), text.splitlines("x"), text.splitlines(""), text.splitlines([]))
print(text.splitlines(keepends=1.5), text.splitlines(None))

def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: text.splitlines(True, False))
check(lambda: text.splitlines(keep=True))
check(lambda: text.splitlines(True, keepends=True))
