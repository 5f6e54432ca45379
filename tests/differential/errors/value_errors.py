# ValueError messages from conversions and operations.
for s in ["abc", "4.5", "", "0x1A", "1e5", " "]:
    try:
        int(s)
    except ValueError as e:
        print(e)
try:
    int("12", 2)
except ValueError as e:
    print(e)
try:
    float("one")
except ValueError as e:
    print(e)
try:
    [1, 2].index(3)
except ValueError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    range(0, 10, 0)
except ValueError as e:
    print(e)
print(int("  -42  "), float(" 1.5 "))
int("forty-two")
