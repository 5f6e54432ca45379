# The project's functools, with only what contextlib needs.
def wraps(wrapped):
    def decorate(wrapper):
        print("  project wraps used for", wrapped.__name__)
        wrapper.__name__ = "wrapped_" + wrapped.__name__
        wrapper.marked = True
        return wrapper
    return decorate
