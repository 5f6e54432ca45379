# List slicing: steps, negatives, out-of-range, copying.
lst = list(range(10))
print(lst[2:5], lst[:3], lst[7:], lst[-3:], lst[:-7], lst[-4:-1])
print(lst[::2], lst[1::3], lst[::-1], lst[::-3], lst[8:1:-2], lst[1:8:-1])
print(lst[5:2], lst[100:], lst[-100:2], lst[3:1000], lst[-1:-100:-4])
print(lst[:], lst[:] == lst, lst[:] is lst)
t = tuple(lst)
print(t[2:5], t[::-2], t[50:60], type(t[1:2]).__name__)
r = range(10)
print(r[2:5], r[::-1], r[::2], r[-3:], r[5:2], list(r[1:8:3]))
try:
    print(lst[::0])
except ValueError as e:
    print(type(e).__name__, e)
