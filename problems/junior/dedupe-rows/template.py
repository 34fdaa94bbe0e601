def dedupe_rows(rows, columns=None):
    """Return a new list with the rows of `rows` that are not duplicates of
    an earlier row, in their original order.

    rows: a list of rows; a row is a list of cells; a cell is an int, a str,
        None, or a list of ints and strs.
    columns: None to compare whole rows, or a list of column indices to
        compare rows on those columns only.

    Do not modify `rows` or any row in it.
    """
    raise NotImplementedError("write your solution here")
