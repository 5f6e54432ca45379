# break and continue inside finally override pending exceptions and returns.
def brk():
    for i in range(5):
        try:
            print("iter", i)
            raise ValueError(i)
        finally:
            if i < 2:
                continue  # swallows the ValueError
            break  # swallows it too and leaves the loop
    return "broke at %d" % i

try:
    print(brk())
except ValueError as e:
    print("escaped", e)

def cont():
    seen = []
    for i in range(4):
        try:
            if i % 2:
                raise KeyError(i)
            seen.append(i)
        finally:
            continue
    return seen
print("cont", cont())

def while_break():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return "returned"
        finally:
            if n == 3:
                print("overriding return with break")
                break
    return "after loop n=%d" % n
print(while_break())

# Nested finally each running during a break
for i in range(2):
    try:
        try:
            break
        finally:
            print("inner finally", i)
    finally:
        print("outer finally", i)
print("done", i)
