# An uncaught __init__ argument error ends the program with CPython's message.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


print(Point(1, 2))
Point(1)
