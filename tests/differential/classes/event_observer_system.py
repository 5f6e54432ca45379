# An event/observer system with bound methods, callable objects and unsubscription.
class EventBus:
    def __init__(self):
        self.handlers = {}

    def subscribe(self, event, handler):
        self.handlers.setdefault(event, []).append(handler)
        return handler

    def unsubscribe(self, event, handler):
        try:
            self.handlers[event].remove(handler)  # relies on bound-method equality
        except (KeyError, ValueError):
            raise LookupError(f"handler not subscribed to {event!r}") from None

    def emit(self, event, **payload):
        results = []
        for h in list(self.handlers.get(event, [])):
            results.append(h(event, **payload))
        return results


class Logger:
    def __init__(self, prefix):
        self.prefix = prefix
        self.seen = []

    def on_any(self, event, **payload):
        self.seen.append(event)
        return f"{self.prefix}:{event}:{sorted(payload.items())}"


class Threshold:
    def __init__(self, limit):
        self.limit = limit

    def __call__(self, event, value=0, **rest):
        return "ALERT" if value > self.limit else "ok"

    def __eq__(self, other):
        return isinstance(other, Threshold) and other.limit == self.limit

    __hash__ = None


bus = EventBus()
log = Logger("L")
bus.subscribe("temp", log.on_any)
bus.subscribe("temp", Threshold(30))
bus.subscribe("door", log.on_any)
bus.subscribe("door", lambda ev, **p: "lambda saw " + ev)
print(bus.emit("temp", value=25))
print(bus.emit("temp", value=35, unit="C"))
print(bus.emit("door", state="open"))
print(bus.emit("nothing"))
bus.unsubscribe("temp", log.on_any)  # a *new* bound method object, but equal
bus.unsubscribe("temp", Threshold(30))  # equal by __eq__
print(bus.emit("temp", value=99), log.seen)
try:
    bus.unsubscribe("temp", log.on_any)
except LookupError as e:
    print(type(e).__name__, e)
print(log.on_any == log.on_any, log.on_any is log.on_any, log.on_any == Logger("L").on_any)
bus.emit("door", 1)
