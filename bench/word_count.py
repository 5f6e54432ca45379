"""Dict and set heavy: word frequencies over an LCG-generated corpus, plus vocabulary set algebra."""

WORDS = 1200000
DOCS = 8
LETTERS = "etaoinshrdlucmfwyp"


class Lcg:
    # Deterministic pseudo-random generator (64-bit linear congruential).
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return self.state >> 33


def make_vocabulary(rng, size):
    vocab = []
    for _ in range(size):
        n = 2 + rng.next() % 6
        vocab.append("".join(LETTERS[rng.next() % len(LETTERS)] for _ in range(n)))
    return vocab


def make_corpus(rng, vocab, n):
    # Skewed (roughly Zipf-like) choice: small indices are much more common.
    words = []
    size = len(vocab)
    for _ in range(n):
        r = rng.next()
        idx = (r % size) * (r % 997) // 997
        words.append(vocab[idx])
    return words


def count(words):
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    return freq


def main():
    rng = Lcg(2024)
    vocab = make_vocabulary(rng, 20000)
    corpus = make_corpus(rng, vocab, WORDS)
    freq = count(corpus)
    print("words:", len(corpus), "distinct:", len(freq))

    # Top words sorted by count descending, then alphabetically.
    top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
    print("top:", top)

    # Per-document vocabularies and set algebra.
    per_doc = len(corpus) // DOCS
    vocabs = [set(corpus[i * per_doc:(i + 1) * per_doc]) for i in range(DOCS)]
    common = set(vocabs[0])
    union = set()
    for v in vocabs:
        common &= v
        union |= v
    only_first = vocabs[0] - vocabs[1]
    sym = vocabs[2] ^ vocabs[3]
    print("common:", len(common), "union:", len(union), "only first:", len(only_first),
          "symmetric:", len(sym))
    print("subset:", common <= union, "disjoint:", vocabs[0].isdisjoint(vocabs[1]),
          "sample common:", sorted(common)[:5])

    # Group words by length and by first letter using nested dicts.
    by_len = {}
    for w, c in freq.items():
        inner = by_len.setdefault(len(w), {})
        inner[w[0]] = inner.get(w[0], 0) + c
    for length in sorted(by_len):
        inner = by_len[length]
        best = max(sorted(inner), key=lambda k: inner[k])
        print("len", length, "total", sum(inner.values()), "top letter", best, inner[best])

    # Bigram counts with tuple keys; delete rare ones.
    bigrams = {}
    for i in range(len(corpus) - 1):
        key = (corpus[i], corpus[i + 1])
        bigrams[key] = bigrams.get(key, 0) + 1
    rare = [k for k, v in bigrams.items() if v < 3]
    for k in rare:
        del bigrams[k]
    print("bigrams kept:", len(bigrams), "removed:", len(rare),
          "top bigram:", min(bigrams.items(), key=lambda kv: (-kv[1], kv[0])))


main()
