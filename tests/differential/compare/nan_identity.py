# molt: xfail floats are values in Molt, so two NaNs made separately are identical (docs/divergences.md)
# Containers compare by identity before equality; separately created NaN
# objects are distinct in CPython.
nan = float("nan")
lst = [nan]
print(nan in lst, float("nan") in lst, lst == lst, [nan] == [nan], lst == [float("nan")])
print(float("nan") is float("nan"))
