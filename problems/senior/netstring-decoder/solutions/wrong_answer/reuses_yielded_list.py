# MISTAKE: yields the same list every time, cleared before each chunk is
# decoded. A consumer that keeps what it was given (a list of frame lists)
# finds its earlier lists emptied or overwritten by later frames.
def _length(digits, max_len, complete):
    """The value of a netstring's length digits, or ValueError if they
    cannot be (the beginning of) a valid length. `complete`: the colon has
    been seen, so the digits are all there."""
    if complete and not digits:
        raise ValueError("empty length")
    if digits and not digits.isdigit():
        raise ValueError("not a length: %r" % bytes(digits))
    if len(digits) > 1 and digits[0] == ord("0"):
        raise ValueError("leading zero in a length")
    value = int(digits) if digits else 0
    if value > max_len:
        raise ValueError("frame longer than %d" % max_len)
    return value


def decoder(max_len):
    """One bytearray buffer and a read position: each send appends the
    chunk, decodes every complete frame from the position on, and drops
    the consumed bytes once (del buf[:pos]), so every byte is copied O(1)
    times. A length has at most `width` digits: any more would exceed
    max_len, so a colon is looked for only that far."""
    width = len(str(max_len))
    buf = bytearray()
    count = 0
    frames = []
    chunk = yield frames
    while chunk:
        buf += chunk
        frames.clear()
        pos, n = 0, len(buf)
        while True:
            colon = buf.find(b":", pos, pos + width + 1)
            if colon < 0:
                _length(buf[pos:pos + width + 1], max_len, complete=False)
                break
            start = colon + 1
            end = start + _length(buf[pos:colon], max_len, complete=True)
            if end >= n:
                break  # the payload or its comma is still to come
            if buf[end] != ord(","):
                raise ValueError("no comma after a %d-byte payload" % (end - start))
            frames.append(bytes(buf[start:end]))
            count += 1
            pos = end + 1
        del buf[:pos]
        chunk = yield frames
    if buf:
        raise ValueError("the stream ends inside a frame")
    return count
