# Enum members in match statements, dicts, sets and sorting.
from enum import Enum, IntEnum, auto


class Light(Enum):
    RED = auto()
    YELLOW = auto()
    GREEN = auto()


class Code(IntEnum):
    OK = 200
    NOT_FOUND = 404


def advance(light):
    match light:
        case Light.RED:
            return Light.GREEN
        case Light.GREEN:
            return Light.YELLOW
        case Light.YELLOW:
            return Light.RED


state = Light.RED
for _ in range(4):
    print(state.name, end=" -> ")
    state = advance(state)
print(state.name)


def status(code):
    match code:
        case Code.OK:
            return "fine"
        case 404:
            return "missing"
        case Code():
            return "other code"
        case int(n):
            return f"int {n}"


print(status(Code.OK), status(Code.NOT_FOUND), status(200), status(500))

durations = {Light.RED: 30, Light.GREEN: 25, Light.YELLOW: 5}
print(durations, sum(durations.values()), durations[Light(2)])
print({Light.RED, Light.RED, Light.GREEN} == {Light.GREEN, Light.RED})
print(sorted(Light, key=lambda l: l.name), sorted(Code, reverse=True))
print(max(Light, key=lambda l: durations[l]), Light.RED in durations, Code(404) in {404: 1})
counts = {}
for light in [Light.RED, Light.GREEN, Light.RED, Light.YELLOW, Light.RED]:
    counts[light] = counts.get(light, 0) + 1
print(counts)
print(list(zip(Light, Code)), dict(Light.__members__))
