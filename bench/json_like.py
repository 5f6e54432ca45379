"""Hand-written JSON-like serializer of nested dicts/lists/strings/numbers, run repeatedly."""

ROUNDS = 120
ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def encode_string(s):
    out = ['"']
    for ch in s:
        esc = ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def encode(value, out):
    # Dispatch on type; order matters because bool is a subclass of int.
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, float):
        out.append(repr(value))
    elif isinstance(value, str):
        out.append(encode_string(value))
    elif isinstance(value, (list, tuple)):
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(",")
            encode(item, out)
        out.append("]")
    elif isinstance(value, dict):
        out.append("{")
        first = True
        for key in value:
            if not first:
                out.append(",")
            first = False
            out.append(encode_string(str(key)))
            out.append(":")
            encode(value[key], out)
        out.append("}")
    else:
        raise TypeError("cannot encode %r" % (value,))


def dumps(value):
    out = []
    encode(value, out)
    return "".join(out)


def make_record(i):
    return {
        "id": i,
        "name": "user_%d" % i,
        "email": "user%d@example.com" % i,
        "active": i % 3 != 0,
        "score": i * 1.25 - 7.5,
        "ratio": 1.0 / (i + 1),
        "tags": ["t%d" % (i % 7), "g%d" % (i % 11), None],
        "note": 'line one\nline "two"\ttab \\ back caf\u00e9 \u2603',
        "address": {"street": "%d Main St" % (i * 3), "zip": "%05d" % (i * 37 % 100000),
                    "geo": [i * 0.001, -i * 0.002]},
        "history": [{"t": j, "ok": j % 2 == 0, "v": j * i} for j in range(4)],
    }


def checksum(s):
    # Sum of code points modulo a prime (independent of hashing).
    total = 0
    for ch in s:
        total += ord(ch)
    return total % 1000003


def main():
    data = {"version": 3, "empty": {}, "nothing": [], "records": [make_record(i) for i in range(300)]}
    total_len = 0
    text = ""
    for r in range(ROUNDS):
        data["round"] = r
        text = dumps(data)
        total_len += len(text)
    print("length:", len(text), "total:", total_len)
    print("checksum:", checksum(text))
    print("head:", text[:70])


main()
