"""Writes tests/hidden/*.in and *.ans for the word-frequency problem.

Deterministic (fixed seed, stdlib only). Run from anywhere:
    python3 generators/gen_hidden.py
The .ans files are computed with the same logic as
solutions/accepted/counter.py.
"""
import random
from collections import Counter
from pathlib import Path

HIDDEN = Path(__file__).resolve().parent.parent / "tests" / "hidden"


def solve(data):
    first, _, text = data.partition("\n")
    k = int(first)
    separators = {ord(ch): " " for ch in set(text) if not ch.isalpha()}
    counts = Counter(w.lower() for w in text.translate(separators).split())
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return "".join(f"{word} {count}\n" for word, count in ranked[:k])


def write(name, data):
    # newline="" keeps the text exactly as given (the CRLF test needs that).
    with open(HIDDEN / f"{name}.in", "w", encoding="utf-8", newline="") as f:
        f.write(data)
    with open(HIDDEN / f"{name}.ans", "w", encoding="utf-8", newline="") as f:
        f.write(solve(data))


HANDWRITTEN = {
    "01-punctuation": (
        "3\n"
        'Hello, world! Hello... world? hello;world:hello (world) "end".\n'
        "end-of-line, end\n"
    ),
    "02-apostrophes": (
        "4\n"
        "Don't stop: it's what we don't know. Isn't it? It's fine, it isn't.\n"
    ),
    "03-digits": (
        "10\n"
        "abc123def abc 4 def5 x1y2z3 abc_def 2024 ABC\tdef\n"
        "snake_case_name 3rd 42nd x\n"
    ),
    "04-mixed-case": (
        "3\n"
        "The cat saw THE dog. the Dog saw the CAT. tHe end\n"
    ),
    "05-ties-alphabetical": (
        "3\n"
        "pear apple fig pear banana apple fig banana cherry cherry kiwi\n"
    ),
    "06-k-larger-than-distinct": (
        "100\n"
        "one two two three three three\n"
    ),
    "07-empty-text": "5\n",
    "08-no-newline-after-k": "7",
    "09-no-letters": "3\n123 456 !!! --- 7.5\n\n___ 99%\n",
    "10-blank-lines": (
        "5\n"
        "\n\n   beta\n\n\nalpha Beta\n\n\n\tgamma\n\n  \n\nALPHA beta\n\n"
    ),
    "11-unicode": (
        "7\n"
        "Café café CAFÉ naïve Привет, привет! мир; ПРИВЕТ\n"
        "zebra école Zebra École über Über straße\n"
    ),
    "12-crlf": (
        "2\r\n"
        "Red, green; BLUE.\r\n\r\nred blue\r\nBlue RED green\r\n"
    ),
    "13-k-one-tie": "1\nb a b a c\n",
}


def random_word(rng, min_len, max_len):
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz")
                   for _ in range(rng.randint(min_len, max_len)))


def all_distinct(rng):
    """3000 different words, each once: the answer is pure tie-breaking."""
    vocab = set()
    while len(vocab) < 3000:
        vocab.add(random_word(rng, 3, 8))
    words = sorted(vocab)
    rng.shuffle(words)
    lines = [" ".join(words[i:i + 10]) for i in range(0, len(words), 10)]
    return "1000\n" + "\n".join(lines) + "\n"


def decorate(rng, word):
    r = rng.random()
    if r < 0.10:
        return word.capitalize()
    if r < 0.13:
        return word.upper()
    return word


def separator(rng):
    r = rng.random()
    if r < 0.70:
        return " "
    if r < 0.78:
        return ", "
    if r < 0.84:
        return ". "
    if r < 0.87:
        return "; "
    if r < 0.89:
        return " - "
    if r < 0.91:
        return f" {rng.randint(0, 999)} "
    if r < 0.93:
        return "'"
    return "\n"


def medium_random(rng):
    """Small vocabulary, so most counts are tied."""
    vocab = sorted({random_word(rng, 1, 4) for _ in range(300)})
    parts = []
    for _ in range(4000):
        parts.append(decorate(rng, rng.choice(vocab)))
        parts.append(separator(rng))
    return "50\n" + "".join(parts) + "\n"


UNICODE_LETTERS = "éèüöäñçßøåабвгдежзиклмнопрстуфхцчшщыэюя"


def large(rng, n_words, vocab_size):
    """Zipf-like frequencies over a big vocabulary."""
    # A list plus a "seen" set, not a bare set: set order depends on string
    # hashing, which changes between runs, and would break reproducibility.
    vocab, seen = [], set()
    while len(vocab) < vocab_size:
        w = random_word(rng, 2, 9)
        if rng.random() < 0.05:
            pos = rng.randrange(len(w))
            w = w[:pos] + rng.choice(UNICODE_LETTERS) + w[pos + 1:]
        if w not in seen:
            seen.add(w)
            vocab.append(w)
    cum, total = [], 0.0
    for rank in range(1, len(vocab) + 1):
        total += 1.0 / rank
        cum.append(total)
    chosen = rng.choices(vocab, cum_weights=cum, k=n_words)
    parts = []
    for w in chosen:
        parts.append(decorate(rng, w))
        parts.append(separator(rng))
    return "1000\n" + "".join(parts) + "\n"


def main():
    HIDDEN.mkdir(parents=True, exist_ok=True)
    for name, data in HANDWRITTEN.items():
        write(name, data)
    rng = random.Random(20240611)
    write("14-all-distinct", all_distinct(rng))
    write("15-random-ties", medium_random(rng))
    write("16-large", large(rng, 220_000, 40_000))


if __name__ == "__main__":
    main()
