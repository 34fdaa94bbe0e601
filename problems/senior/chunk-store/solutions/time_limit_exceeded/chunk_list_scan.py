# TOO SLOW: keeps the stored digests in a list, so "is this chunk already
# stored?" scans every stored chunk: O(unique chunks) per chunk on put.
# Correct answers.
from hashlib import sha256


class ChunkStore:
    def __init__(self, chunk_size):
        self.chunk_size = chunk_size
        self.files = {}
        self.digests = []   # stored chunks, in insertion order
        self.data = []      # their bytes
        self.refs = []      # their reference counts (files using them)

    def put(self, name, data):
        size = self.chunk_size
        manifest = [sha256(data[i:i + size]).hexdigest() for i in range(0, len(data), size)]
        new = 0
        for i, d in enumerate(dict.fromkeys(manifest)):
            if d in self.digests:
                self.refs[self.digests.index(d)] += 1
            else:
                start = manifest.index(d) * size
                self.digests.append(d)
                self.data.append(data[start:start + size])
                self.refs.append(1)
                new += 1
        old = self.files.get(name)
        self.files[name] = manifest
        if old is not None:
            self._release(old)
        return new

    def _release(self, manifest):
        freed = 0
        for d in set(manifest):
            k = self.digests.index(d)
            self.refs[k] -= 1
            if self.refs[k] == 0:
                del self.digests[k], self.data[k], self.refs[k]
                freed += 1
        return freed

    def get(self, name):
        return b"".join(self.data[self.digests.index(d)] for d in self.files[name])

    def manifest(self, name):
        return list(self.files[name])

    def delete(self, name):
        return self._release(self.files.pop(name))

    def stats(self):
        return (len(self.files), len(self.digests), sum(len(b) for b in self.data))
