# while loops with break and continue.
i = 0
while i < 10:
    i += 1
    if i % 3 == 0:
        continue
    if i == 8:
        break
    print("i", i)
print("final i", i)
n = 27
steps = 0
while n != 1:
    if n % 2 == 0:
        n = n // 2
    else:
        n = 3 * n + 1
    steps += 1
print("collatz steps", steps)
count = 0
while True:
    count += 1
    if count >= 5:
        break
print("count", count)
k = 10
while k:
    k -= 3
    if k < 0:
        print("went negative", k)
        break
