# Assigning to and deleting list slices.
lst = [0, 1, 2, 3, 4, 5]
lst[1:3] = ["a", "b", "c"]
print(lst)
lst[:0] = [-1]
print(lst)
lst[len(lst):] = [99, 100]
print(lst)
lst[2:5] = []
print(lst)
lst[::2] = ["x", "y", "z", "w"]
print(lst)
lst[1:2] = "pq"
print(lst)
del lst[::3]
print(lst)
del lst[1:3]
print(lst)
lst[:] = range(3)
print(lst)
try:
    lst[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
nums = [5, 6, 7]
nums[-1:] = [70, 80]
print(nums)
