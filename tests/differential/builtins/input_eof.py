# input() at end of input raises EOFError; uncaught, it ends the program.
first = input()
print("got", first)
try:
    input("prompt: ")
except EOFError as e:
    print()
    print("EOFError caught:", e)
print("reading again")
input()
print("never")
