# return, break and continue inside with blocks still call __exit__ (with None args).
class Tracker:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("  exit", self.name, et)
        return False

def early_return(flag):
    with Tracker("ret"):
        if flag:
            return "early"
        print("  body continues")
    return "late"

print(early_return(True))
print(early_return(False))

for i in range(4):
    with Tracker("loop %d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("  body", i)
print("loop done at", i)

# Return value is computed before __exit__ runs
class Mutator:
    def __init__(self, data):
        self.data = data
    def __enter__(self):
        return self.data
    def __exit__(self, *a):
        self.data.append("exit")
def ret_list():
    data = []
    with Mutator(data) as d:
        d.append("body")
        return list(d), d
copy, same = ret_list()
print(copy, same)

# Return inside with inside try/finally
def layered():
    try:
        with Tracker("layer"):
            return "from with"
    finally:
        print("  outer finally")
print(layered())

# __exit__ that suppresses cannot swallow a return
class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return True
def g():
    with Suppress():
        return 1
    return 2
print(g())
