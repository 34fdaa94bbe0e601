# TOO SLOW: no reference counts. To know whether a chunk can be freed,
# delete() (and an overwriting put()) checks every other file's manifest:
# O(total chunks stored in all files) per chunk. Correct answers.
from hashlib import sha256


class ChunkStore:
    def __init__(self, chunk_size):
        self.chunk_size = chunk_size
        self.files = {}
        self.chunks = {}

    def put(self, name, data):
        size = self.chunk_size
        digests = []
        new = set()
        for i in range(0, len(data), size):
            piece = data[i:i + size]
            d = sha256(piece).hexdigest()
            if d not in self.chunks:
                self.chunks[d] = piece
                new.add(d)
            digests.append(d)
        old = self.files.get(name)
        self.files[name] = digests
        if old is not None:
            self._collect(old)
        return len(new)

    def _collect(self, digests):
        freed = 0
        for d in set(digests):
            if not any(d in m for m in self.files.values()):
                del self.chunks[d]
                freed += 1
        return freed

    def get(self, name):
        return b"".join(self.chunks[d] for d in self.files[name])

    def manifest(self, name):
        return list(self.files[name])

    def delete(self, name):
        return self._collect(self.files.pop(name))

    def stats(self):
        return (len(self.files), len(self.chunks), sum(len(c) for c in self.chunks.values()))
