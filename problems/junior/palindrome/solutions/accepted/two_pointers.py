def is_palindrome(s: str) -> bool:
    # Case-fold the whole string first: folding can change a character's
    # length ("ß" -> "ss"), so folding one character at a time while walking
    # inwards would compare the wrong characters.
    folded = s.casefold()
    i, j = 0, len(folded) - 1
    while i < j:
        if not folded[i].isalnum():
            i += 1
        elif not folded[j].isalnum():
            j -= 1
        elif folded[i] != folded[j]:
            return False
        else:
            i += 1
            j -= 1
    return True
