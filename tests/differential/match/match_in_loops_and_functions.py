# match inside loops with break/continue/return, and guards that raise.
def first_command(lines):
    for line in lines:
        match line.split():
            case []:
                continue
            case ["#", *_]:
                continue
            case ["stop"]:
                break
            case [cmd, *args]:
                return cmd, args
    return None

print(first_command(["", "# comment", "run fast now"]))
print(first_command(["", "stop", "run"]))
print(first_command([]))

totals = {"add": 0, "sub": 0}
for op in ["add 5", "sub 2", "mul 3", "add x", "add 1", "end", "add 100"]:
    match op.split():
        case ["end"]:
            print("end reached")
            break
        case [("add" | "sub") as kind, n] if n.isdigit():
            totals[kind] += int(n)
        case [kind, n]:
            print("skipping", kind, n)
            continue
    print("after", op, totals)

# A guard that raises propagates out of the match
def risky_guard(x):
    match x:
        case [a, b] if a / b > 1:
            return "ratio > 1"
        case [a, b]:
            return "ratio <= 1"
print(risky_guard([4, 2]), risky_guard([1, 2]))
try:
    risky_guard([1, 0])
except ZeroDivisionError as e:
    print("guard raised:", e)

# match with return inside try/finally
def lookup(key):
    try:
        match key:
            case "a":
                return 1
            case _:
                raise KeyError(key)
    finally:
        print("  lookup finally for", key)
print(lookup("a"))
lookup("zz")
