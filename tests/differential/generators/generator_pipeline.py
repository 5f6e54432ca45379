# A generator-based data pipeline: parse -> filter -> transform -> aggregate.
LOG = """\
2024-01-01 INFO user=alice action=login ms=12
2024-01-01 WARN user=bob action=login ms=340
malformed line here
2024-01-02 INFO user=alice action=upload ms=1200
2024-01-02 ERROR user=carol action=upload ms=5000
2024-01-03 INFO user=bob action=logout ms=8
2024-01-03 INFO user=alice action=logout ms=4"""

def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line

def parse(lines, errors):
    for n, line in lines:
        parts = line.split()
        try:
            date, level, *fields = parts
            record = dict(f.split("=", 1) for f in fields)
            record["ms"] = int(record["ms"])
        except (ValueError, KeyError) as e:
            errors.append((n, type(e).__name__))
            continue
        record.update(date=date, level=level)
        yield record

def where(records, pred):
    return (r for r in records if pred(r))

def stage_counter(records, counts, name):
    for r in records:
        counts[name] = counts.get(name, 0) + 1
        yield r

errors = []
counts = {}
pipeline = stage_counter(parse(read_lines(LOG), errors), counts, "parsed")
pipeline = where(pipeline, lambda r: r["level"] != "ERROR")
pipeline = stage_counter(pipeline, counts, "kept")
print("nothing consumed yet:", counts, errors)

per_user = {}
for rec in pipeline:
    user = rec["user"]
    per_user.setdefault(user, []).append((rec["action"], rec["ms"]))
    print("  processed", rec["date"], user, rec["action"])

for user in sorted(per_user):
    acts = per_user[user]
    print(user, acts, "total ms", sum(ms for _, ms in acts))
print("counts:", counts)
print("errors:", errors)

# Lazy chaining: only as much work as needed
counts.clear()
first_slow = next(where(stage_counter(parse(read_lines(LOG), []), counts, "parsed"), lambda r: r["ms"] > 100))
print("first slow:", first_slow["user"], first_slow["ms"], counts)
