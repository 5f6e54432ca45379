# Uncaught "not enough values to unpack (expected 3, got 2)" inside nested function frames.
def parse_point(text):
    x, y, z = text.split()
    return float(x), float(y), float(z)

def load(lines):
    points = []
    for n, line in enumerate(lines, 1):
        print("line", n, repr(line))
        points.append(parse_point(line))
    return points

good = ["1 2 3", "4 5 6"]
print(load(good))

def safe_load(lines):
    out = []
    for line in lines:
        try:
            out.append(parse_point(line))
        except ValueError as e:
            print("skipped", repr(line), "->", e)
    return out

print(safe_load(["1 2 3", "7 8", "1 2 3 4", "a b c"]))
print(load(["0 0 0", "9 9"]))
