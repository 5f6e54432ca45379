# AttributeError messages for built-in types and modules.
import math
try:
    (5).foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "s".nosuch()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    [].push(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    math.tau2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {}.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
print(math.pi > 3)
(1, 2).append(3)
