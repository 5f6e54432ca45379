# The unhandled part of a group escapes with the original traceback and
# the raised exceptions are listed beside it.
def work():
    try:
        raise ExceptionGroup("jobs", [ValueError("v"), TypeError("t"), OSError("o")])
    except* ValueError:
        raise KeyError("replacement")
    except* TypeError:
        print("type handled")

def main():
    work()

main()
