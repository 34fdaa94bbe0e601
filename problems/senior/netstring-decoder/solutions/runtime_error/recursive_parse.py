# MISTAKE: decodes the frames of a buffer recursively, one call per frame.
# A chunk holding a few thousand frames exceeds the recursion limit:
# RecursionError.
def _parse(buf, pos, max_len, frames):
    colon = buf.find(b":", pos)
    if colon < 0:
        rest = buf[pos:]
        if rest and (not rest.isdigit() or int(rest) > max_len or (len(rest) > 1 and rest[:1] == b"0")):
            raise ValueError("bad length")
        return pos
    digits = buf[pos:colon]
    if not digits.isdigit() or (len(digits) > 1 and digits[:1] == b"0") or int(digits) > max_len:
        raise ValueError("bad length")
    end = colon + 1 + int(digits)
    if end >= len(buf):
        return pos
    if buf[end:end + 1] != b",":
        raise ValueError("no comma")
    frames.append(buf[colon + 1:end])
    return _parse(buf, end + 1, max_len, frames)


def decoder(max_len):
    buf = b""
    count = 0
    chunk = yield []
    while chunk:
        frames = []
        buf += chunk
        buf = buf[_parse(buf, 0, max_len, frames):]
        count += len(frames)
        chunk = yield frames
    if buf:
        raise ValueError("truncated")
    return count
