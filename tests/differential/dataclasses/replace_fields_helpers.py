# replace(), fields(), is_dataclass(), MISSING and __dataclass_fields__.
from dataclasses import dataclass, field, fields, replace, is_dataclass, MISSING, Field


@dataclass(frozen=True)
class Config:
    host: str
    port: int = 80
    debug: bool = field(default=False, init=False)


c = Config("localhost")
c2 = replace(c, port=8080)
print(c, c2, c is not c2, replace(c) == c)
try:
    replace(c, debug=True)
except ValueError as e:
    print(type(e).__name__, e)
try:
    replace(c, nope=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    replace(3, a=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    replace(Config, port=1)
except TypeError as e:
    print(type(e).__name__, e)

print(is_dataclass(c), is_dataclass(Config), is_dataclass(3), is_dataclass(int), is_dataclass(dict))
fs = fields(c)
print(type(fs).__name__, len(fs), [f.name for f in fs], fields(Config) == fs)
print(isinstance(fs[0], Field), fs[1].default, fs[0].default is MISSING, fs[2].init)
for bad in (3, Field, "x"):
    try:
        fields(bad)
    except TypeError as e:
        print(type(e).__name__, e)
dfs = Config.__dataclass_fields__
print(type(dfs).__name__, list(dfs), dfs["port"].name, dfs["port"].type)
print(Config.__dataclass_params__)
print(repr(MISSING)[:35] == "<dataclasses._MISSING_TYPE object ", type(MISSING).__name__)
print(Field.__slots__)
