#!/usr/bin/env python3
"""Writes tests/sample.json and tests/hidden.json for chunk-store.

Deterministic (fixed seed, standard library only). Run from anywhere:

    python3 generators/gen_tests.py

Expected results come from a reference-counting model (one reference per
file using a chunk). Every small case is cross-checked against a
brute-force model that keeps only each file's bytes and recomputes chunks,
counts and sizes from scratch for every operation; the large case, too big
for that, against a second model that counts one reference per occurrence.
"""
import hashlib
import json
import os
import random
import string

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(HERE, os.pardir, "tests")
SEED = 4242
KEYERROR = {"$raises": "KeyError"}


class Missing(Exception):
    pass


def digest(b):
    return hashlib.sha256(b).hexdigest()


def split(data, size):
    return [data[i:i + size] for i in range(0, len(data), size)]


class RefModel:
    def __init__(self, size):
        self.size = size
        self.files = {}
        self.chunks = {}
        self.refs = {}
        self.nbytes = 0

    def put(self, name, data):
        pieces = split(data, self.size)
        ds = [digest(p) for p in pieces]
        new = 0
        for d, p in dict(zip(ds, pieces)).items():
            if d in self.refs:
                self.refs[d] += 1
            else:
                self.refs[d] = 1
                self.chunks[d] = p
                self.nbytes += len(p)
                new += 1
        old = self.files.get(name)
        self.files[name] = ds
        if old is not None:
            self._release(old)
        return new

    def _release(self, ds):
        freed = 0
        for d in set(ds):
            self.refs[d] -= 1
            if not self.refs[d]:
                del self.refs[d]
                self.nbytes -= len(self.chunks.pop(d))
                freed += 1
        return freed

    def get(self, name):
        if name not in self.files:
            raise Missing
        return b"".join(self.chunks[d] for d in self.files[name])

    def manifest(self, name):
        if name not in self.files:
            raise Missing
        return list(self.files[name])

    def delete(self, name):
        if name not in self.files:
            raise Missing
        return self._release(self.files.pop(name))

    def stats(self):
        return (len(self.files), len(self.chunks), self.nbytes)


class BruteModel:
    """Only name -> bytes; everything else recomputed."""

    def __init__(self, size):
        self.size = size
        self.data = {}

    def _all_chunks(self):
        return {digest(p): p for d in self.data.values() for p in split(d, self.size)}

    def put(self, name, data):
        before = self._all_chunks()
        mine = {digest(p) for p in split(data, self.size)}
        self.data[name] = data
        return len(mine - set(before))

    def get(self, name):
        if name not in self.data:
            raise Missing
        return self.data[name]

    def manifest(self, name):
        if name not in self.data:
            raise Missing
        return [digest(p) for p in split(self.data[name], self.size)]

    def delete(self, name):
        if name not in self.data:
            raise Missing
        before = set(self._all_chunks())
        del self.data[name]
        return len(before - set(self._all_chunks()))

    def stats(self):
        chunks = self._all_chunks()
        return (len(self.data), len(chunks), sum(map(len, chunks.values())))


class OccurrenceModel(RefModel):
    """References per occurrence of a chunk, not per file."""

    def put(self, name, data):
        pieces = split(data, self.size)
        ds = [digest(p) for p in pieces]
        new = set()
        for d, p in zip(ds, pieces):
            if d not in self.refs:
                self.refs[d] = 0
                self.chunks[d] = p
                self.nbytes += len(p)
                new.add(d)
            self.refs[d] += 1
        old = self.files.get(name)
        self.files[name] = ds
        if old is not None:
            self._release(old)
        return len(new)

    def _release(self, ds):
        freed = 0
        for d in ds:
            self.refs[d] -= 1
            if not self.refs[d]:
                del self.refs[d]
                self.nbytes -= len(self.chunks.pop(d))
                freed += 1
        return freed


def run_model(cls, size, calls):
    m = cls(size)
    out = [None]
    for method, *args in calls:
        try:
            out.append(getattr(m, method)(*args))
        except Missing:
            out.append(KEYERROR)
    return out


def enc(v):
    """A Python value in the judge's value encoding."""
    if isinstance(v, bytes):
        return {"$bytes": v.decode("latin-1")}
    if isinstance(v, tuple):
        return {"$tuple": [enc(x) for x in v]}
    if isinstance(v, list):
        return [enc(x) for x in v]
    return v


def case(name, size, calls, note=None, brute=True):
    expected = run_model(RefModel, size, calls)
    assert expected == run_model(OccurrenceModel, size, calls), name
    if brute:
        assert expected == run_model(BruteModel, size, calls), name
    c = {"name": name, "ops": [["ChunkStore", size]] + [[m] + [enc(a) for a in args] for m, *args in calls],
         "expected": [enc(v) for v in expected]}
    if note:
        c["note"] = note
    return c


def P(name, data):
    return ["put", name, data]


def G(name):
    return ["get", name]


def M(name):
    return ["manifest", name]


def D(name):
    return ["delete", name]


S = ["stats"]


def sample_cases():
    ex1 = case("example-1", 4, [P("a.txt", b"abcdabcdxy"), S, P("b.txt", b"abcdzz"), S, G("a.txt")])
    assert ex1["expected"][1:4] == [2, {"$tuple": [1, 2, 6]}, 1], ex1["expected"]
    ex2 = case("example-2", 3, [P("x", b"hello world"), P("y", b"hello"), D("x"), G("y"), S, D("x"), G("x")])
    assert ex2["expected"][1:4] == [4, 1, 3], ex2["expected"]
    ex3 = case("example-3", 2, [P("f", b"aaaa"), M("f"), P("f", b"aabb"), S, P("f", b""), S, G("f")])
    return [ex1, ex2, ex3]


def hand_cases():
    allbytes = bytes(range(256))
    return [
        case("empty-store", 4, [S, G("nope"), M("nope"), D("nope"), S]),
        case("empty-file", 4, [P("empty", b""), S, G("empty"), M("empty"), D("empty"), S, G("empty")]),
        case("shorter-than-one-chunk", 8, [P("tiny", b"abc"), S, G("tiny"), M("tiny"), D("tiny"), S]),
        case("exact-multiple-of-chunk-size", 4, [P("f", b"abcdefgh"), S, G("f"), M("f")]),
        case("one-byte-over", 4, [P("f", b"abcdefghi"), S, G("f"), M("f"), P("g", b"i"), S]),
        case("last-chunk-equals-a-short-file", 4,
             [P("long", b"wxyzab"), P("short", b"ab"), S, D("long"), G("short"), S],
             note="the partial last chunk b'ab' of long is the same chunk as short"),
        case("chunk-size-one", 1, [P("f", b"banana"), S, M("f"), P("g", b"bandana"), S, D("f"), S, G("g")]),
        case("chunk-size-larger-than-data", 1000, [P("a", b"same"), P("b", b"same"), P("c", b"diff"), S,
                                                   D("a"), S, D("b"), S]),
        case("all-byte-values", 16, [P("bin", allbytes), S, G("bin"), P("rev", allbytes[::-1]), S,
                                     P("nul", b"\x00" * 40), S, G("nul"), D("bin"), G("rev")]),
        case("repeated-chunk-within-one-file", 2, [P("f", b"ab" * 10), S, M("f"), D("f"), S],
             note="ten copies of one chunk: one new chunk, one freed"),
        case("repeated-chunk-shared-with-other-file", 2,
             [P("x", b"ababab"), P("y", b"abcd"), S, D("x"), G("y"), S],
             note="x holds chunk ab three times; deleting x must not free it: y uses it"),
        case("shared-chunks-delete-one-file", 3,
             [P("a", b"foobarbaz"), P("b", b"barbazqux"), P("c", b"quxfoo"), S, D("b"), S, G("a"), G("c"),
              D("a"), S, G("c"), D("c"), S]),
        case("overwrite-same-content", 4, [P("f", b"0123456789"), S, P("f", b"0123456789"), S, G("f")],
             note="the store already holds every chunk: put returns 0, nothing changes"),
        case("overwrite-disjoint-content", 4, [P("f", b"aaaabbbb"), S, P("f", b"cccc"), S, G("f"), M("f")],
             note="the old chunks are freed"),
        case("overwrite-overlapping-content", 4,
             [P("f", b"aaaabbbbcc"), P("g", b"cc"), S, P("f", b"bbbbdddd"), S, G("f"), G("g"), D("g"), S]),
        case("overwrite-with-another-files-content", 3,
             [P("a", b"xyzxyz123"), P("b", b"qwe"), P("a", b"qwe"), S, D("b"), S, G("a")]),
        case("delete-then-put-again", 4,
             [P("f", b"hello"), D("f"), S, P("f", b"hello"), S, D("f"), D("f"), G("f")]),
        case("unicode-names", 5,
             [P("résumé.pdf", b"\xde\xad\xbe\xef\x00\x01"), P("照片.jpg", b"\xde\xad\xbe\xef\x00\x02"),
              P("🎵.mp3", b"\xde\xad\xbe\xef\x00"), S, D("照片.jpg"), G("résumé.pdf"), M("🎵.mp3"), S]),
        case("names-are-case-sensitive", 4, [P("File", b"AAAA"), P("file", b"aaaa"), S, D("FILE"), S]),
    ]


def random_cases(rng):
    cases = []
    for k in range(1, 9):
        size = rng.choice([1, 2, 3, 4, 5, 8])
        alphabet = b"ab" if k % 2 else b"abc\x00\xff"
        names = ["f%d" % i for i in range(rng.randint(2, 6))]
        calls = []
        for _ in range(rng.randint(40, 90)):
            r = rng.random()
            name = rng.choice(names)
            if r < 0.4:
                n = rng.randint(0, 4 * size + 2)
                calls.append(P(name, bytes(rng.choice(alphabet) for _ in range(n))))
            elif r < 0.55:
                calls.append(D(name))
            elif r < 0.7:
                calls.append(G(name))
            elif r < 0.8:
                calls.append(M(name))
            else:
                calls.append(S)
        cases.append(case("random-small-%d" % k, size, calls))
    return cases


FILES = 2800   # files put first
MIXED = 2300   # then this many deletes, overwrites, new puts and gets


def large_case(rng):
    """~5300 ops on a store of chunk size 3: FILES puts of 13-35 bytes, half
    of each file's chunks from a pool of 2000 shared ones, then MIXED ops:
    ~62% deletes, the rest overwrites, new puts and gets; stats throughout."""
    size = 3
    letters = (string.ascii_letters + string.digits).encode()
    pool = [bytes(rng.choice(letters) for _ in range(size)) for _ in range(2000)]

    def data():
        n = rng.randint(13, 35)
        out = b""
        while len(out) < n:
            out += rng.choice(pool) if rng.random() < 0.5 else bytes(rng.choice(letters) for _ in range(size))
        return out[:n]

    calls = []
    alive = []
    for i in range(FILES):
        name = "u%d" % i
        calls.append(P(name, data()))
        alive.append(name)
        if i % 50 == 49:
            calls.append(S)
    rng.shuffle(alive)
    nxt = FILES
    for i in range(MIXED):
        r = rng.random()
        if r < 0.62 and alive:
            calls.append(D(alive.pop()))
        elif r < 0.8 and alive:
            calls.append(P(rng.choice(alive), data()))
        elif r < 0.95:
            name = "u%d" % nxt
            nxt += 1
            calls.append(P(name, data()))
            alive.insert(0, name)
        else:
            calls.append(G(rng.choice(alive)))
        if i % 25 == 24:
            calls.append(S)
    return case("large-many-files", size, calls, brute=False,
                note="thousands of files; a delete that scans every file, or a put that scans every "
                     "stored chunk, is far too slow")


def write(name, cases):
    path = os.path.join(TESTS, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(c, ensure_ascii=False, separators=(",", ":")) for c in cases))
        f.write("\n]\n")
    print("%s: %d cases, %d bytes" % (os.path.normpath(path), len(cases), os.path.getsize(path)))


if __name__ == "__main__":
    rng = random.Random(SEED)
    write("sample.json", sample_cases())
    write("hidden.json", hand_cases() + random_cases(rng) + [large_case(rng)])
