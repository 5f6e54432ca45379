# math domain errors raise ValueError: math domain error.
import math

calls = [("sqrt(-1)", math.sqrt, (-1,)), ("log(0)", math.log, (0,)), ("log(-1)", math.log, (-1,)),
         ("log2(0)", math.log2, (0,)), ("log10(-5)", math.log10, (-5,)), ("log10(0)", math.log10, (0,)),
         ("sqrt(-1e-300)", math.sqrt, (-1e-300,)), ("log(8, 1)", math.log, (8, 1)), ("log(0, 2)", math.log, (0, 2)),
         ("sqrt(-inf)", math.sqrt, (-math.inf,)), ("pow(-8, 1/3)", math.pow, (-8, 1 / 3)),
         ("pow(0, -1)", math.pow, (0, -1)), ("sin(inf)", math.sin, (math.inf,)), ("fmod(inf, 1)", math.fmod, (math.inf, 1)),
         ("cos(-inf)", math.cos, (-math.inf,)), ("tan(inf)", math.tan, (math.inf,))]
for label, fn, args in calls:
    try:
        print(label, fn(*args))
    except ValueError as e:
        print(label, type(e).__name__, e)
    except ZeroDivisionError as e:
        print(label, type(e).__name__, e)
print(math.sqrt(-0.0), math.log(math.inf), math.sqrt(math.inf))
print(math.sqrt(-4))
