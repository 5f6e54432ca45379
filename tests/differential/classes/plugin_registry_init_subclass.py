# A plugin registry driven by __init_subclass__ with keyword arguments.
class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, priority=0, abstract=False, **kwargs):
        super().__init_subclass__(**kwargs)
        if abstract:
            print("skipping abstract", cls.__name__)
            return
        key = name or cls.__name__.lower()
        if key in Plugin.registry:
            raise ValueError(f"duplicate plugin name {key!r}")
        cls.plugin_name = key
        cls.priority = priority
        Plugin.registry[key] = cls
        print("registered", key, "priority", priority)

    def run(self, text):
        raise NotImplementedError(type(self).__name__ + ".run")

class TextPlugin(Plugin, abstract=True):
    def run(self, text):
        return self.transform(text)

class Upper(TextPlugin, priority=5):
    def transform(self, text):
        return text.upper()

class Reverse(TextPlugin, name="rev", priority=1):
    def transform(self, text):
        return text[::-1]

class Exclaim(TextPlugin, priority=3):
    def transform(self, text):
        return text + "!"

class Broken(Plugin, name="broken", priority=-1):
    pass

def pipeline(text):
    for cls in sorted(Plugin.registry.values(), key=lambda c: -c.priority):
        try:
            text = cls().run(text)
            print(f"  {cls.plugin_name:8} -> {text}")
        except NotImplementedError as e:
            print(f"  {cls.plugin_name:8} !! {type(e).__name__}: {e}")
    return text

print(sorted(Plugin.registry))
print(pipeline("hello"))
print(hasattr(TextPlugin, "plugin_name"), "textplugin" in Plugin.registry)

try:
    class Upper2(Plugin, name="upper"):
        pass
except ValueError as e:
    print(type(e).__name__, e)

try:
    class Typo(Plugin, priorty=2):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(Plugin.registry))
