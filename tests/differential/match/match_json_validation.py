# Validating JSON-like nested data with match: mixed mapping, sequence and class patterns.
def validate(doc):
    match doc:
        case {"version": 1, "users": [*users]}:
            names = []
            for u in users:
                match u:
                    case {"name": str(name), "age": int(age)} if 0 <= age < 150:
                        names.append(name)
                    case {"name": str(name), "age": age}:
                        raise ValueError("bad age for %s: %r" % (name, age))
                    case {"name": _}:
                        raise ValueError("name must be a string")
                    case _:
                        raise ValueError("user missing name: %r" % (u,))
            return "v1 users: " + ", ".join(names)
        case {"version": 2, "data": {"users": list(users)}}:
            return "v2 with %d users" % len(users)
        case {"version": int(v)} if v > 2:
            return "future version %d" % v
        case {"version": v}:
            return "unsupported version %r" % (v,)
        case list() | tuple():
            return "top level must be an object"
        case _:
            return "not a document"

docs = [
    {"version": 1, "users": [{"name": "ann", "age": 30}, {"name": "bob", "age": 41}]},
    {"version": 1, "users": []},
    {"version": 1, "users": [{"name": "cy", "age": -4}]},
    {"version": 1, "users": [{"name": 7, "age": 1}]},
    {"version": 1, "users": [{"age": 1}]},
    {"version": 1, "users": "not a list"},
    {"version": 2, "data": {"users": [1, 2, 3]}},
    {"version": 2, "data": {"users": (1, 2)}},
    {"version": 7},
    {"version": "1"},
    [1, 2],
    "text",
]
for d in docs:
    try:
        print(validate(d))
    except ValueError as e:
        print("invalid:", e)
