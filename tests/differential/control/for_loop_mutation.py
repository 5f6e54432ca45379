# Rebinding the loop variable does not affect iteration; range is evaluated once.
for i in range(5):
    print(i)
    i = 100
print("after", i)
n = 3
for i in range(n):
    n = 10
    print("n", n, "i", i)
items = [1, 2, 3]
for x in items:
    if x == 1:
        items.append(4)
    print("x", x)
print(items)
