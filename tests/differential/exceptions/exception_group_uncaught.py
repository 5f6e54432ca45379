# An uncaught ExceptionGroup: the traceback is drawn as a box; exit status 1.
def worker(n):
    if n % 2:
        raise ValueError("odd %d" % n)
    return n * 10

def run_all(ns):
    results, errors = [], []
    for n in ns:
        try:
            results.append(worker(n))
        except ValueError as e:
            e.add_note("worker %d" % n)
            errors.append(e)
    print("results:", results)
    print("errors:", [str(e) for e in errors])
    if errors:
        raise ExceptionGroup("%d workers failed" % len(errors), errors)
    return results

print(run_all([0, 2, 4]))
try:
    run_all([1, 2, 3])
except ExceptionGroup as eg:
    print("caught:", eg, [e.__notes__ for e in eg.exceptions])
run_all([5, 6])
