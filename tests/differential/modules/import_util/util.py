GREETING = "hello from util"
counter = 0


def double(x):
    return x * 2


def bump():
    global counter
    counter += 1
    return counter


print("util loaded")
