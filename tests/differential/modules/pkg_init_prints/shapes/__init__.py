print("shapes/__init__ running, __name__ =", __name__)
DEFAULT_SIDES = 4
from .square import area as square_area
print("shapes/__init__ done")
