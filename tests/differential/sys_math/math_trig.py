# math trig functions, atan2, hypot, radians and degrees.
import math

print(math.sin(0), math.sin(math.pi / 2), math.sin(math.pi), math.sin(-1.5))
print(math.cos(0), math.cos(math.pi), math.cos(math.pi / 3), math.cos(1))
print(math.tan(0), math.tan(math.pi / 4), math.tan(1))
print(math.tan(-math.pi / 4), math.sin(1e-300), math.cos(-0.0), math.tan(math.pi / 2))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(-0.0, -1), math.atan2(0, 0))
print(math.atan2(1, 0), math.atan2(-1, 0), math.atan2(math.inf, math.inf))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1), math.hypot(), math.hypot(-3), math.hypot(1, 2, 2))
print(math.radians(180), math.radians(90), math.radians(-45), math.radians(1))
print(math.degrees(math.pi), math.degrees(1), math.degrees(math.pi / 6), math.degrees(0))
print(math.sin(math.radians(30)), math.cos(math.radians(60)))
