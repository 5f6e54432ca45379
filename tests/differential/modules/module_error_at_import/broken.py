print("broken: starting")
VALUE = 1


def helper():
    return {}["missing key"]


helper()
print("broken: never finishes")
