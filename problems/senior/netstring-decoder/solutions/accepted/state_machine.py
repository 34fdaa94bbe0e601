def decoder(max_len):
    """A state machine fed byte by byte for the length and the comma, and
    in slices for the payload: "length" (reading digits), "payload"
    (collecting `need` bytes), "comma"."""
    count = 0
    state, digits, need, payload = "length", b"", 0, bytearray()
    chunk = yield []
    while chunk:
        frames, i, n = [], 0, len(chunk)
        while i < n:
            if state == "length":
                c = chunk[i]
                if c == 0x3A:  # ":"
                    if not digits:
                        raise ValueError("empty length")
                    state, need, payload, digits = "payload", int(digits), bytearray(), b""
                elif 0x30 <= c <= 0x39:
                    if digits == b"0":
                        raise ValueError("leading zero")
                    digits += chunk[i:i + 1]
                    if int(digits) > max_len:
                        raise ValueError("too long")
                else:
                    raise ValueError("not a digit")
                i += 1
            elif state == "payload":
                take = min(need - len(payload), n - i)
                payload += chunk[i:i + take]
                i += take
                if len(payload) == need:
                    state = "comma"
            else:
                if chunk[i] != 0x2C:  # ","
                    raise ValueError("no comma")
                frames.append(bytes(payload))
                count += 1
                state = "length"
                i += 1
        chunk = yield frames
    if state != "length" or digits:
        raise ValueError("the stream ends inside a frame")
    return count
