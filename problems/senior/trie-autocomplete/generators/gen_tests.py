#!/usr/bin/env python3
"""Writes tests/sample.json, tests/edge.json, tests/random.json,
tests/large.json and tests/removal.json for trie-autocomplete.

Expected results come from a brute-force model written straight from the
statement (Model below: a dict of weights, and suggest sorts every matching
word by (-weight, word)). Every case, the large one included, is also
played on both accepted solutions, which must agree with the model.

Deterministic (fixed seed), stdlib only. Run from anywhere (about 15 s,
most of it the brute-force model on the large case):

    python3 generators/gen_tests.py
"""
import importlib.util
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
PROBLEM = os.path.dirname(HERE)
TESTS = os.path.join(PROBLEM, "tests")
SEED = 20250307


class Model:
    """The statement, literally."""

    def __init__(self):
        self.weights = {}

    def insert(self, word, weight):
        self.weights[word] = weight

    def remove(self, word):
        return self.weights.pop(word, None) is not None

    def suggest(self, prefix, k):
        matching = [w for w in self.weights if w.startswith(prefix)]
        matching.sort(key=lambda w: (-self.weights[w], w))
        return matching[:k]


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(PROBLEM, path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ACCEPTED = [
    load("solutions/accepted/trie_dfs.py", "a1").Autocomplete,
    load("solutions/accepted/subtree_sets.py", "a2").Autocomplete,
]


def play(cls, calls):
    obj = cls()
    return [None] + [getattr(obj, c[0])(*c[1:]) for c in calls]


def case(name, calls, note=None):
    """calls: [method, *args] after the constructor."""
    expected = play(Model, calls)
    for cls in ACCEPTED:
        assert play(cls, calls) == expected, (name, cls.__module__)
    c = {"name": name, "ops": [["Autocomplete"]] + [list(c) for c in calls],
         "expected": expected}
    if note:
        c["note"] = note
    return c


def I(word, weight):
    return ["insert", word, weight]


def R(word):
    return ["remove", word]


def S(prefix, k):
    return ["suggest", prefix, k]


# ---------------------------------------------------------------------------
# sample: the statement's examples

def sample_cases():
    ex1 = case("example-1-order", [
        I("car", 5), I("cart", 3), I("care", 5), I("cat", 8), I("dog", 5),
        S("ca", 3), S("car", 10), S("", 2), S("x", 3)])
    assert ex1["expected"][6:] == [["cat", "car", "care"], ["car", "care", "cart"],
                                   ["cat", "car"], []]
    ex2 = case("example-2-update-and-remove", [
        I("tea", 2), I("ten", 4), I("tea", 7), S("te", 2),
        R("te"), R("tea"), R("tea"), S("te", 5), S("te", 0)])
    assert ex2["expected"][4:] == [["tea", "ten"], False, True, False, ["ten"], []]
    ex3 = case("example-3-unicode", [
        I("café", 1), I("cafe", 1), I("Café", 2), I("cafés", 1),
        S("caf", 5), S("C", 5), S("café", 1)])
    assert ex3["expected"][5:] == [["cafe", "café", "cafés"], ["Café"], ["café"]]
    return [ex1, ex2, ex3]


# ---------------------------------------------------------------------------
# edge: hand-written cases, one idea each

def edge_cases():
    cases = []
    add = lambda name, calls, note=None: cases.append(case(name, calls, note))

    add("empty-dictionary", [S("", 3), S("a", 1), R("a"), S("", 0), R("ab")])
    add("single-one-letter-word", [
        I("a", 1), S("a", 1), S("", 1), S("ab", 1), R("a"), S("", 5), S("a", 5), R("a")])
    add("prefix-equal-to-word", [
        I("app", 1), I("apple", 9), I("application", 4), I("apply", 4), I("ape", 7),
        S("app", 5), S("apple", 3), S("apply", 1), S("app", 1), S("ap", 2)],
        note="the prefix itself is a stored word and must be among the matches")
    add("prefix-word-is-best", [
        I("go", 50), I("gone", 3), I("good", 7), S("go", 1), S("go", 3), S("goo", 2)])
    add("k-zero", [
        I("sun", 4), I("sunny", 2), S("sun", 0), S("", 0), S("sunny", 0), S("moon", 0),
        S("s", 1)],
        note="k = 0 asks for nothing, even when words match")
    add("k-larger-than-matches", [
        I("x", 1), I("xy", 2), I("xyz", 3), S("x", 100), S("xy", 5), S("", 1000)])
    add("ties-inserted-backwards", [
        I("delta", 3), I("charlie", 3), I("bravo", 3), I("alpha", 3), I("echo", 5),
        S("", 10), S("", 3)],
        note="equal weights: alphabetical, whatever the insertion order")
    add("ties-mixed-insertion-order", [
        I("mb", 2), I("mz", 2), I("ma", 2), I("mbb", 2), I("mba", 2), I("m", 2), I("mab", 2),
        S("m", 10), S("mb", 2), S("ma", 10)])
    add("ties-shorter-word-first", [
        I("abcd", 1), I("abc", 1), I("ab", 1), I("abd", 1), S("ab", 4), S("abc", 2)],
        note="a word that is a proper prefix of another sorts first")
    add("ties-code-point-order", [
        I("zeta", 1), I("Zeta", 1), I("alpha", 1), I("Alpha", 1), I("_x", 1), I("9lives", 1),
        I("ábc", 1), S("", 10), S("", 4)],
        note="digits < uppercase < '_' < lowercase < accented letters")
    add("weights-beat-alphabet", [
        I("aaa", -5), I("zzz", 10), I("mmm", 0), I("bbb", -1), S("", 4), S("", 2)])
    add("reinsert-replaces-weight", [
        I("north", 5), I("nor", 3), I("nor", 3), S("no", 2), S("no", 1),
        I("north", 1), S("no", 2), I("nor", 0), S("no", 2)],
        note="a second insert sets the weight; it does not add to it")
    add("reinsert-lowers-weight", [
        I("lake", 10), I("land", 6), I("lamp", 4), I("lake", 1), S("la", 3), S("la", 1),
        I("lamp", 8), S("la", 2)])
    add("reinsert-same-word-many-times", [
        I("echo", 1), I("echo", 1), I("echo", 2), I("echo", 2), I("ech", 1),
        S("e", 5), S("echo", 5), R("echo"), S("e", 5), R("echo")],
        note="a word is stored once however often it is inserted")
    add("negative-weights-reinsert", [
        I("cold", -3), I("cool", -3), I("cold", -4), S("co", 2), I("cool", -7), S("co", 2)])
    add("remove-then-suggest", [
        I("river", 9), I("rivet", 5), I("rival", 7), I("road", 1), R("river"),
        S("riv", 3), S("r", 5), S("", 5), S("river", 1), R("river")],
        note="a removed word must vanish from every prefix, the empty one included")
    add("remove-bare-prefix", [
        I("cart", 2), I("carbon", 3), R("car"), R("ca"), R("c"), S("car", 5), S("", 5),
        R("cartwheel"), R("carts"), S("ca", 5)],
        note="'car' is only a prefix of stored words: remove returns False and changes nothing")
    add("remove-word-keeps-longer-words", [
        I("car", 1), I("cart", 2), I("carton", 3), R("car"), S("car", 5), S("cart", 5),
        R("cart"), S("car", 5), S("carton", 1), R("carton"), S("c", 5)],
        note="removing a word that is a prefix of others keeps the others")
    add("remove-then-reinsert", [
        I("mint", 4), R("mint"), S("m", 2), I("mint", 1), I("mind", 2), S("mi", 2),
        R("mind"), I("mind", 0), S("min", 3)])
    add("remove-everything-then-reuse", [
        I("a", 1), I("ab", 2), I("abc", 3), R("abc"), R("ab"), R("a"), S("", 5), S("a", 5),
        I("abc", 7), S("a", 5), S("ab", 5), R("ab")])
    add("zero-weight-words", [
        I("zero", 0), I("zen", 0), I("zip", -1), I("zoo", 1), S("z", 4), R("zero"),
        R("zero"), S("z", 4), I("zen", 0), S("ze", 2)],
        note="weight 0 is a real weight, not 'missing'")
    add("large-weights", [
        I("big", 10**9), I("bigger", -10**9), I("biggest", 10**9 - 1), I("bin", 0),
        S("bi", 4), S("big", 2)])
    add("unicode-accents-and-cjk", [
        I("élan", 3), I("elan", 3), I("éclair", 5), I("東京", 4), I("東京都", 6),
        I("東北", 1), S("é", 5), S("e", 5), S("東", 5), S("東京", 1), S("", 3)])
    add("unicode-astral-emoji", [
        I("😀", 2), I("😀😀", 2), I("😀a", 2), I("😁", 9), I("a😀", 1),
        S("😀", 5), S("", 10), R("😀"), S("😀", 5), S("😁", 1)],
        note="characters outside the BMP are one character each")
    add("unicode-combining-marks", [
        I("e\u0301t\u00e9", 2), I("\u00e9t\u00e9", 2), I("ete", 2), S("e", 5),
        S("\u00e9", 5), S("e\u0301", 5), R("e\u0301t\u00e9"), S("e", 5)],
        note="no normalisation: 'e' + U+0301 and U+00E9 are different strings")
    add("case-sensitive", [
        I("Apple", 5), I("apple", 3), I("APPLE", 4), S("a", 5), S("A", 5), S("Ap", 5),
        R("APPLE"), S("A", 5)])
    add("spaces-and-punctuation", [
        I("new york", 5), I("new", 4), I("newark", 4), I("new-age", 4), I("new york city", 9),
        S("new", 5), S("new ", 5), S("new y", 1)])
    return cases


# ---------------------------------------------------------------------------
# random: many small random sessions, heavy on ties, removes and re-inserts

def random_session(rng, n_ops, alphabet, max_len, weights, max_k):
    calls, known = [], []
    for _ in range(n_ops):
        r = rng.random()
        if r < 0.35 or not known:
            if known and rng.random() < 0.3:
                word = rng.choice(known)
            else:
                word = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, max_len)))
                known.append(word)
            calls.append(I(word, rng.choice(weights)))
        elif r < 0.5:
            if rng.random() < 0.7:
                word = rng.choice(known)
                if rng.random() < 0.3 and len(word) > 1:
                    word = word[:rng.randint(1, len(word) - 1)]  # often a bare prefix
            else:
                word = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, max_len)))
            calls.append(R(word))
        else:
            if rng.random() < 0.8:
                word = rng.choice(known)
                prefix = word[:rng.randint(0, len(word))]
            else:
                prefix = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, max_len)))
            calls.append(S(prefix, rng.randint(0, max_k)))
    return calls


def random_cases():
    rng = random.Random(SEED)
    configs = [
        ("ab", 4, [1, 2], 4),
        ("abc", 4, [0, 1, 2], 5),
        ("aAbB", 3, [-1, 0, 1], 4),
        ("aé😀中", 4, [1, 2, 3], 6),
        ("xyz", 6, list(range(-3, 4)), 8),
        ("abcdefgh", 5, list(range(10)), 5),
        ("ab\u0301c", 5, [5, 5, 6], 4),
        ("pqrs", 7, list(range(-10**9, 10**9, 2 * 10**8)), 10),
    ]
    cases = []
    for i, (alphabet, max_len, weights, max_k) in enumerate(configs, 1):
        calls = random_session(rng, 250, alphabet, max_len, weights, max_k)
        cases.append(case("random-small-%d" % i, calls))
    for i in range(1, 3):
        calls = random_session(rng, 1500, "abcdé", 7, list(range(6)), 10)
        cases.append(case("random-medium-%d" % i, calls))
    return cases


# ---------------------------------------------------------------------------
# large: a big dictionary and many suggest calls with long prefixes, small k

N_WORDS = 6500     # distinct words inserted before the queries
N_QUERIES = 8500   # operations after that, mostly suggest


def large_case(rng):
    letters = "abcdefghiklmnoprstuvwy"
    extra = "éöß中😀"

    def chunk(lo, hi):
        return "".join(rng.choice(extra) if rng.random() < 0.03 else rng.choice(letters)
                       for _ in range(rng.randint(lo, hi)))

    stems = sorted({chunk(3, 4) for _ in range(1800)})
    words, seen = [], set()
    while len(words) < N_WORDS:
        w = rng.choice(stems) + chunk(1, 5)
        if w not in seen:
            seen.add(w)
            words.append(w)
    calls = [I(w, rng.randint(1, 1000)) for w in words]
    live = list(words)
    for _ in range(N_QUERIES):
        r = rng.random()
        if r < 0.06:
            if rng.random() < 0.5:
                calls.append(I(rng.choice(live), rng.randint(1, 1000)))   # re-insert
            else:
                w = rng.choice(stems) + chunk(1, 5)
                if w not in seen:
                    seen.add(w)
                    live.append(w)
                calls.append(I(w, rng.randint(1, 1000)))
        elif r < 0.10:
            w = rng.choice(live)
            if rng.random() < 0.2:
                w = w[:-1]   # usually a bare prefix: False
            calls.append(R(w))
        else:
            w = rng.choice(live)
            q = rng.random()
            if q < 0.15:
                prefix = chunk(5, 8)                          # almost surely no match
            elif q < 0.30:
                prefix = w[:-1] + chunk(1, 2)                 # a near miss, often no match
            elif q < 0.45:
                prefix = w                                    # the whole word
            else:
                prefix = w[:rng.randint(min(len(w), 5), len(w))]
            calls.append(S(prefix, rng.randint(1, 4)))
    # A couple of whole-dictionary queries.
    calls.insert(N_WORDS + 10, S("", 3))
    calls.append(S("", 5))
    return case("large-many-suggest-long-prefixes", calls,
                note="6500 words, ~7.5k suggest calls with prefixes of 5+ characters and k <= 4; "
                     "scanning every word per suggest is far too slow")


def removal_case(rng):
    """Many long words stored and removed again, then a few words back
    and many suggest calls on the emptied prefix: a remove that leaves the
    dead branches behind makes every later suggest walk them all."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = set()
    while len(words) < 1500:
        words.add("q" + "".join(rng.choice(letters) for _ in range(29)))
    words = sorted(words)
    calls = [I(w, rng.randint(1, 100)) for w in words]
    rng.shuffle(words)
    calls += [R(w) for w in words]
    calls += [I("quiet", 4), I("quilt", 7), I("qu", 1)]
    calls += [S(rng.choice(["q", "qu", "", "qui"]), rng.randint(1, 3)) for _ in range(3000)]
    return case("removal-then-suggest-dead-branches", calls,
                note="1500 words of 30 characters inserted and removed, then 3000 suggest calls: "
                     "a remove that does not prune leaves ~43k empty nodes for every suggest to walk")


def write(name, cases):
    path = os.path.join(TESTS, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(c, ensure_ascii=False, separators=(",", ":"))
                           for c in cases))
        f.write("\n]\n")
    print("%s: %d cases, %d bytes" % (os.path.normpath(path), len(cases), os.path.getsize(path)))


if __name__ == "__main__":
    write("sample.json", sample_cases())
    write("edge.json", edge_cases())
    write("random.json", random_cases())
    write("large.json", [large_case(random.Random(SEED + 1))])
    write("removal.json", [removal_case(random.Random(SEED + 2))])
