# Conditional expressions, including nesting and short-circuit.
def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"


for n in (-5, 0, 7):
    print(n, sign(n))
x = 3
print("odd" if x % 2 else "even")
print((1 if True else 2) + 10)
print([] if [] else "empty was falsy")


def boom():
    print("boom evaluated")
    return 1


print(0 if True else boom())
print(boom() if False else "skipped")
y = 10 if x > 2 else 20
print(y)
print(1 if 0.0 else 2, 1 if "0" else 2)
