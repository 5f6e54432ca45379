# Uncaught tuple IndexError.
point = (3, 4)
print(point[0], point[1])
print(point[2])
