# Correct, but words.count scans the whole list once per distinct word:
# O(len(words) * distinct words).
def tally(words, counts=None):
    if counts is None:
        counts = {}
    for word in set(words):
        counts[word] = counts.get(word, 0) + words.count(word)
    return counts
