# A module body runs once; later imports reuse the cached module object.
import counted
import counted
import counted as c2
from counted import loads
import other

print(counted.loads)
print(c2 is counted, loads is counted.loads)


def late_import():
    import counted as inner
    return inner


print(late_import() is counted)
counted.loads.append("main")
import counted

print(counted.loads, len(loads))
