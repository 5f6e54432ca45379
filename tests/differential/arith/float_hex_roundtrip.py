# float.hex over special, subnormal, boundary and ordinary values, and
# its round trip through float.fromhex.

values = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 0.1, 3.14159, 1e300, -2.5e-300,
          5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
          1.7976931348623157e+308, -1.7976931348623157e+308, float("inf"), float("-inf"),
          float("nan"), 123456789.0, 2.0 ** 52, 2.0 ** -1074]
for v in values:
    h = v.hex()
    back = float.fromhex(h)
    same = back == v or (back != back and v != v)
    print(repr(v), h, same)
print(float.hex(2.0), (7.0).hex())
try:
    float.hex(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1.0).hex(2)
except TypeError as e:
    print(type(e).__name__, e)
