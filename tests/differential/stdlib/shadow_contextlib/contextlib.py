# The project's own contextlib.
SOURCE = "project contextlib"

class suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        print("  project suppress entered")
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
