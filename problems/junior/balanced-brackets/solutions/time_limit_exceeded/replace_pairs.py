# Too slow: keeps deleting adjacent "()", "[]" and "{}" pairs until nothing
# changes. Right answers, but each pass copies the whole string and deeply
# nested input needs one pass per level: O(n^2).
def is_balanced(s: str) -> bool:
    s = "".join(c for c in s if c in "()[]{}")
    while True:
        shorter = s.replace("()", "").replace("[]", "").replace("{}", "")
        if shorter == s:
            return s == ""
        s = shorter
