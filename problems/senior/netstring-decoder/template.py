def decoder(max_len):
    """A coroutine that decodes a stream of netstrings fed to it in chunks.

    A netstring is b"<length>:<payload>," (b"5:hello,"), the length in
    decimal digits without leading zeros, at most max_len.

        gen = decoder(100)
        next(gen)              # []: the first yield
        gen.send(b"5:hel")     # []: no frame complete yet
        gen.send(b"lo,0:,2:")  # [b"hello", b""]
        gen.send(b"hi,")       # [b"hi"]
        gen.send(b"")          # the end: StopIteration with value 3 (the frames)

    Each send returns the list of frames (bytes) the chunk completed.
    Raise ValueError as soon as the bytes received cannot begin a valid
    stream, and at the end (b"") if a frame is incomplete.
    """
    raise NotImplementedError
    yield
