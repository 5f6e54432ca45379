LEVEL = 1
history = []


def set_level(n):
    global LEVEL
    LEVEL = n
    history.append(n)


def get_level():
    return LEVEL
