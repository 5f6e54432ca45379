# Uncaught: calling an int.
total = 10
print(total)
print(total(5))
