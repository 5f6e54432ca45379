# Module-level statements execute top to bottom, with globals visible everywhere.
x = 10
y = x * 2
print("x =", x)
print("y =", y)
total = 0
i = 0
while i < 5:
    total += i
    i += 1
print("total", total, "i", i)
if total > 5:
    msg = "big"
else:
    msg = "small"
print(msg)


def show():
    print("show sees", x, y, msg)


show()
x = 99
show()
print("end of module")
