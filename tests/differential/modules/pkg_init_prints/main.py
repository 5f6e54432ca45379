# Importing a submodule runs the package __init__ first (once), then the submodule.
print("main: importing shapes.circle")
import shapes.circle

print("main: imported")
print(shapes.circle.area(2))
print(shapes.square_area(3), shapes.DEFAULT_SIDES)
print("main: importing shapes again")
import shapes
import shapes.square

print(shapes.square.area(5))
