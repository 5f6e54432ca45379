"""Recursive Fibonacci: function calls and small-int arithmetic."""


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    for _ in range(3):
        total += fib(30)
    print(total)


main()
