# complex values in match statements: literal patterns (real + imag), class patterns, guards.
def classify(z):
    match z:
        case 0j:
            return "zero"
        case 1j | -1j:
            return "unit imaginary"
        case 1 + 2j:
            return "one plus two j"
        case -1.5 - 0.5j:
            return "negative"
        case complex(real=0.0, imag=im):
            return f"pure imaginary {im}"
        case complex(real=re, imag=0.0):
            return f"real {re}"
        case complex() if abs(z) > 10:
            return "large"
        case complex():
            return "other complex"
        case _:
            return "not complex"


for z in [0j, 0, 0.0, 1j, -1j, 1 + 2j, -1.5 - 0.5j, 3j, 2 + 0j, complex(20, 20), 1 + 1j, 1, "1j"]:
    print(repr(z), "->", classify(z))
