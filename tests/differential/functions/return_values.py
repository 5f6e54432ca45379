# Return values: implicit None, early return, multiple values as a tuple.
def nothing():
    pass


def bare_return():
    return


def early(x):
    if x > 0:
        return "positive"
    print("not positive")
    return "done"


def pair():
    return 1, 2


def stats(nums):
    return min(nums), max(nums), sum(nums)


print(nothing(), bare_return(), early(5), early(-1))
p = pair()
print(p, type(p).__name__)
lo, hi, total = stats([3, 1, 4, 1, 5])
print(lo, hi, total)


def loop_return(items):
    for i in items:
        if i > 2:
            return i
    return -1


print(loop_return([1, 2, 3, 4]), loop_return([]))


def return_in_while():
    n = 0
    while True:
        n += 1
        if n == 4:
            return n * 10


print(return_in_while())
