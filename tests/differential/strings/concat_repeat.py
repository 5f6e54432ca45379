# String concatenation and repetition.
a = "foo"
b = "bar"
print(a + b, b + a, a + "" + b, "" + "")
print(a * 3, 3 * a, a * 0, a * -2, "" * 100, "-" * 20)
print((a + b) * 2, a + b * 2)
s = ""
for i in range(5):
    s += str(i)
print(s, len(s))
s = "x"
s *= 4
print(s)
print("ab" * True, "ab" * False)
line = "=" * 10 + " title " + "=" * 10
print(line, len(line))
