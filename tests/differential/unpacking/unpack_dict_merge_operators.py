# Dict merging by ** unpacking compared with | and update; keyword-argument rules.
defaults = {"color": "red", "size": 10, "tags": ["a"]}
overrides = {"size": 12, "shape": "circle"}
merged = {**defaults, **overrides}
print(merged)
print(merged == defaults | overrides)
print(merged["tags"] is defaults["tags"])

def config(**kw):
    return kw
print(config(**defaults, shape="sq"))
try:
    config(**defaults, **{"color": "blue"})
except TypeError as e:
    print("TypeError:", e)
try:
    config(**{1: "non-string key"})
except TypeError as e:
    print("TypeError:", e)

# Non-dict mappings work with ** if they have keys() and __getitem__
class Mapping:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, key):
        return key.upper()
print({**Mapping()})
print(config(**Mapping()))

class NoKeys:
    def __getitem__(self, key):
        return key
try:
    {**NoKeys()}
except TypeError as e:
    print("TypeError:", e)

# Order of evaluation and duplicate keys in dict displays
def k(name):
    print("  key", name)
    return name
print({k("a"): 1, **{k("b"): 2}, k("a"): 3})

# Star-unpacking a dict yields keys
print([*defaults], (*overrides,))
print(config(**{"end": "x", **overrides}))
config(**None)
