def f(x):
    return "f(" + str(x) + ")"


def g():
    return "g called"


VALUE = 42
