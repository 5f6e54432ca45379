# del on names, list items, slices, and dict keys.
x = 5
print(x)
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
lst = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
del lst[10:20]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
a, b = 1, 2
del a, b
try:
    print(b)
except NameError as e:
    print("NameError", e)
nums = [1, 2, 3]
try:
    del nums[5]
except IndexError as e:
    print("IndexError", e)
del nums[:]
print(nums)
