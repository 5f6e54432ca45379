from .points import origin
from . import vectors
