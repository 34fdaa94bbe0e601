def bind(**fields):
    """A context manager: inside `with bind(user="ann"):`, current()
    includes user="ann" (over any outer value of user); on leaving, by the
    end of the block or an exception, the fields are exactly as before.

    Every asyncio task sees the fields as they were when it was created,
    and nothing it binds is seen by its parent or its siblings. A new
    thread starts with no fields.
    """
    raise NotImplementedError


def current():
    """A new dict of the fields bound here and now ({} when none)."""
    raise NotImplementedError
