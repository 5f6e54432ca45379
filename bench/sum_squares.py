"""Integer and float loops: sum of squares to 10**7, with overflow into big ints."""


def int_sum(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def float_sum(n):
    total = 0.0
    x = 0.5
    for i in range(n):
        total += x * x
        x += 1.0
    return total


def main():
    n = 10**7
    print(int_sum(n))
    print(float_sum(n))


main()
