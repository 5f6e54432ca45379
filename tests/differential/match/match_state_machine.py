# A tokenizer-driven state machine for a tiny traffic-light controller written with match.
class Event:
    __match_args__ = ("name", "arg")
    def __init__(self, name, arg=None):
        self.name, self.arg = name, arg
    def __repr__(self):
        return "Event(%s, %r)" % (self.name, self.arg)

def step(state, event):
    match state, event:
        case ("off", Event("power", "on")):
            return ("red", 0)
        case ("off", _):
            return ("off", None)
        case (_, Event("power", "off")):
            return ("off", None)
        case (("red" | "green" | "yellow") as light, Event("tick", int(n))) if n <= 0:
            raise ValueError("bad tick %d in %s" % (n, light))
        case ("red", Event("tick", n)):
            return ("green", n)
        case ("green", Event("tick", n)) if n >= 3:
            return ("yellow", n)
        case ("green", Event("tick", n)):
            return ("green", n)
        case ("yellow", Event("tick", _)):
            return ("red", 0)
        case (s, Event("emergency")):
            return ("red", "emergency from " + s)
        case (s, e):
            raise RuntimeError("no transition from %s on %r" % (s, e))

events = [Event("tick", 1), Event("power", "on"), Event("tick", 1), Event("tick", 2),
          Event("tick", 3), Event("tick", 1), Event("tick", 1), Event("emergency"),
          Event("tick", 0), Event("tick", 2), Event("power", "off"), Event("honk")]
state = "off"
history = [state]
for ev in events:
    try:
        state, info = step(state, ev)
        print("%-20r -> %-6s %r" % (ev, state, info))
    except ValueError as e:
        print("%-20r -> error: %s" % (ev, e))
    history.append(state)
print(history)
step("green", Event("honk"))
