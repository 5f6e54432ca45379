# while/else: the else runs only when the loop ends without break.
def find(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            print("found", target, "at", i)
            break
        i += 1
    else:
        print(target, "not found")


find([4, 5, 6], 5)
find([4, 5, 6], 9)
find([], 1)
n = 0
while n < 3:
    n += 1
    continue
else:
    print("else after continue-only loop", n)
while False:
    print("never")
else:
    print("else runs for a loop that never iterates")
