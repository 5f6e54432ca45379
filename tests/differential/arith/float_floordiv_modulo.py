# Float floor division and modulo with negative operands.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (7, 2.0), (-7, 2.0),
         (1.0, 0.1), (-1.0, 0.1), (5.0, 0.5), (0.0, 3.0), (-0.0, 3.0), (3.0, -0.5)]
for a, b in pairs:
    print(a, b, a // b, a % b)
print(-1e-20 % 1.0)
print(1e-20 % -1.0)
print(-0.0 % 5.0, 0.0 % -5.0)
print(1.0 // 0.1, 1.0 % 0.1, 0.3 // 0.1, 0.3 % 0.1)
print(type(7 // 2.0), type(7 % 2.0))
print(5.0 % float("inf"), -5.0 % float("inf"), 5.0 // float("inf"), -5.0 // float("inf"))
