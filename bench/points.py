"""Float-heavy class benchmark: create, normalize and reduce many Point objects."""

import math

POINTS = 100000
ROUNDS = 12


class Point:
    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3.0
        self.z = (x * x) / 2.0

    def __repr__(self):
        return "<Point: x=%.6f, y=%.6f, z=%.6f>" % (self.x, self.y, self.z)

    def normalize(self):
        norm = math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        # Component-wise maximum, updated in place.
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


def run(n, offset):
    # Fresh points every round, so allocation is part of the workload.
    points = [Point(i + offset) for i in range(n)]
    for p in points:
        p.normalize()
    return maximize(points)


def main():
    total = 0.0
    for r in range(ROUNDS):
        best = run(POINTS, r)
        total += best.x + best.y + best.z
    print(best)
    print("%.6f" % total)


main()
