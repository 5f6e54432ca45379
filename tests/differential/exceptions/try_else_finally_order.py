# Order of execution for try / except / else / finally in all combinations.
log = []

def run(fail, catch):
    log.clear()
    try:
        log.append("try")
        if fail:
            raise ValueError("v")
        log.append("try-end")
    except (ValueError if catch else KeyError):
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log[:]

for fail in (False, True):
    for catch in (False, True):
        try:
            print(fail, catch, run(fail, catch))
        except ValueError as e:
            print(fail, catch, "escaped", log)

# An exception raised in else is not handled by the same try's except clauses
def else_raises():
    try:
        pass
    except ZeroDivisionError:
        print("not here")
    else:
        print("in else")
        1 / 0
    finally:
        print("finally still runs")

try:
    else_raises()
except ZeroDivisionError as e:
    print("outer caught:", e)

# finally runs with return in try
def ret():
    try:
        return "from try"
    finally:
        print("finally before return")
print(ret())
