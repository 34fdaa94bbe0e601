"""Feeds chunks of bytes to the solution's decoder coroutine and reports
what it yields.

    gen = decoder(max_len)
    next(gen)              # the first yield: []
    gen.send(chunk)        # for each chunk: the frames this chunk completed
    gen.send(b"")          # the end of the stream

The result is the list of everything yielded (the first next() included),
then {"returned": value} when the generator returns or {"raised":
"ValueError"} when it raises ValueError; nothing is sent after that. Any
other exception propagates.

What was yielded is kept as it was yielded and shown only at the end, as a
consumer that keeps the frame lists would see them: a list the decoder
yields and then changes is shown changed. A frame that is not bytes is
shown as {"not bytes": its type's name}; a yielded value that is not a list
as {"not a list": its type's name}.
"""
import inspect


def _show(value):
    if type(value) is not list:
        return {"not a list": type(value).__name__}
    return [f if type(f) is bytes else {"not bytes": type(f).__name__} for f in value]


def run(solution, chunks, max_len):
    gen = solution.decoder(max_len)
    if not inspect.isgenerator(gen):
        return {"not a generator": type(gen).__name__}
    yielded = [next(gen)]
    end = []
    for chunk in chunks:
        try:
            yielded.append(gen.send(chunk))
        except StopIteration as stop:
            end.append({"returned": stop.value})
            break
        except ValueError:
            end.append({"raised": "ValueError"})
            break
    return [_show(v) for v in yielded] + end
