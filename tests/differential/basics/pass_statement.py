# pass in every block kind.
def nothing():
    pass


print(nothing())
if True:
    pass
else:
    pass
for i in range(3):
    pass
print("i after loop", i)
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print("done")
