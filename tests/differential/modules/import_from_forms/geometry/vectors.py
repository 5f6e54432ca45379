from .points import make


def add(a, b):
    return make(a[0] + b[0], a[1] + b[1])
