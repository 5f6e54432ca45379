# Built-in exception constructors: keyword attributes, OSError fields and
# errno subclasses, Unicode error fields and messages.
e=ImportError('x', name_from='y'); print(e.name_from)
e=ImportError('a','b', name='n'); print(e.msg, e.name, e.path, str(e), repr(e))
e=ImportError(); print(e.msg, repr(e), e.__dict__)
for T in (ImportError, AttributeError, NameError, ValueError, OSError):
    try: T(foo=1)
    except TypeError as t: print(t)
class E(Exception): pass
try: E(x=1)
except TypeError as t: print(t)
class F(ImportError): pass
f = F("m", name="q"); print(f.name, f.msg)
class G(OSError):
    def __init__(self, p):
        super().__init__(2, "nf", p)
g = G("path"); print(type(g).__name__, g.errno, g.filename, g.args, g)
e=AttributeError('m', name='n', obj=3); print(e.name, e.obj, repr(e), e.args)
e=NameError('m', name='n'); print(e.name, repr(e), e.args)
e=OSError(); print(e.errno, e.args, str(e), repr(e))
e=OSError(1); print(e.errno, e.args, str(e))
e=OSError(1,2,3,4,5,6); print(e.errno, e.args, str(e))
e=OSError(2,'x','f'); print(repr(e), e.args)
e=OSError(2,'x','f'); e.errno=5; print(e, e.args)
e=FileNotFoundError(13,'x'); print(type(e).__name__)
class My(OSError): pass
print(type(My(2,'x')).__name__)
e=BlockingIOError(11,'x',5); print(e.characters_written, e.filename, e.args)
try: OSError(1,'x').characters_written
except AttributeError as a: print("AE", a)
e=UnicodeDecodeError('utf-8', b'ab', 0, 1, 'bad'); print(e, e.args, repr(e))
e=UnicodeDecodeError('utf-8', b'ab', 0, 2, 'bad'); print(e)
e=UnicodeEncodeError('ascii', 'ab\u20ac', 2, 3, 'bad'); print(e)
e=UnicodeEncodeError('ascii', 'abc', 0, 2, 'bad'); print(e)
e=UnicodeEncodeError('ascii', 'a\xff', 1, 2, 'bad'); print(e)
try: UnicodeDecodeError('x')
except TypeError as t: print(t)
for b in [b'\xe2\x28\xa1', b'ab\xf0\x9f\x98', b'\xc0\x80', b'\xed\xa0\x80x']:
    try: b.decode()
    except UnicodeDecodeError as u: print(u, u.start, u.end)
try: x_undefined
except NameError as n: print(n.name)
try: object().zz
except AttributeError as a: print(a.name, type(a.obj).__name__)
try: (1).zz
except AttributeError as a: print(a.name, a.obj)
