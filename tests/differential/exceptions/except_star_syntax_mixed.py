# A try statement cannot mix except and except*.
try:
    raise ValueError(1)
except* ValueError:
    pass
except TypeError:
    pass
