# Chained and multiple assignment.
a = b = c = 7
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
p, q = r = 1, 2
print(p, q, r)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
