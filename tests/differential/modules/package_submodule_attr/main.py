# A submodule becomes an attribute of its package only after it is imported.
import lib

try:
    print(lib.alpha)
except AttributeError as e:
    print(type(e).__name__, e)
import lib.alpha

print(lib.alpha.A)
from lib import beta

print(beta.B, lib.beta is beta)
import lib.alpha as la

print(la is lib.alpha)
