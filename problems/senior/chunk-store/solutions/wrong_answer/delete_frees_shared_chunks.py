# WRONG: no reference counting. delete() removes every chunk of the file,
# including chunks that other files still use, so a later get() of another
# file fails and the stats drop too far.
from hashlib import sha256


class ChunkStore:
    def __init__(self, chunk_size):
        self.chunk_size = chunk_size
        self.files = {}
        self.chunks = {}

    def put(self, name, data):
        size = self.chunk_size
        digests = []
        new = 0
        for i in range(0, len(data), size):
            piece = data[i:i + size]
            d = sha256(piece).hexdigest()
            if d not in self.chunks:
                self.chunks[d] = piece
                new += 1
            digests.append(d)
        self.files[name] = digests
        return new

    def get(self, name):
        return b"".join(self.chunks[d] for d in self.files[name])

    def manifest(self, name):
        return list(self.files[name])

    def delete(self, name):
        freed = 0
        for d in set(self.files.pop(name)):
            if self.chunks.pop(d, None) is not None:
                freed += 1
        return freed

    def stats(self):
        return (len(self.files), len(self.chunks), sum(map(len, self.chunks.values())))
