# 'break' may not leave an except* handler (a loop inside the handler is fine).
for attempt in range(3):
    try:
        raise ExceptionGroup("g", [ValueError(attempt)])
    except* ValueError:
        for inner in range(2):
            break
        if attempt:
            break
