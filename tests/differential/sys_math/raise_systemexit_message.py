# raise SystemExit("text") prints text to stderr, exit status 1.
def main():
    print("main running")
    raise SystemExit("stopped by SystemExit")


main()
