# Reusable and reentrant context managers tracking nesting depth.
class Indent:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, *exc):
        self.level -= 1
        return False
    def say(self, text):
        print("    " * self.level + text)

ind = Indent()
ind.say("level 0")
with ind:
    ind.say("level 1")
    with ind:
        ind.say("level 2")
        with ind as again:
            again.say("level 3, same object: %s" % (again is ind))
    ind.say("back to 1")
ind.say("back to 0")

# Reused after an exception
try:
    with ind:
        with ind:
            raise RuntimeError("deep failure")
except RuntimeError as e:
    ind.say("recovered at level %d: %s" % (ind.level, e))

# A single-use manager refuses to be entered twice
class OneShot:
    def __init__(self):
        self.used = False
    def __enter__(self):
        if self.used:
            raise RuntimeError("OneShot already used")
        self.used = True
        return "token"
    def __exit__(self, *exc):
        return False

shot = OneShot()
with shot as tok:
    print("got", tok)
try:
    with shot:
        print("never")
except RuntimeError as e:
    print("RuntimeError:", e)
with shot:
    pass
