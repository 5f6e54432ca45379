# Classic loop algorithms: sum, fib, gcd, digit sums, reversing.
total = 0
for i in range(1, 101):
    total += i
print("sum 1..100", total)
a, b = 0, 1
fibs = []
while len(fibs) < 15:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
x, y = 1071, 462
while y:
    x, y = y, x % y
print("gcd", x)
n = 9876543210
digits = 0
while n > 0:
    digits += n % 10
    n //= 10
print("digit sum", digits)
s = "hello"
r = ""
for ch in s:
    r = ch + r
print(r)
lst = [5, 3, 8, 1, 9, 2]
i = 0
while i < len(lst):
    j = 0
    while j < len(lst) - 1 - i:
        if lst[j] > lst[j + 1]:
            lst[j], lst[j + 1] = lst[j + 1], lst[j]
        j += 1
    i += 1
print("sorted", lst)
a, b = 0, 1
for _ in range(200):
    a, b = b, a + b
print("fib200", a)
