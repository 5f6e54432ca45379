# Uncaught float true division by zero.
x = 3.5
y = 0.0
print("before", x)
print(x / y)
