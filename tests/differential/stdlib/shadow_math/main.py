# math is an extension module in CPython, found on sys.path after the
# script's directory: a project math.py shadows it.
import math
print(math.pi, math.__name__)
