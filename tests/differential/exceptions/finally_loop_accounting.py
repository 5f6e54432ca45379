# finally blocks inside loops execute on every exit path; count them precisely.
counts = {"try": 0, "finally": 0, "else": 0, "except": 0}

def body(i):
    if i % 4 == 1:
        raise ValueError(i)
    if i % 4 == 2:
        return "continue"
    if i == 11:
        return "break"
    return "normal"

for i in range(20):
    try:
        counts["try"] += 1
        action = body(i)
        if action == "continue":
            continue
        if action == "break":
            break
    except ValueError:
        counts["except"] += 1
    else:
        counts["else"] += 1
    finally:
        counts["finally"] += 1
print("stopped at", i, counts)

# while loop with nested try/finally and a counter that must balance
depth = 0
max_depth = 0
trace = []
n = 0
while n < 6:
    n += 1
    depth += 1
    try:
        max_depth = max(max_depth, depth)
        try:
            depth += 1
            max_depth = max(max_depth, depth)
            if n == 3:
                continue
            if n == 5:
                raise KeyError(n)
            trace.append(n)
        finally:
            depth -= 1
    except KeyError as e:
        trace.append("K%s" % e)
    finally:
        depth -= 1
print(trace, "depth", depth, "max", max_depth)
