# split/subgroup copy traceback, cause, context and notes onto the parts;
# derive is used so subclasses keep their type; matcher validation.
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "*", excs)

def make():
    try:
        raise OSError("ctx")
    except OSError:
        try:
            raise MyGroup("top", [ValueError(1), TypeError(2), MyGroup("inner", [ValueError(3), KeyError(4)])])
        except MyGroup as eg:
            eg.add_note("top note")
            return eg

eg = make()
match, rest = eg.split(ValueError)
for part in (match, rest):
    print(type(part).__name__, repr(part), str(part))
    print("  tb kept:", part.__traceback__ is eg.__traceback__)
    print("  context:", repr(part.__context__), part.__suppress_context__, part.__cause__)
    print("  notes:", part.__notes__, part.__notes__ is eg.__notes__)
print(eg.__suppress_context__)

# Whole matches keep the original object
print(eg.subgroup(BaseException) is eg, eg.split(Exception)[0] is eg, eg.split(Exception)[1])
inner = eg.exceptions[2]
print(eg.subgroup(lambda e: e is inner).exceptions[0] is inner)
print(eg.subgroup(lambda e: False))

# Predicates see groups too, outermost first
seen = []
def pred(e):
    seen.append(type(e).__name__)
    return isinstance(e, KeyError)
print(repr(eg.subgroup(pred)))
print(seen)

# Tuples of types
print(repr(eg.subgroup((KeyError, TypeError))))

# Invalid matchers
for bad in (1, "ValueError", (ValueError, 1), [ValueError], ValueError()):
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError:", e)

# derive returning a non-group
class Bad(ExceptionGroup):
    def derive(self, excs):
        return ValueError("nope")
try:
    Bad("b", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print("TypeError:", e)

# Read-only attributes
for attr in ("message", "exceptions"):
    try:
        setattr(eg, attr, None)
    except AttributeError as e:
        print("AttributeError:", e)
