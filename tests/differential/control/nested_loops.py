# Nested loops: break/continue only affect the innermost loop.
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print(i, j)
    print("end row", i)
table = []
i = 1
while i <= 3:
    row = []
    for j in range(1, 4):
        row.append(i * j)
    table.append(row)
    i += 1
print(table)
found = None
for a in range(1, 20):
    for b in range(a, 20):
        if a * a + b * b == 13 * 13:
            found = (a, b)
            break
    if found:
        break
print("pythagorean", found)
total = 0
for x in range(5):
    for y in range(5):
        for z in range(5):
            if x + y + z == 6:
                total += 1
print("triples", total)
