def info():
    return __name__, __package__
