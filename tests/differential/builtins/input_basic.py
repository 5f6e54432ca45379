# input() reads lines from stdin; the prompt goes to stdout without a newline.
name = input()
print("name:", repr(name))
age = input("age? ")
print("age:", int(age) + 1)
line = input("> ")
print("raw:", repr(line))
empty = input()
print("empty:", repr(empty), len(empty))
total = 0
n = int(input())
for i in range(n):
    total += int(input())
print("total", total)
last = input("last: ")
print(repr(last))
