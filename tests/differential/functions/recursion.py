# Recursive functions: factorial, fibonacci, ackermann, hanoi, power set count.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


moves = []


def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src)


def depth_sum(n):
    if n == 0:
        return 0
    return n + depth_sum(n - 1)


print(fact(0), fact(1), fact(10), fact(30))
print(fib(20))
print(ack(2, 3))
hanoi(4, "A", "C", "B")
print(len(moves), moves[:3])
print(depth_sum(500))
