from hashlib import sha256


class ChunkStore:
    """chunks: digest -> bytes; refs: digest -> number of files using it
    (each file counts a chunk once, however often it repeats it)."""

    def __init__(self, chunk_size):
        self.chunk_size = chunk_size
        self.files = {}    # name -> list of digests
        self.chunks = {}   # digest -> bytes
        self.refs = {}     # digest -> number of files that use it
        self.stored_bytes = 0

    def _split(self, data):
        size = self.chunk_size
        return [data[i:i + size] for i in range(0, len(data), size)]

    def put(self, name, data):
        pieces = self._split(data)
        digests = [sha256(p).hexdigest() for p in pieces]
        new = 0
        for digest, piece in dict(zip(digests, pieces)).items():
            if digest in self.refs:
                self.refs[digest] += 1
            else:
                self.refs[digest] = 1
                self.chunks[digest] = piece
                self.stored_bytes += len(piece)
                new += 1
        old = self.files.get(name)
        self.files[name] = digests
        if old is not None:
            self._release(old)
        return new

    def _release(self, digests):
        freed = 0
        for digest in set(digests):
            self.refs[digest] -= 1
            if self.refs[digest] == 0:
                del self.refs[digest]
                self.stored_bytes -= len(self.chunks.pop(digest))
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
