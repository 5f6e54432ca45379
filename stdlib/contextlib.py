"""Helpers for writing and combining context managers (`with` statements).

Molt's bundled `contextlib`, written for Molt to behave as CPython 3.12's:
the same classes, attributes, exception chaining and messages. Not here
yet: the asynchronous helpers (`asynccontextmanager`, `AsyncExitStack`,
`aclosing`), which need `async`/`await`, and `chdir`, which needs `os`.
"""

import sys
from functools import wraps

__all__ = ["contextmanager", "closing", "nullcontext", "AbstractContextManager",
           "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
           "suppress"]


class AbstractContextManager:
    """Base class of context managers: `__enter__` gives the manager
    itself, subclasses supply `__exit__`.

    (Not an `abc.ABC` in Molt: `isinstance` does not recognise unrelated
    classes that merely define both methods.)
    """

    def __enter__(self):
        """The manager itself is the value bound by `as`."""
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        """Let any exception propagate."""
        return None


class ContextDecorator:
    """Mixin making a context manager usable as a function decorator:
    each call of the decorated function runs inside the manager."""

    def _recreate_cm(self):
        """The manager to use for one call: this one, unless the manager
        can only be entered once (see `_GeneratorContextManager`)."""
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManager(AbstractContextManager, ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        # Kept until entered, to build fresh managers for decorated calls.
        self.func, self.args, self.kwds = func, args, kwds
        # The generator function's docstring describes the manager too.
        doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    def __enter__(self):
        # Forget the recipe: a generator runs once, so entering again (or
        # recreating after entry) fails with AttributeError, as in CPython.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            # Clean exit: the generator must finish after its one yield.
            try:
                next(self.gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                self.gen.close()
        if value is None:
            # Only a direct call passes a type without an instance.
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator handled the exception and finished: the
            # exception is suppressed, unless the StopIteration is the
            # exception itself coming back.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                # Our own exception: returning False makes the with
                # statement re-raise it, keeping its original traceback.
                exc.__traceback__ = traceback
                return False
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                # A StopIteration thrown in comes back as the RuntimeError
                # of PEP 479: that is still the original exception.
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                # The generator replaced the exception with another one.
                raise
            exc.__traceback__ = traceback
            return False
        # The generator caught the exception and yielded again.
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


def contextmanager(func):
    """Decorator turning a generator function that yields exactly once into
    a factory of context managers: the code before the `yield` runs on
    entry (the yielded value is bound by `as`), the code after it on exit,
    and an exception from the with body is raised at the `yield`.
    """
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Calls `thing.close()` when the block ends; binds `thing` with `as`."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class _RedirectStream(AbstractContextManager):
    """Rebinds the `sys` attribute named by `_stream` for the block."""

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack: the same object may be entered again while in use.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Sends `sys.stdout` (and so `print`) to another stream for the block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Sends `sys.stderr` to another stream for the block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Silently ends the block on an exception of one of the given classes;
    execution continues after the with statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return None
        if issubclass(exctype, self._exceptions):
            return True
        if issubclass(exctype, BaseExceptionGroup):
            # Drop the matching members of a group; re-raise the others.
            _, rest = excinst.split(self._exceptions)
            if rest is None:
                return True
            raise rest
        return False


class ExitStack(AbstractContextManager):
    """A context manager holding any number of exit callbacks (context
    managers' `__exit__` methods and plain functions), run in reverse order
    of registration when the stack exits, as nested with statements would.

        with ExitStack() as stack:
            streams = [stack.enter_context(manager) for manager in managers]
    """

    def __init__(self):
        # (is_sync, callback) pairs; every callback takes the exception
        # triple of __exit__ and may return true to suppress.
        self._exit_callbacks = []

    def __enter__(self):
        return self

    def pop_all(self):
        """Move every callback to a new stack (of the same type) and return
        it, so this one exits without running them."""
        moved = type(self)()
        moved._exit_callbacks, self._exit_callbacks = self._exit_callbacks, []
        return moved

    def push(self, exit):
        """Register `exit`: an object whose type has `__exit__` (that method
        is registered, bound to it) or a callable with `__exit__`'s
        signature. Either may suppress an exception. Returns `exit`."""
        # Looked up on the type, as the with statement looks it up.
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            self._exit_callbacks.append((True, exit))
        else:
            self._push_exit_method(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enter the context manager `cm`, register its `__exit__` and
        return what `__enter__` returned."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = enter(cm)
        self._push_exit_method(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register `callback(*args, **kwds)` to run on exit; it cannot
        suppress exceptions. Returns `callback`."""
        def call_back(exc_type, exc, tb):
            callback(*args, **kwds)
        # Points introspection at the registered function.
        call_back.__wrapped__ = callback
        self._exit_callbacks.append((True, call_back))
        return callback

    def _push_exit_method(self, cm, exit_method):
        # Always passes `cm` first, whatever kind of callable the method
        # is (CPython binds it with `types.MethodType`).
        def exit_cm(exc_type, exc, tb):
            return exit_method(cm, exc_type, exc, tb)
        self._exit_callbacks.append((True, exit_cm))

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        # The exception already being handled where the stack exits: the
        # context chains of callback exceptions end there.
        handled = sys.exc_info()[1]
        suppressed = False
        pending = False
        while self._exit_callbacks:
            _, callback = self._exit_callbacks.pop()
            try:
                if callback(*exc_details):
                    suppressed = True
                    pending = False
                    exc_details = (None, None, None)
            except:
                new_details = sys.exc_info()
                _chain_to(new_details[1], exc_details[1], handled)
                pending = True
                exc_details = new_details
        if pending:
            # Re-raising here would set __context__ to `handled`; keep the
            # chain built above instead.
            exc = exc_details[1]
            context = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = context
                raise
        return received_exc and suppressed

    def close(self):
        """Run and drop every callback now."""
        self.__exit__(None, None, None)


def _chain_to(new_exc, old_exc, handled):
    """Give `new_exc` (raised by an exit callback) the context it would have
    had if the callbacks were nested with statements: the exception the
    previous callbacks left, `old_exc`. Its context chain is followed to the
    link that reaches `handled` (the exception handled around the stack),
    which is replaced by `old_exc`. A chain that ends or already reaches
    `old_exc` is left alone."""
    while True:
        context = new_exc.__context__
        if context is None or context is old_exc:
            return
        if context is handled:
            break
        new_exc = context
    new_exc.__context__ = old_exc


class nullcontext(AbstractContextManager):
    """A context manager that does nothing, for code that only sometimes
    has a real one:

        with lock if lock is not None else nullcontext():
            ...

    `as` binds `enter_result`.
    """

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass
