# An uncaught failed lookup ends the program with CPython's message.
from enum import Enum


class Color(Enum):
    RED = 1


print(Color(1))
Color(2)
print("not reached")
