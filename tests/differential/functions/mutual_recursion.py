# Mutually recursive functions defined at module level.
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


for n in (0, 1, 10, 77):
    print(n, is_even(n), is_odd(n))


def count_down(n, out):
    if n < 0:
        return out
    out.append(n)
    return count_up_helper(n - 1, out)


def count_up_helper(n, out):
    return count_down(n, out)


print(count_down(5, []))
