# A retry loop with finally-based bookkeeping and backoff accounting.
class TransientError(Exception):
    pass

class FatalError(Exception):
    pass

def make_service(script):
    calls = iter(script)
    def call():
        outcome = next(calls)
        if outcome == "t":
            raise TransientError("temporary glitch")
        if outcome == "f":
            raise FatalError("permanent failure")
        return outcome
    return call

def retry(fn, attempts, stats):
    delay = 1
    last = None
    for attempt in range(1, attempts + 1):
        stats["tries"] += 1
        try:
            result = fn()
        except TransientError as e:
            last = e
            stats["waited"] += delay
            delay *= 2
            print("  attempt", attempt, "transient, next delay", delay)
            continue
        except FatalError:
            print("  attempt", attempt, "fatal")
            raise
        else:
            print("  attempt", attempt, "ok")
            return result
        finally:
            stats["log"].append(attempt)
    raise RuntimeError("gave up after %d attempts" % attempts) from last

for script in ["ok", "ttok", "ttt", "tf"]:
    stats = {"tries": 0, "waited": 0, "log": []}
    print("script", script)
    try:
        print("  result:", retry(make_service(script), 3, stats))
    except RuntimeError as e:
        print("  RuntimeError:", e, "| cause:", e.__cause__)
    except FatalError as e:
        print("  FatalError:", e)
    print("  stats:", stats)
