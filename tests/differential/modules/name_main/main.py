# __name__ is "__main__" only in the entry module.
import lib


def main():
    print("main() of the entry module")
    lib.main()
    return 0


print("entry __name__ is", __name__)
if __name__ == "__main__":
    main()
else:
    print("not reached")
