def origin():
    return (0, 0)


def make(x, y):
    return (x, y)
