# An uncaught TypeError from a bad call ends the program.
def add(a, b):
    return a + b


print(add(1, 2))
print(add(1, b=5))
print(add(1))
print("never")
