# WRONG: counts the chunks as len(data) // chunk_size + 1 instead of rounding
# up. Right when the last chunk is short, but data whose length is a multiple
# of chunk_size (empty data included) gets one extra, empty chunk b"".
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
        count = len(data) // size + 1
        pieces = [data[i * size:(i + 1) * size] for i in range(count)]
        digests = [sha256(p).hexdigest() for p in pieces]
        new = 0
        for d, p in dict(zip(digests, pieces)).items():
            if d in self.refs:
                self.refs[d] += 1
            else:
                self.refs[d] = 1
                self.chunks[d] = p
                self.stored_bytes += len(p)
                new += 1
        old = self.files.get(name)
        self.files[name] = digests
        if old is not None:
            self._release(old)
        return new

    def _release(self, digests):
        freed = 0
        for d in set(digests):
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
