"""Exception-heavy loops: raise/catch custom exceptions with try/except/else/finally."""

N = 2500000


class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(detail)
        self.code = code


class RetryError(AppError):
    pass


def check(i):
    # Raise different exception types depending on i.
    if i % 7 == 0:
        raise RetryError(i % 5, "retry")
    if i % 11 == 0:
        raise AppError(i % 13, "app")
    if i % 13 == 0:
        raise ValueError("bad value %d" % i)
    if i % 17 == 0:
        return {}["missing"]
    return i


def deep(n):
    # Exception propagates through several frames.
    if n == 0:
        raise AppError(n, "bottom")
    return deep(n - 1) + 1


def main():
    counts = [0] * 7        # retry, app, value, key, ok, finally, nested
    code_sum = 0
    for i in range(N):
        try:
            check(i)
        except RetryError as e:
            counts[0] += 1
            code_sum += e.code
        except AppError as e:
            counts[1] += 1
            code_sum += e.code * 2
        except (ValueError, KeyError) as e:
            if isinstance(e, ValueError):
                counts[2] += 1
            else:
                counts[3] += 1
        else:
            counts[4] += 1
        finally:
            counts[5] += 1

        # Re-raise from a handler and catch the chained exception outside.
        if i % 50 == 0:
            try:
                try:
                    deep(10)
                except AppError as inner:
                    raise RuntimeError("wrapped") from inner
            except RuntimeError as outer:
                if isinstance(outer.__cause__, AppError):
                    counts[6] += 1

    print("retry:", counts[0], "app:", counts[1], "value:", counts[2], "key:", counts[3])
    print("ok:", counts[4], "finally:", counts[5], "nested:", counts[6], "codes:", code_sum)
    msgs = []
    for i in (7, 11, 13):
        try:
            check(i)
        except Exception as e:
            msgs.append(type(e).__name__ + ":" + str(e))
    print(" ".join(msgs))


main()
