# Errors from list operations.
lst = [10, 20, 30]
try:
    print(lst[3])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(lst[-4])
except IndexError as e:
    print(type(e).__name__, e)
try:
    lst[5] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    lst.pop(10)
except IndexError as e:
    print(type(e).__name__, e)
try:
    lst.index(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(lst["0"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(lst[1.5])
except TypeError as e:
    print(type(e).__name__, e)
print(lst[True], lst[False])
print(lst[5])
