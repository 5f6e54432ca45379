# sys.float_info: fields, tuple behaviour, repr, and relations to float.
import sys

fi = sys.float_info
print(fi)
print(fi.max, fi.max_exp, fi.max_10_exp, fi.min, fi.min_exp, fi.min_10_exp)
print(fi.dig, fi.mant_dig, fi.epsilon, fi.radix, fi.rounds)
print(len(fi), fi[0] == fi.max, fi[-1], tuple(fi)[8] == fi.epsilon, isinstance(fi, tuple))
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
print(fi.max * 2, fi.min / 2 > 0, (2.0 ** (fi.mant_dig - 1)).is_integer())
try:
    fi.max = 1.0
except AttributeError as e:
    print(type(e).__name__)
