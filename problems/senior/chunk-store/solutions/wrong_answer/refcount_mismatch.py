# WRONG: adds one reference per distinct chunk of a file, but removes one
# reference per occurrence. A file that repeats a chunk takes it down too
# far on delete, freeing it while other files still use it.
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
        for d in digests:
            if d not in self.refs:
                continue
            self.refs[d] -= 1
            if self.refs[d] <= 0:
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
