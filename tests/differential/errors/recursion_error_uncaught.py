# Uncaught RecursionError ends the program with status 1.
def down(n):
    return down(n - 1) + 1


print("start")
down(10)
