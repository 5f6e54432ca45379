"""Small ray tracer: Vector class with operator overloading, spheres, shadows and reflections."""

import math

WIDTH = 320
HEIGHT = 240
MAX_DEPTH = 3


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())


class Sphere:
    def __init__(self, center, radius, color, reflect):
        self.center = center
        self.radius = radius
        self.color = color          # brightness factor in [0, 1]
        self.reflect = reflect      # fraction of reflected light

    def intersect(self, origin, direction):
        # Solve |origin + t*direction - center| = radius for the nearest t > 0.
        oc = origin - self.center
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return -1.0
        root = math.sqrt(disc)
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        return t if t > 1e-6 else -1.0

    def normal_at(self, p):
        return (p - self.center).normalized()


def make_scene():
    return [
        Sphere(Vector(0.0, -1001.0, 0.0), 1000.0, 0.6, 0.2),   # floor
        Sphere(Vector(0.0, 0.0, 5.0), 1.0, 0.9, 0.5),
        Sphere(Vector(-2.2, -0.2, 6.0), 0.8, 0.7, 0.3),
        Sphere(Vector(2.0, 0.3, 4.5), 0.7, 0.8, 0.1),
        Sphere(Vector(0.8, -0.6, 3.2), 0.4, 1.0, 0.0),
    ]


def nearest_hit(scene, origin, direction):
    best_t = -1.0
    best = None
    for s in scene:
        t = s.intersect(origin, direction)
        if t > 0.0 and (best is None or t < best_t):
            best_t = t
            best = s
    return best, best_t


def trace(scene, light, origin, direction, depth):
    obj, t = nearest_hit(scene, origin, direction)
    if obj is None:
        return 0.1 + 0.2 * max(direction.y, 0.0)     # sky gradient
    p = origin + direction * t
    n = obj.normal_at(p)
    to_light = (light - p).normalized()
    brightness = 0.1                                  # ambient term
    shadow, _ = nearest_hit(scene, p, to_light)
    if shadow is None:
        brightness += max(n.dot(to_light), 0.0) * 0.9
    result = brightness * obj.color
    if depth < MAX_DEPTH and obj.reflect > 0.0:
        # Mirror the incoming ray around the normal.
        r = direction - n * (2.0 * direction.dot(n))
        result = result * (1.0 - obj.reflect) + trace(scene, light, p, r, depth + 1) * obj.reflect
    return result


def render(width, height):
    scene = make_scene()
    light = Vector(-4.0, 6.0, -2.0)
    eye = Vector(0.0, 0.6, -2.0)
    pixels = []
    for j in range(height):
        y = 1.0 - 2.0 * j / height
        for i in range(width):
            x = (2.0 * i / width - 1.0) * width / height
            d = (Vector(x, y, 0.0) - eye).normalized()
            v = trace(scene, light, Vector(x, y, 0.0), d, 0)
            pixels.append(min(255, int(v * 255.0)))
    return pixels


def main():
    pixels = render(WIDTH, HEIGHT)
    checksum = 0
    for p in pixels:
        checksum = (checksum * 131 + p) % 1000000007
    print("pixels:", len(pixels), "sum:", sum(pixels), "max:", max(pixels))
    print("checksum:", checksum)
    # A coarse ASCII preview of one row through the middle of the image.
    row = pixels[(HEIGHT // 2) * WIDTH:(HEIGHT // 2 + 1) * WIDTH:8]
    print("".join(" .:-=+*#%@"[p * 10 // 256] for p in row))


main()
