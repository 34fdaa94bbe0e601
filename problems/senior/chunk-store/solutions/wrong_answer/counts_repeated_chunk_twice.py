# WRONG: put() decides which chunks are new before storing any of them, so a
# chunk that repeats inside the same data is counted as new once per repeat.
from hashlib import sha256


class ChunkStore:
    def __init__(self, chunk_size):
        self.chunk_size = chunk_size
        self.files = {}
        self.chunks = {}
        self.refs = {}
        self.stored_bytes = 0

    def put(self, name, data):
        size = self.chunk_size
        pieces = [data[i:i + size] for i in range(0, len(data), size)]
        digests = [sha256(p).hexdigest() for p in pieces]
        new = sum(1 for d in digests if d not in self.chunks)
        for d, p in zip(digests, pieces):
            if d not in self.chunks:
                self.chunks[d] = p
                self.refs[d] = 0
                self.stored_bytes += len(p)
            self.refs[d] += 1
        old = self.files.get(name)
        self.files[name] = digests
        if old is not None:
            self._release(old)
        return new

    def _release(self, digests):
        freed = 0
        for d in digests:
            self.refs[d] -= 1
            if self.refs[d] == 0:
                del self.refs[d]
                self.stored_bytes -= len(self.chunks.pop(d))
                freed += 1
        return freed

    def get(self, name):
        return b"".join(self.chunks[d] for d in self.files[name])

    def manifest(self, name):
        return list(self.files[name])

    def delete(self, name):
        return self._release(self.files.pop(name))

    def stats(self):
        return (len(self.files), len(self.chunks), self.stored_bytes)
