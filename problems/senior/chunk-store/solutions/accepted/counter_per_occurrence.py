import hashlib
from collections import Counter


class ChunkStore:
    """Reference counts per occurrence: a file that repeats a chunk three
    times holds three references to it. Chunks live as (bytes, refcount)."""

    def __init__(self, chunk_size):
        self.size = chunk_size
        self.manifests = {}
        self.store = {}  # digest -> [bytes, refcount]
        self.total = 0

    def put(self, name, data):
        manifest = []
        fresh = set()
        for start in range(0, len(data), self.size):
            piece = data[start:start + self.size]
            key = hashlib.sha256(piece).hexdigest()
            manifest.append(key)
            entry = self.store.get(key)
            if entry is None:
                self.store[key] = [piece, 1]
                self.total += len(piece)
                fresh.add(key)
            else:
                entry[1] += 1
        if name in self.manifests:
            self._drop(self.manifests[name])
        self.manifests[name] = manifest
        return len(fresh)

    def _drop(self, manifest):
        freed = 0
        for key, count in Counter(manifest).items():
            entry = self.store[key]
            entry[1] -= count
            if entry[1] == 0:
                self.total -= len(entry[0])
                del self.store[key]
                freed += 1
        return freed

    def get(self, name):
        return b"".join([self.store[k][0] for k in self.manifests[name]])

    def manifest(self, name):
        return self.manifests[name][:]

    def delete(self, name):
        return self._drop(self.manifests.pop(name))

    def stats(self):
        return len(self.manifests), len(self.store), self.total
