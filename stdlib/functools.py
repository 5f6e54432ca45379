"""Higher-order functions and operations on callable objects.

Molt's bundled part of CPython's `functools`: `update_wrapper`, `wraps`,
`partial` and `reduce`, with CPython 3.12's behaviour and messages.
"""

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make `wrapper` look like `wrapped`: copy the `assigned` attributes
    it has, merge the `updated` dicts, and point `__wrapped__` at it."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so a `__wrapped__` copied from `wrapped.__dict__` does not
    # win over `wrapped` itself.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """A decorator applying `update_wrapper` with `wrapped`."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


class partial:
    """A callable that calls `func` with the stored arguments followed by
    the call's own (stored keywords updated by the call's)."""

    def __new__(cls, /, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        # A partial of a partial applies both at once, as CPython's does.
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        # Read-only from outside through the properties below, like the
        # C type's members.
        self._func = func
        self._args = args
        self._keywords = keywords
        return self

    @property
    def func(self):
        """The callable that calls are forwarded to."""
        return self._func

    @property
    def args(self):
        """The positional arguments passed before the call's own."""
        return self._args

    @property
    def keywords(self):
        """The keyword arguments passed unless the call overrides them."""
        return self._keywords

    def __call__(self, /, *args, **keywords):
        keywords = {**self._keywords, **keywords}
        return self._func(*self._args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self._func)]
        parts.extend(repr(a) for a in self._args)
        parts.extend(f"{k}={v!r}" for k, v in self._keywords.items())
        cls = type(self)
        name = "functools.partial" if cls is partial else cls.__name__
        return f"{name}({', '.join(parts)})"


def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]) -> value

    Fold the iterable from the left: `function(function(initial, x0), x1)`
    and so on; without `initial` the first item starts the fold.
    """
    # Spelled with *args to give the C function's argument errors.
    if kwargs:
        raise TypeError("reduce() takes no keyword arguments")
    if len(args) < 2:
        raise TypeError(f"reduce expected at least 2 arguments, got {len(args)}")
    if len(args) > 3:
        raise TypeError(f"reduce expected at most 3 arguments, got {len(args)}")
    function, iterable = args[0], args[1]
    it = None
    try:
        it = iter(iterable)
    except TypeError:
        pass
    # Raised outside the handler: CPython's error has no __context__.
    if it is None:
        raise TypeError("reduce() arg 2 must support iteration")
    if len(args) == 3:
        value = args[2]
    else:
        for value in it:
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    for element in it:
        value = function(value, element)
    return value
