class ChunkStore:
    """Stores files as fixed-size chunks, each distinct chunk once, addressed
    by the SHA-256 hex digest of its bytes."""

    def __init__(self, chunk_size):
        """An empty store that splits files into chunks of chunk_size bytes."""
        pass

    def put(self, name, data):
        """Stores `data` (bytes) as file `name`, replacing any previous version.

        Returns the number of distinct chunks of `data` that the store did
        not hold just before the call.
        """
        pass

    def get(self, name):
        """Returns the bytes of file `name`. Raises KeyError if there is none."""
        pass

    def manifest(self, name):
        """Returns the hex digests of the chunks of `name`, in order.

        Raises KeyError if there is no such file.
        """
        pass

    def delete(self, name):
        """Deletes file `name` and returns how many chunks were freed.

        Raises KeyError if there is no such file.
        """
        pass

    def stats(self):
        """Returns (number of files, number of stored chunks, stored bytes)."""
        pass
