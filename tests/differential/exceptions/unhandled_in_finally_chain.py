# Chained uncaught exception whose final exception was raised with notes in a nested frame.
def cleanup(resource):
    print("cleanup", resource)
    if resource == "db":
        raise ConnectionError("could not close db")

def work():
    opened = []
    try:
        for r in ["file", "db", "net"]:
            opened.append(r)
            if r == "net":
                raise TimeoutError("network timed out")
    finally:
        print("opened", opened)
        for r in reversed(opened):
            try:
                cleanup(r)
            except ConnectionError as e:
                e.add_note("during cleanup of " + r)
                print("cleanup failed:", e, e.__notes__)
                print("context:", repr(e.__context__))
                raise

work()
