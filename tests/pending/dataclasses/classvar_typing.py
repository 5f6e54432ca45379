# ClassVar annotations (needs a typing module) are class attributes, not fields.
from dataclasses import dataclass, field, fields
from typing import ClassVar


@dataclass
class Counter:
    count: ClassVar[int] = 0
    label: "ClassVar[str]" = "c"
    name: str = "x"

    def __post_init__(self):
        Counter.count += 1


Counter()
Counter("y")
print(Counter.count, [f.name for f in fields(Counter)], Counter.__doc__)
print(Counter.__dataclass_fields__["count"]._field_type)
try:
    @dataclass
    class Bad:
        x: ClassVar[list] = field(default_factory=list)
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad2:
        x: ClassVar[int] = field(default=1, kw_only=True)
except TypeError as e:
    print(type(e).__name__, e)
