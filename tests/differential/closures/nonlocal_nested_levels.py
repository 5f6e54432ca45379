# nonlocal through several levels of nesting; nonlocal binds the nearest enclosing scope.
def level1():
    x = "L1"
    def level2():
        x = "L2"
        def level3():
            nonlocal x
            x = "L3 changed L2"
        level3()
        return x
    r = level2()
    return x, r
print(level1())

def skip_level():
    y = 0
    def middle():
        def inner():
            nonlocal y
            y += 10
            return y
        return inner()
    middle()
    middle()
    return y
print(skip_level())

def accumulate():
    total = 0
    log = []
    def add(n):
        nonlocal total
        total += n
        log.append(total)  # mutation needs no nonlocal
        return add
    add(1)(2)(3)
    return total, log
print(accumulate())

# nonlocal variable deleted then re-assigned
def deleter():
    v = 1
    def kill():
        nonlocal v
        del v
    def revive():
        nonlocal v
        v = "revived"
    def read():
        return v
    kill()
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)
    revive()
    return read()
print(deleter())
