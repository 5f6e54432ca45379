# contextlib.contextmanager implementing a transaction with rollback and re-raise.
import contextlib

@contextlib.contextmanager
def transaction(store):
    snapshot = dict(store)
    try:
        yield store
    except Exception:
        store.clear()
        store.update(snapshot)
        print("  rolled back")
        raise
data = {"a": 1}
try:
    with transaction(data) as d:
        d["b"] = 2
        raise RuntimeError("fail mid-transaction")
except RuntimeError as e:
    print("error:", e, data)
with transaction(data) as d:
    d["c"] = 3
print(data)

@contextlib.contextmanager
def swallowing_transaction(store):
    snapshot = dict(store)
    try:
        yield store
    except KeyError as e:
        store.clear()
        store.update(snapshot)
        print("  rolled back and swallowed", repr(e))
with swallowing_transaction(data) as d:
    d["z"] = 26
    d["missing"] += 1
print("after swallowed:", data)

# Without try/finally, code after the yield runs only on a clean exit
@contextlib.contextmanager
def timed(label, log):
    log.append(label + " start")
    yield
    log.append(label + " end")  # skipped if the body raises
log = []
with timed("ok", log):
    pass
try:
    with timed("fail", log):
        raise ValueError("body")
except ValueError:
    log.append("caught")
print(log)
with transaction(data) as d:
    d.pop("nope")
