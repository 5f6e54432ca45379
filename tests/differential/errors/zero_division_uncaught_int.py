# Uncaught integer division by zero.
def ratio(a, b):
    return a // b


print(ratio(7, 2))
print(ratio(7, 0))
