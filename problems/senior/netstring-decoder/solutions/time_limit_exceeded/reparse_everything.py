# Right, but keeps every byte received and decodes the whole stream again
# from its start on every send, yielding only the frames it had not
# yielded before: O(bytes so far) per chunk, quadratic over a stream of
# many chunks.
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


def _decode_all(data, max_len):
    """Every complete frame of data, and the position after the last one."""
    width = len(str(max_len))
    frames, pos = [], 0
    while True:
        colon = data.find(b":", pos, pos + width + 1)
        if colon < 0:
            _length(data[pos:pos + width + 1], max_len, complete=False)
            return frames, pos
        end = colon + 1 + _length(data[pos:colon], max_len, complete=True)
        if end >= len(data):
            return frames, pos
        if data[end] != ord(","):
            raise ValueError("no comma")
        frames.append(bytes(data[colon + 1:end]))
        pos = end + 1


def decoder(max_len):
    received = bytearray()
    done = 0
    chunk = yield []
    while chunk:
        received += chunk
        frames, _ = _decode_all(received, max_len)
        new, done = frames[done:], len(frames)
        chunk = yield new
    _, pos = _decode_all(received, max_len)
    if pos != len(received):
        raise ValueError("the stream ends inside a frame")
    return done
