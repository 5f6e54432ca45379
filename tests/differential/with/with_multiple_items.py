# Multiple context managers in one with statement: enter left-to-right, exit right-to-left.
class CM:
    def __init__(self, name, log, fail_enter=False, suppress=False):
        self.name, self.log = name, log
        self.fail_enter, self.suppress = fail_enter, suppress
    def __enter__(self):
        self.log.append("enter " + self.name)
        if self.fail_enter:
            raise RuntimeError("cannot enter " + self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        self.log.append("exit %s(%s)" % (self.name, et.__name__ if et else ""))
        return self.suppress

log = []
with CM("a", log) as a, CM("b", log) as b, CM("c", log) as c:
    log.append("body %s%s%s" % (a, b, c))
print(log)

log = []
try:
    with CM("a", log), CM("b", log, fail_enter=True), CM("c", log):
        log.append("body")
except RuntimeError as e:
    log.append("caught: " + str(e))
print(log)

log = []
try:
    with CM("a", log), CM("b", log, suppress=True), CM("c", log):
        raise ValueError("x")
    log.append("after with")
except ValueError:
    log.append("not reached")
print(log)

# Parenthesised form (3.10+), with trailing comma
log = []
with (
    CM("p", log) as p,
    CM("q", log) as q,
):
    log.append("body " + p + q)
print(log)

# Equivalent nested form
log = []
with CM("x", log):
    with CM("y", log):
        log.append("nested body")
print(log)

# A later manager's expression is evaluated after the earlier one is entered
log = []
def make(name):
    log.append("make " + name)
    return CM(name, log)
with make("m1"), make("m2"):
    pass
print(log)
