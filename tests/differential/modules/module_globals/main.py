# Module globals are shared through the module object, not through from-imported names.
import settings
from settings import LEVEL, history, get_level

print(settings.LEVEL, LEVEL, get_level())
settings.set_level(5)
print(settings.LEVEL, LEVEL, get_level(), history)
settings.LEVEL = 9
print(get_level(), LEVEL)
LEVEL = 100
print(get_level(), settings.LEVEL)
history.append("from main")
print(settings.history)
