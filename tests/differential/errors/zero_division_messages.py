# ZeroDivisionError messages differ by operator and operand type.
cases = [(1, 0), (1.0, 0), (1, 0.0), (0, 0), (-5, 0), (2 ** 100, 0), (1.5, -0.0), (True, False)]
for a, b in cases:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("/ ", repr(a), repr(b), e)
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print("//", repr(a), repr(b), e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print("% ", repr(a), repr(b), e)
try:
    x = 10
    x //= 0
except ZeroDivisionError as e:
    print("augmented", e)
try:
    x = 10.0
    x /= 0
except ZeroDivisionError as e:
    print("augmented float", e)
print(isinstance(ZeroDivisionError(), ArithmeticError))
