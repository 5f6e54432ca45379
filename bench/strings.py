"""String processing: build ~10**6 words, then split/join/replace/format/f-strings/case ops."""

WORDS = 10**6
SYLLABLES = ["ka", "lo", "mi", "ren", "tsu", "va", "que", "sho", "b\u00e9", "zi", "nor", "ph"]


def make_words(n):
    # Deterministic words of 1-3 syllables chosen by a small LCG.
    seed = 12345
    words = []
    ns = len(SYLLABLES)
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        k = 1 + (seed >> 16) % 3
        w = ""
        for j in range(k):
            w += SYLLABLES[(seed >> (4 * j + 3)) % ns]
        words.append(w)
    return words


def checksum(s):
    # Hash-free checksum over code points.
    total = 0
    for ch in s[::7]:
        total = (total * 31 + ord(ch)) % 1000000007
    return total


def main():
    words = make_words(WORDS)
    text = " ".join(words)
    print("text length:", len(text), "checksum:", checksum(text))

    # Split back into words and lines.
    parts = text.split()
    print("split words:", len(parts), "first:", parts[:4])
    lines = [" ".join(parts[i:i + 12]) for i in range(0, len(parts), 12)]
    doc = "\n".join(lines)
    print("lines:", len(doc.splitlines()), "longest:", max(len(l) for l in lines))

    # Replace, case changes, searching.
    replaced = text.replace("ka", "KA").replace("ph", "f")
    upper = text.upper()
    print("replaced:", len(replaced), replaced.count("KA"), "upper sample:", upper[:24])
    print("find:", text.find("quequeque"), text.rfind("lolo"), "startswith:",
          sum(1 for w in parts if w.startswith("sho")))
    titled = [w.capitalize() for w in parts[:50000]]
    print("capitalized:", " ".join(titled[:5]), sum(1 for w in titled if w.istitle()))

    # Formatting with %, str.format and f-strings.
    rows = []
    for i in range(0, len(parts), 5):
        w = parts[i]
        rows.append("%-8s|%5d" % (w, i % 99991))
        rows.append("{0:>10}:{1:04x}".format(w, len(w) * i % 65536))
        rows.append(f"{w!r}={i * 0.5:.2f};{w.upper():^9}")
    formatted = "".join(rows)
    print("formatted:", len(formatted), "checksum:", checksum(formatted))
    print("samples:", rows[3], rows[4], rows[5])

    # Character-level work: strip, partition, reversed and comparisons.
    stripped = [("  " + w + "..").strip(" .") for w in parts[:200000]]
    heads = [w.partition("o")[0] for w in stripped]
    rev = "".join(reversed(text[:100000]))
    print("stripped ok:", stripped == parts[:200000], "heads:", checksum("".join(heads)),
          "reversed:", rev[:16], "max word:", max(parts))


main()
