# List creation, indexing, mutation, append/pop/extend/insert.
lst = [3, 1, 4]
print(lst, len(lst), lst[0], lst[-1])
lst.append(1)
lst.append([5, 9])
print(lst)
print(lst.pop(), lst)
print(lst.pop(0), lst)
lst.extend([2, 6])
lst.extend("ab")
print(lst)
lst.insert(0, "first")
lst.insert(100, "last")
lst.insert(-1, "before last")
print(lst)
lst[1] = 99
lst[-1] = "LAST"
print(lst, len(lst))
empty = []
print(empty, len(empty), [[]], [[], []])
print([1, 2] + [3], [0] * 5, [1, 2] * 2, [] * 3, [None] * 2)
print(list("abc"), list(range(4)), list((1, 2)), list())
a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b)
c = a[:]
c.append(5)
print(a, c)
