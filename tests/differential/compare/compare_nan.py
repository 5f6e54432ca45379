# NaN never compares equal, not even to itself, but identity still works for `in`.
nan = float("nan")
print(nan == nan, nan != nan, nan < nan, nan > nan, nan <= nan, nan >= nan)
print(nan == 0.0, nan < 1.0, nan > 1.0)
lst = [nan]
print(nan in lst, lst == lst, [nan] == [nan])
x = nan
print(x is nan, x == nan, (nan,) == (nan,))
print(max(1.0, nan), max(nan, 1.0), min(nan, 1.0), min(1.0, nan))
