from . import engine
from .engine import run

print("app.core init, package =", __package__)
