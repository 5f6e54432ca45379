"""Classes of typed fields with generated special methods (`@dataclass`).

Molt's bundled `dataclasses`, written for Molt to behave as CPython 3.12's:
the same fields, generated methods, argument errors, reprs and messages.
CPython writes the generated methods as source text and `exec`s it; Molt
compiles ahead of time and has no `exec`, so here each method is a closure
over the class's field list. The closures bind and check their arguments
themselves, with the messages CPython's interpreter would give the
generated functions (`Point.__init__() missing 1 required positional
argument: 'y'`), and are named and qualified as CPython's are.

`make_dataclass` needs its `module` argument: a compiled program cannot
look up its caller's module at run time. `typing.ClassVar` annotations
are only recognised once a `typing` module is imported (Molt does not
bundle one yet), as in CPython.
"""

import sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Raised when a field of a frozen dataclass instance is assigned or
    deleted."""


class _HAS_DEFAULT_FACTORY_CLASS:
    """The default shown for a parameter whose field has a factory."""

    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    """Type of `MISSING`, which marks a field without default (None is a
    valid default)."""


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    """Type of `KW_ONLY`: annotating a pseudo-field with it makes the
    fields after it keyword-only."""


KW_ONLY = _KW_ONLY_TYPE()


class _MappingProbe:
    """Only here to reach the type of a class's `__dict__`."""


# `types.MappingProxyType`, without importing `types`.
_MappingProxyType = type(_MappingProbe.__dict__)
_EMPTY_METADATA = _MappingProxyType({})


class _SlotProbe:
    """Only here to reach the type of a `__slots__` member."""
    __slots__ = ('probe',)


# `types.MemberDescriptorType`: a class attribute of this type is a slot,
# not a default value.
_MemberDescriptorType = type(_SlotProbe.__dict__['probe'])


class _FIELD_BASE:
    """The kind of a field: regular, class variable or init-only."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

# The class attribute holding the fields (also marks a dataclass), and the
# one holding the decorator's arguments.
_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


def _repr_guard(fn):
    """Wrap a `__repr__` so that an object whose repr reaches itself again
    shows as `...` the second time, as `reprlib.recursive_repr` does."""
    running = set()

    def __repr__(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            return fn(self)
        finally:
            running.discard(key)
    __repr__.__qualname__ = fn.__qualname__
    __repr__.__doc__ = fn.__doc__
    __repr__.__wrapped__ = fn
    return __repr__


class InitVar:
    """Marks an init-only pseudo-field: `x: InitVar[int]` is a parameter of
    `__init__` passed on to `__post_init__`, not stored."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """What `@dataclass` knows of one field (returned by `fields()`)."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else _MappingProxyType(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    __repr__ = _repr_guard(__repr__)

    def __set_name__(self, owner, name):
        # A default that is itself a descriptor learns its name as it would
        # have without the `field()` around it.
        set_name = getattr(type(self.default), '__set_name__', None)
        if set_name:
            set_name(self.default, owner, name)


class _DataclassParams:
    """The decorator's arguments, kept as `__dataclass_params__`."""
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen',
                 'match_args', 'kw_only', 'slots', 'weakref_slot')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen,
                 match_args, kw_only, slots, weakref_slot):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen
        self.match_args = match_args
        self.kw_only = kw_only
        self.slots = slots
        self.weakref_slot = weakref_slot

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r},'
                f'match_args={self.match_args!r},'
                f'kw_only={self.kw_only!r},'
                f'slots={self.slots!r},'
                f'weakref_slot={self.weakref_slot!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe a dataclass field beyond its annotation: its default (or a
    zero-argument `default_factory` called for each instance), whether it
    is an `__init__` parameter, shown by `repr`, hashed, compared, or
    keyword-only, and free-form `metadata`."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


# ---------------------------------------------------------------------------
# Recognising special annotations

def _split_annotation(text):
    """The optional module name and the name a string annotation starts
    with (`'typing.ClassVar[int]'` gives `('typing', 'ClassVar')`), or
    None if it starts with neither."""

    def skip_space(i):
        while i < len(text) and text[i].isspace():
            i += 1
        return i

    def word_end(i):
        while i < len(text) and (text[i].isalnum() or text[i] == '_'):
            i += 1
        return i

    start = skip_space(0)
    end = word_end(start)
    if end == start:
        return None
    first = text[start:end]
    dot = skip_space(end)
    if dot < len(text) and text[dot] == '.':
        second_start = skip_space(dot + 1)
        second_end = word_end(second_start)
        if second_end > second_start:
            return first, text[second_start:second_end]
    return None, first


def _is_type(annotation, cls, a_module, a_type, is_type_predicate):
    """Whether string annotation `annotation` names `a_type`, unqualified
    (looked up in the class's module) or through module `a_module`."""
    split = _split_annotation(annotation)
    if split is None:
        return False
    module_name, name = split
    ns = None
    if not module_name:
        module = sys.modules.get(cls.__module__)
        if module is not None:
            ns = module.__dict__
    else:
        module = sys.modules.get(cls.__module__)
        if module is not None and module.__dict__.get(module_name) is a_module:
            ns = sys.modules.get(a_type.__module__).__dict__
    return bool(ns) and is_type_predicate(ns.get(name), a_module)


def _is_classvar(a_type, typing):
    generic_alias = getattr(typing, '_GenericAlias', None)
    return (a_type is typing.ClassVar
            or (generic_alias is not None and type(a_type) is generic_alias
                and a_type.__origin__ is typing.ClassVar))


def _is_initvar(a_type, dataclasses):
    return a_type is dataclasses.InitVar or type(a_type) is dataclasses.InitVar


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


def _get_field(cls, a_name, a_type, default_kw_only):
    """The Field for annotation `a_name: a_type` of `cls`, from its class
    attribute (a `field()` or a plain default)."""
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, _MemberDescriptorType):
            # A `__slots__` member, not a default value.
            default = MISSING
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD

    # ClassVar can only be meant if `typing` was imported somewhere.
    typing = sys.modules.get('typing')
    if typing:
        if (_is_classvar(a_type, typing)
                or (isinstance(f.type, str)
                    and _is_type(f.type, cls, typing, typing.ClassVar,
                                 _is_classvar))):
            f._field_type = _FIELD_CLASSVAR

    if f._field_type is _FIELD:
        dataclasses = sys.modules[__name__]
        if (_is_initvar(a_type, dataclasses)
                or (isinstance(f.type, str)
                    and _is_type(f.type, cls, dataclasses, dataclasses.InitVar,
                                 _is_initvar))):
            f._field_type = _FIELD_INITVAR

    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')

    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')

    # An unhashable default is taken to be mutable, and would be shared by
    # every instance.
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


# ---------------------------------------------------------------------------
# The generated methods

def _set_qualname(cls, value):
    """Name a generated function as a method defined in the class body
    would be: qualified by the class, in the class's module (CPython's
    are compiled in that module's globals)."""
    if type(value) is type(_set_qualname):
        value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"
        if cls.__module__ in sys.modules:
            value.__module__ = cls.__module__
    return value


def _set_new_attribute(cls, name, value):
    """Add a generated method unless the class defines its own (returns
    whether it does)."""
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _quoted_names(names):
    """`'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`: how CPython lists the
    missing arguments of a call."""
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f'{quoted[0]} and {quoted[1]}'
    return ', '.join(quoted[:-2]) + f', {quoted[-2]}, and {quoted[-1]}'


# A parameter no argument was bound to yet.
_UNBOUND = object()


class _Signature:
    """The parameters of a generated `__init__` (self first), and how a
    call binds to them: CPython's argument binding, messages included.

    Bound values are a list in parameter order: the positional
    parameters, then the keyword-only ones."""

    def __init__(self, positional, defaults, kw_only, kw_defaults):
        self.positional = positional      # names, self first
        self.n_required = len(positional) - len(defaults)
        self.defaults = defaults          # values of the last positionals
        self.kw_only = kw_only            # names
        self.kw_defaults = kw_defaults    # name -> value
        self.index = {name: i for i, name in enumerate(positional + kw_only)}
        # Without required keyword-only parameters, a call with positional
        # arguments only binds by appending the defaults it lacks.
        if all(name in kw_defaults for name in kw_only):
            self.tail = (_UNBOUND,) * self.n_required + tuple(defaults) + tuple(
                kw_defaults[name] for name in kw_only)
        else:
            self.tail = None

    def bind_positional(self, args):
        """The values for a call without keyword arguments, or None if
        the call needs checking."""
        n = len(args)
        if self.tail is None or n < self.n_required or n > len(self.positional):
            return None
        return args + self.tail[n:]

    def bind(self, qualname, args, kwargs):
        """The values for any call, or the TypeError CPython raises."""
        positional = self.positional
        n_pos = len(positional)
        values = list(args[:n_pos])
        values += [_UNBOUND] * (n_pos + len(self.kw_only) - len(values))
        for name, value in kwargs.items():
            i = self.index.get(name)
            if i is None:
                raise TypeError(f'{qualname}() got an unexpected keyword '
                                f'argument {name!r}')
            if values[i] is not _UNBOUND:
                raise TypeError(f'{qualname}() got multiple values for '
                                f'argument {name!r}')
            values[i] = value
        if len(args) > n_pos:
            self._too_many(qualname, len(args), values)
        if len(args) < n_pos:
            missing = [positional[i] for i in range(self.n_required)
                       if values[i] is _UNBOUND]
            if missing:
                raise TypeError(f'{qualname}() missing {len(missing)} required '
                                f'positional argument{"s" if len(missing) > 1 else ""}: '
                                f'{_quoted_names(missing)}')
            for i, value in enumerate(self.defaults, self.n_required):
                if values[i] is _UNBOUND:
                    values[i] = value
        missing = []
        for i, name in enumerate(self.kw_only, n_pos):
            if values[i] is _UNBOUND:
                if name in self.kw_defaults:
                    values[i] = self.kw_defaults[name]
                else:
                    missing.append(name)
        if missing:
            raise TypeError(f'{qualname}() missing {len(missing)} required '
                            f'keyword-only argument{"s" if len(missing) > 1 else ""}: '
                            f'{_quoted_names(missing)}')
        return values

    def _too_many(self, qualname, given, values):
        n_pos = len(self.positional)
        if self.defaults:
            takes = f'from {self.n_required} to {n_pos}'
            plural = True
        else:
            takes = str(n_pos)
            plural = n_pos != 1
        kw_given = sum(1 for v in values[n_pos:] if v is not _UNBOUND)
        if kw_given:
            extra = (f' positional argument{"s" if given != 1 else ""} (and '
                     f'{kw_given} keyword-only argument{"s" if kw_given != 1 else ""})')
        else:
            extra = ''
        verb = 'was' if given == 1 and not kw_given else 'were'
        raise TypeError(f'{qualname}() takes {takes} positional '
                        f'argument{"s" if plural else ""} but {given}{extra} '
                        f'{verb} given')

    def params(self, types):
        """The parameters after self, for `_format_signature`."""
        params = []
        for i, name in enumerate(self.positional[1:], 1):
            index = i - self.n_required
            default = self.defaults[index] if index >= 0 else MISSING
            params.append((_POSITIONAL, name, types[name], default))
        for name in self.kw_only:
            params.append((_KEYWORD_ONLY, name, types[name],
                           self.kw_defaults.get(name, MISSING)))
        return params


# ---------------------------------------------------------------------------
# Signature text, for the docstring of a class without one: what
# `str(inspect.signature(cls))` gives, minus ` -> None`.

# Parameter kinds, in the order a signature lists them.
_POSITIONAL_ONLY, _POSITIONAL, _VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD = range(5)

# The parameters (after self) of each generated `__init__`, with their
# annotations: (kind, name, annotation or MISSING, default or MISSING).
_init_params = {}


def _format_annotation(annotation):
    """An annotation as `inspect.formatannotation` writes it."""
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation)


def _format_signature(params, return_annotation):
    """`(a, /, b: int = 0, *args, c, **kw) -> R`, as `inspect.Signature`
    prints it."""
    parts = []
    after_positional_only = False
    need_star = True
    for kind, name, annotation, default in params:
        text = name
        if annotation is not MISSING:
            text += f': {_format_annotation(annotation)}'
        if default is not MISSING:
            text += f' = {default!r}' if annotation is not MISSING else f'={default!r}'
        if kind == _POSITIONAL_ONLY:
            after_positional_only = True
        elif after_positional_only:
            parts.append('/')
            after_positional_only = False
        if kind == _VAR_POSITIONAL:
            need_star = False
            text = '*' + text
        elif kind == _KEYWORD_ONLY and need_star:
            parts.append('*')
            need_star = False
        elif kind == _VAR_KEYWORD:
            text = '**' + text
        parts.append(text)
    if after_positional_only:
        parts.append('/')
    text = f'({", ".join(parts)})'
    if return_annotation is not MISSING:
        text += f' -> {_format_annotation(return_annotation)}'
    return text


def _function_params(func):
    """The parameters of a plain Python function, from its code object,
    or None for other callables."""
    code = getattr(func, '__code__', None)
    if code is None:
        return None
    names = code.co_varnames
    n_pos = code.co_argcount
    n_pos_only = code.co_posonlyargcount
    n_kw = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kw_defaults = func.__kwdefaults__ or {}
    annotations = getattr(func, '__annotations__', None) or {}
    params = []
    first_default = n_pos - len(defaults)
    for i in range(n_pos):
        kind = _POSITIONAL_ONLY if i < n_pos_only else _POSITIONAL
        default = defaults[i - first_default] if i >= first_default else MISSING
        params.append((kind, names[i], annotations.get(names[i], MISSING), default))
    index = n_pos + n_kw
    if code.co_flags & 0x04:
        params.append((_VAR_POSITIONAL, names[index], annotations.get(names[index], MISSING), MISSING))
        index += 1
    for name in names[n_pos:n_pos + n_kw]:
        params.append((_KEYWORD_ONLY, name, annotations.get(name, MISSING),
                       kw_defaults.get(name, MISSING)))
    if code.co_flags & 0x08:
        params.append((_VAR_KEYWORD, names[index], annotations.get(names[index], MISSING), MISSING))
    return params, annotations.get('return', MISSING)


def _class_signature(cls):
    """The signature text of calling `cls`, or '' when there is none to
    show (as when `inspect.signature` fails)."""
    # The first class of the MRO defining a Python __new__ or __init__
    # provides the signature.
    for base in cls.__mro__:
        for name in ('__new__', '__init__'):
            if name not in base.__dict__:
                continue
            method = getattr(cls, name)
            while hasattr(method, '__wrapped__'):
                method = method.__wrapped__
            if method in _init_params:
                return _format_signature(_init_params[method], MISSING)
            found = _function_params(method)
            if found is None:
                # A built-in method: not user-defined.
                continue
            params, returns = found
            # Without its first parameter (the class or the instance).
            if params and params[0][0] <= _POSITIONAL:
                params = params[1:]
            elif not params or params[0][0] != _VAR_POSITIONAL:
                return ''
            return _format_signature(params, returns).replace(' -> None', '')
    if cls.__init__ == object.__init__ and cls.__new__ == object.__new__:
        return '()'
    return ''


def _param_default(f):
    """The default of `f`'s parameter, or MISSING."""
    if f.default is not MISSING:
        return f.default
    if f.default_factory is not MISSING:
        return _HAS_DEFAULT_FACTORY
    return MISSING


# How the generated __init__ sets a field (see `_init_fn`).
_ARG, _ARG_OR_FACTORY, _FACTORY, _VALUE = range(4)


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init,
             self_name, slots):
    """The `__init__` taking the init fields (std ones positional, then
    the keyword-only ones) and assigning every field that needs it."""
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} '
                                'follows default argument')

    positional = [self_name]
    defaults = []
    for f in std_fields:
        positional.append(f.name)
        default = _param_default(f)
        if default is not MISSING:
            defaults.append(default)
    kw_only = [f.name for f in kw_only_fields]
    kw_defaults = {}
    for f in kw_only_fields:
        default = _param_default(f)
        if default is not MISSING:
            kw_defaults[f.name] = default
    signature = _Signature(positional, defaults, kw_only, kw_defaults)

    # What __init__ does for each field, in field order: (name, how,
    # what): store the bound value at index `what` (_ARG), or that value
    # unless it is the factory marker (_ARG_OR_FACTORY, `what` is
    # (index, factory)), or what factory `what` makes (_FACTORY), or the
    # fixed value `what` (_VALUE).
    steps = []
    for f in fields:
        if f._field_type is _FIELD_INITVAR:
            continue
        if f.default_factory is not MISSING:
            if f.init:
                steps.append((f.name, _ARG_OR_FACTORY, (signature.index[f.name], f.default_factory)))
            else:
                steps.append((f.name, _FACTORY, f.default_factory))
        elif f.init:
            steps.append((f.name, _ARG, signature.index[f.name]))
        elif slots and f.default is not MISSING:
            # Without a class attribute to fall back on, a slot is filled.
            steps.append((f.name, _VALUE, f.default))
    initvars = [signature.index[f.name] for f in fields if f._field_type is _FIELD_INITVAR]
    store = object.__setattr__ if frozen else setattr

    def __init__(*args, **kwargs):
        values = None if kwargs else signature.bind_positional(args)
        if values is None:
            values = signature.bind(__init__.__qualname__, args, kwargs)
        self = values[0]
        for name, how, what in steps:
            if how == _ARG:
                store(self, name, values[what])
            elif how == _ARG_OR_FACTORY:
                value = values[what[0]]
                store(self, name, what[1]() if value is _HAS_DEFAULT_FACTORY else value)
            elif how == _FACTORY:
                store(self, name, what())
            else:
                store(self, name, what)
        if has_post_init:
            self.__post_init__(*[values[i] for i in initvars])

    annotations = {f.name: f.type for f in fields}
    annotations['return'] = None
    __init__.__annotations__ = annotations
    _init_params[__init__] = signature.params(annotations)
    return __init__


def _repr_fn(fields):
    names = [f.name for f in fields]

    def __repr__(self):
        parts = [f'{name}={getattr(self, name)!r}' for name in names]
        return f'{self.__class__.__qualname__}({", ".join(parts)})'
    return _repr_guard(__repr__)


def _eq_fn(names):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (tuple([getattr(self, n) for n in names])
                    == tuple([getattr(other, n) for n in names]))
        return NotImplemented
    return __eq__


def _order_fns(names):
    """`__lt__`, `__le__`, `__gt__` and `__ge__`, comparing the fields as
    tuples."""
    def values(obj):
        return tuple([getattr(obj, n) for n in names])

    def __lt__(self, other):
        if other.__class__ is self.__class__:
            return values(self) < values(other)
        return NotImplemented

    def __le__(self, other):
        if other.__class__ is self.__class__:
            return values(self) <= values(other)
        return NotImplemented

    def __gt__(self, other):
        if other.__class__ is self.__class__:
            return values(self) > values(other)
        return NotImplemented

    def __ge__(self, other):
        if other.__class__ is self.__class__:
            return values(self) >= values(other)
        return NotImplemented
    return [__lt__, __le__, __gt__, __ge__]


def _frozen_fns(cls, fields):
    """`__setattr__` and `__delattr__` refusing to change the fields (or
    anything, on instances of `cls` itself)."""
    names = frozenset(f.name for f in fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)
    return [__setattr__, __delattr__]


def _hash_fn(names):
    def __hash__(self):
        return hash(tuple([getattr(self, n) for n in names]))
    return __hash__


def _hash_add(cls, fields):
    names = [f.name for f in fields
             if (f.compare if f.hash is None else f.hash)]
    return _set_qualname(cls, _hash_fn(names))


def _hash_set_none(cls, fields):
    return None


def _hash_exception(cls, fields):
    raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')


# What to do about __hash__, by (unsafe_hash, eq, frozen, class defines
# __hash__): keep what there is (None), remove it, add one, or refuse.
_hash_action = {
    (False, False, False, False): None,
    (False, False, False, True): None,
    (False, False, True, False): None,
    (False, False, True, True): None,
    (False, True, False, False): _hash_set_none,
    (False, True, False, True): None,
    (False, True, True, False): _hash_add,
    (False, True, True, True): None,
    (True, False, False, False): _hash_add,
    (True, False, False, True): _hash_exception,
    (True, False, True, False): _hash_add,
    (True, False, True, True): _hash_exception,
    (True, True, False, False): _hash_add,
    (True, True, False, True): _hash_exception,
    (True, True, True, False): _hash_add,
    (True, True, True, True): _hash_exception,
}


# ---------------------------------------------------------------------------
# The decorator

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash,
                                           frozen, match_args, kw_only,
                                           slots, weakref_slot))

    # Fields of dataclass bases come first, the most basic base's first;
    # a redefined field keeps its first position.
    fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(base, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})

    cls_fields = []
    kw_only_seen = False
    dataclasses = sys.modules[__name__]
    for name, a_type in cls_annotations.items():
        if (_is_kw_only(a_type, dataclasses)
                or (isinstance(a_type, str)
                    and _is_type(a_type, cls, dataclasses, dataclasses.KW_ONLY,
                                 _is_kw_only))):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        # A `field()` in the class body leaves its default (if any) as the
        # class attribute.
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a '
                            'frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')

    setattr(cls, _FIELDS, fields)

    # A class defining __eq__ gets __hash__ = None from Python itself;
    # that does not count as an explicit hash.
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values()
                       if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = tuple(f for f in all_init_fields if f.init and not f.kw_only)
    kw_only_init_fields = tuple(f for f in all_init_fields if f.init and f.kw_only)

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        self_name = '__dataclass_self__' if 'self' in fields else 'self'
        _set_new_attribute(cls, '__init__',
                           _init_fn(all_init_fields, std_init_fields,
                                    kw_only_init_fields, frozen,
                                    has_post_init, self_name, slots))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, '__repr__',
                           _repr_fn([f for f in field_list if f.repr]))

    compared = [f.name for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _eq_fn(compared))

    if order:
        for fn in _order_fns(compared):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} '
                                f'in class {cls.__name__}. Consider using '
                                'functools.total_ordering')

    if frozen:
        for fn in _frozen_fns(cls, field_list):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} '
                                f'in class {cls.__name__}')

    hash_action = _hash_action[bool(unsafe_hash), bool(eq), bool(frozen),
                               has_explicit_hash]
    if hash_action:
        cls.__hash__ = hash_action(cls, field_list)

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _class_signature(cls)

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    return cls


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        # Frozen instances too.
        object.__setattr__(self, f.name, value)


def _get_slots(cls):
    """The slot names `cls` itself declares."""
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return []
    if isinstance(slots, str):
        return [slots]
    if not hasattr(slots, '__next__'):
        return list(slots)
    raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")


def _add_slots(cls, is_frozen, weakref_slot):
    """A copy of `cls` whose instances keep the fields in slots: a class's
    `__slots__` can only be given when it is created."""
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')

    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_get_slots(base))
    wanted = field_names + (('__weakref__',) if weakref_slot else ())
    cls_dict['__slots__'] = tuple(n for n in wanted if n not in inherited)
    for name in field_names:
        # The slot descriptors replace the defaults kept as class attributes.
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)

    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname

    if is_frozen:
        if '__getstate__' not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class.

    Examines PEP 526 __annotations__ to determine fields.

    If init is true, an __init__() method is added to the class. If repr
    is true, a __repr__() method is added. If order is true, rich
    comparison dunder methods are added. If unsafe_hash is true, a
    __hash__() method is added. If frozen is true, fields may not be
    assigned to after instance creation. If match_args is true, the
    __match_args__ tuple is added. If kw_only is true, then by default
    all fields are keyword-only. If slots is true, a new class with a
    __slots__ attribute is returned.
    """
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots,
                              weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


# Python's keywords (`keyword.kwlist`), which cannot name fields.
_KEYWORDS = frozenset({
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally',
    'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
    'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
})


def _new_class(name, bases, fill):
    """`types.new_class`: a class made by the most derived metaclass of
    `bases`, its namespace (from `__prepare__`) filled by `fill`."""
    meta = type(bases[0]) if bases else type
    for base in bases:
        base_meta = type(base)
        if issubclass(meta, base_meta):
            continue
        if issubclass(base_meta, meta):
            meta = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must '
                        'be a (non-strict) subclass of the metaclasses of all its bases')
    prepare = getattr(meta, '__prepare__', None)
    ns = prepare(name, bases) if prepare is not None else {}
    fill(ns)
    return meta(name, bases, ns)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """Return a new dynamically created dataclass.

    The dataclass name will be 'cls_name'.  'fields' is an iterable
    of either (name), (name, type) or (name, type, Field) objects. If type is
    omitted, use the string 'typing.Any'.  Field objects are created by
    the equivalent of calling 'field(name, type [, Field-info])'.

    For the bases and namespace parameters, see the builtin type() function.

    The parameters init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
    slots, and weakref_slot are passed to dataclass().

    The dataclass's '__module__' is 'module', which Molt requires: a
    compiled program cannot look up its caller's module as CPython does.
    """
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in _KEYWORDS:
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    if module is None:
        raise NotImplementedError(
            "make_dataclass() needs the module= argument in Molt: the calling "
            "module cannot be found at run time")

    def fill(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    cls = _new_class(cls_name, tuple(bases), fill)
    cls.__module__ = module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


# ---------------------------------------------------------------------------
# Working with dataclass instances

def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass.

    Accepts a dataclass or an instance of one. Tuple elements are of
    type Field.
    """
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a
    dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


# Values asdict()/astuple() return as they are.
_ATOMIC_TYPES = frozenset({
    type(None), bool, int, float, str, bytes, type(...), type(NotImplemented),
    type(len), type(_is_dataclass_instance), type, range, property,
})


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping
    field names to field values.

    The function applies recursively to field values that are dataclass
    instances, and looks into lists, tuples and dicts (which are copied).
    Other objects are deep-copied.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if type(obj) in _ATOMIC_TYPES:
        return obj
    if _is_dataclass_instance(obj):
        if dict_factory is dict:
            return {f.name: _asdict_inner(getattr(obj, f.name), dict)
                    for f in fields(obj)}
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        # A named tuple is built from its fields, not from an iterable.
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        if hasattr(type(obj), 'default_factory'):
            result = type(obj)(getattr(obj, 'default_factory'))
            for k, v in obj.items():
                result[_asdict_inner(k, dict_factory)] = _asdict_inner(v, dict_factory)
            return result
        return type(obj)((_asdict_inner(k, dict_factory),
                          _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _deepcopy(obj, {})


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field
    values.

    The function applies recursively to field values that are dataclass
    instances, and looks into lists, tuples and dicts (which are copied).
    Other objects are deep-copied.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if type(obj) in _ATOMIC_TYPES:
        return obj
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        obj_type = type(obj)
        if hasattr(obj_type, 'default_factory'):
            result = obj_type(getattr(obj, 'default_factory'))
            for k, v in obj.items():
                result[_astuple_inner(k, tuple_factory)] = _astuple_inner(v, tuple_factory)
            return result
        return obj_type((_astuple_inner(k, tuple_factory),
                         _astuple_inner(v, tuple_factory))
                        for k, v in obj.items())
    return _deepcopy(obj, {})


def _deepcopy(obj, memo):
    """`copy.deepcopy` for what asdict()/astuple() meet: atomic values,
    the built-in containers, objects with `__deepcopy__`, and instances of
    plain classes (rebuilt from `__new__` and a copy of their attributes).
    Anything else is a NotImplementedError, not a shallow copy."""
    cls = type(obj)
    if cls in _ATOMIC_TYPES or isinstance(obj, type):
        return obj
    key = id(obj)
    if key in memo:
        return memo[key]
    if cls is list:
        result = []
        memo[key] = result
        result.extend(_deepcopy(v, memo) for v in obj)
    elif cls is tuple:
        items = [_deepcopy(v, memo) for v in obj]
        # A tuple holding itself through a list is found in the memo now.
        if key in memo:
            return memo[key]
        same = all(a is b for a, b in zip(items, obj))
        result = obj if same else tuple(items)
    elif cls is dict:
        result = {}
        memo[key] = result
        for k, v in obj.items():
            result[_deepcopy(k, memo)] = _deepcopy(v, memo)
    elif cls is set or cls is frozenset:
        result = cls([_deepcopy(v, memo) for v in obj])
    elif hasattr(obj, '__deepcopy__'):
        result = obj.__deepcopy__(memo)
    elif hasattr(obj, '__dict__') and cls.__module__ != 'builtins':
        result = cls.__new__(cls)
        memo[key] = result
        state = _deepcopy(obj.__dict__, memo)
        if hasattr(result, '__setstate__'):
            result.__setstate__(state)
        else:
            result.__dict__.update(state)
    else:
        raise NotImplementedError(
            f"deep copy of '{cls.__name__}' objects is not supported yet")
    if result is not obj:
        memo[key] = result
    return result


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values.

    This is especially useful for frozen classes.  Example usage::

      @dataclass(frozen=True)
      class C:
          x: int
          y: int

      c = C(1, 2)
      c1 = replace(c, x=3)
      assert c1.x == 3 and c1.y == 2
    """
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with '
                                 'replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} "
                                 'must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
