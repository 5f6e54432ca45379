# Uncaught "too many values to unpack" after some successful unpacking of CSV-like records.
pairs = [("a", 1), ("b", 2)]
for k, v in pairs:
    print(k, v)

records = ["alice,30,admin", "bob,25,user", "carol,41,admin,extra"]
parsed = []
for line in records[:2]:
    name, age, role = line.split(",")
    parsed.append((name, int(age), role))
print(parsed)

# Tolerant parsing with a starred target
for line in records:
    name, age, *rest = line.split(",")
    print(name, age, rest)

# Slicing avoids the error
name, age, role = records[2].split(",")[:3]
print(name, age, role)

# The strict form fails on the last record
for line in records:
    name, age, role = line.split(",")
    print("strict ok:", name)
