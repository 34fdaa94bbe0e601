class Version:
    """A version number such as "1.4.0", "2.0.0-rc.1" or "1.0+build.5".

    - Version(text) raises ValueError for a malformed text; str(v) is text.
    - Release numbers compare numerically, and trailing zeros do not
      matter: Version("1.2") == Version("1.2.0").
    - A pre-release (after "-") comes before its release; its
      dot-separated identifiers compare numerically when all digits,
      otherwise as ASCII text, numbers before text, and a longer list
      after its own prefix (1.0-rc < 1.0-rc.1).
    - Build metadata (after "+") is ignored by ==, ordering and hash.
    - Equal versions have equal hashes. Compared with anything that is not
      a Version, the methods return NotImplemented.
    """

    def __init__(self, text):
        raise NotImplementedError
