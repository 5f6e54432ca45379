# from-import forms: multiple names, aliases, parenthesised lists, package re-exports.
from geometry import origin, vectors
from geometry.points import (
    make,
    origin as o2,
)
from geometry.vectors import add as vadd
import geometry

print(origin(), o2(), origin is o2)
print(make(1, 2), vadd((1, 2), (3, 4)), vectors.add(make(5, 5), origin()))
print(geometry.points.make(7, 8), geometry.vectors is vectors)
