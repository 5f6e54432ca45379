# Relative imports inside packages: `from . import x`, `from .mod import y`, `from .. import z`.
from app.core import run, engine
import app.core

print(run(1))
print(engine.run(2))
print(app.core.run is run, app.core.engine is engine)
print(engine.__name__, engine.__package__)
print(app.VERSION, app.config.NAME)
