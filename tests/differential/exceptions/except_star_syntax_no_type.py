# except* needs exception types.
try:
    raise ValueError(1)
except*:
    pass
