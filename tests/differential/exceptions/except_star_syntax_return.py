# 'return' may not leave an except* handler (nested functions may return).
def handler():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        def helper():
            return 1
        return helper()

print(handler())
