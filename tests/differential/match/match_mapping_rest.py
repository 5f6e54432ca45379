# Mapping patterns: required keys, extra keys allowed, **rest captures the remainder.
def handle(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return "click at %d,%d" % (x, y)
        case {"type": "key", "key": "q" | "Q"}:
            return "quit key"
        case {"type": "key", "key": str(k)}:
            return "key " + k
        case {"type": "resize", **rest} if rest:
            return "resize with %s" % sorted(rest.items())
        case {"type": t}:
            return "unhandled type " + t
        case {}:
            return "no type field"
        case _:
            return "not a mapping"

events = [
    {"type": "click", "x": 1, "y": 2, "button": "left"},
    {"type": "key", "key": "Q"},
    {"type": "key", "key": "a"},
    {"type": "key", "key": 5},
    {"type": "resize", "w": 80, "h": 24},
    {"type": "resize"},
    {"other": True},
    [("type", "click")],
]
for e in events:
    print(handle(e))

# **rest is a new dict without the matched keys
config = {"name": "app", "debug": True, "port": 8080}
match config:
    case {"name": name, **others}:
        print(name, others, others is config)

# Missing keys do not call __missing__-like defaults: uses .get on the mapping
class Defaulting(dict):
    def __missing__(self, key):
        return "default"
match Defaulting(a=1):
    case {"b": value}:
        print("matched b", value)
    case {"a": value}:
        print("only a", value)

# Value patterns as keys
class Keys:
    ID = "id"
match {"id": 7, "extra": 0}:
    case {Keys.ID: ident}:
        print("id is", ident)
match {1: "one", None: "none key", -2: "neg"}:
    case {1: one, None: nk, -2: neg}:
        print(one, nk, neg)
