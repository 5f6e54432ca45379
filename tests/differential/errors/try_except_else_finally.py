# Flow through try / except / else / finally.
def attempt(x):
    try:
        print(" try", x)
        r = 10 // x
    except ZeroDivisionError:
        print(" except")
        r = None
    else:
        print(" else", r)
    finally:
        print(" finally")
    return r


print(attempt(5))
print(attempt(0))


def finally_with_return(x):
    try:
        if x:
            return "from try"
    finally:
        print(" finally runs before return")
    return "after"


print(finally_with_return(True))
print(finally_with_return(False))


def return_override():
    try:
        return 1
    finally:
        print(" overriding")
        return 2


print(return_override())
for i in range(3):
    try:
        if i == 1:
            continue
        print(" body", i)
    finally:
        print(" finally", i)
i = 0
while True:
    try:
        i += 1
        if i == 2:
            break
    finally:
        print(" loop finally", i)
print("done", i)
