print("lib __name__ is", __name__)


def main():
    print("lib.main called")


if __name__ == "__main__":
    print("lib run as script (never here)")
    main()
