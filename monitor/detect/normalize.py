"""Text normalisation for matching: casefold, fold look-alike characters, split into sentences."""

from __future__ import annotations

import itertools
import re
import unicodedata

_FOLD = str.maketrans(
    {
        "ё": "е",
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "ʻ": "'",
        "`": "'",
        "´": "'",
        "′": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "‹": '"',
        "›": '"',
        "–": "-",
        "—": "-",
        "‒": "-",
        "―": "-",
        "‐": "-",
        "‑": "-",
        "−": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        # Persian letters written for their Arabic look-alikes, and the reverse.
        "ی": "ي",
        "ک": "ك",
        # Arabic spelling variants that news sites mix freely.
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ى": "ي",
        "ة": "ه",
        # Arabic and Persian write digits of their own ("۲۰۲۵", "٢٠٢٥") and a decimal and a
        # thousands sign: read as ASCII, so that years, days and amounts are read as anywhere.
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        "٫": ".",
        "٬": ",",
        # Hebrew geresh and gershayim ("יום ג׳", "נתב״ג"), typed as often as ' and "; the
        # maqaf, Hebrew's hyphen ("ב־2024", "דו־צדדי"), as the hyphen typed as often.
        "׳": "'",
        "״": '"',
        "\u05be": "-",
    }
)
# str.translate looks every character up in a dict; a regex over the few characters to fold is
# several times faster on real text, where they are rare.
_FOLD_CHARS = re.compile("[" + re.escape("".join(chr(c) for c in _FOLD)) + "]")
_FOLD_ONE = {chr(c): v for c, v in _FOLD.items()}.__getitem__


def _fold(match: re.Match[str]) -> str:
    return _FOLD_ONE(match.group())


# Diacritics that change nothing for matching: Hebrew niqqud (not the maqaf, a hyphen), Arabic
# harakat, tatweel, soft hyphen, zero-width spaces and joiners; and the dot casefolding leaves
# on Turkish "İ" ("i̇").
_STRIP = re.compile(
    "[\u0591-\u05bd\u05bf-\u05c7\u064b-\u065f\u0670\u0640\u00ad\u200b\u200d-\u200f\u0307]"
)
# A zero-width non-joiner parts the pieces of a Persian word: read it as a space.
_ZWNJ = "\u200c"
_SPACE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Casefolded, quote/dash/letter-variant folded text with single spaces."""
    if not text:
        return ""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text).replace(_ZWNJ, " ")
        text = _STRIP.sub("", text)
    # str.casefold would also turn "ß" into "ss"; harmless here, so use it as the brief asks.
    text = text.casefold()
    if not text.isascii():
        text = _STRIP.sub("", _FOLD_CHARS.sub(_fold, text))
    elif "`" in text:
        text = text.replace("`", "'")
    return " ".join(text.split())


# A sentence ends at . ! ? … followed by space, unless the dot closes a short abbreviation
# ("Mr.", "U.S.", "г.") or an initial.
# (The stop is matched and the rest taken as group 1: a pattern that opens with the stop lets the
# regex engine skip to candidates, where one opening with a look-behind tries every position.)
# A stop (Urdu's "۔" too) then a space; or a Chinese or Japanese full stop, which needs
# none ("。", "！", "？").
_SENTENCE_END = re.compile(r"[.!?…۔。！？]((?<=[.!?…۔])[\"'»”’)]*\s+|(?<=[。！？])[」』”’)]*\s*)")
# Before a dot that ends no sentence: an initial ("J."), initials ("U.S."), or an abbreviation
# (`abbreviation` in the language files: "Mr", "Gen", "г", "тыс").
ABBREVIATION = r"(?:\b{abbreviation}|\b[^\W\d_]|(?:\w\.){2,})\.$"
_INITIALS_ONLY = re.compile(r"(?:\b[^\W\d_]|(?:\w\.){2,})\.$")
# German and Czech write a day as an ordinal ("am 27. Januar"): the dot after it, before a
# month (`after_day_dot` in the language files), ends no sentence.
DAY_DOT = r"(?:^|\s)\d{1,2}\.\s+(?:{after_day_dot})\b"


def split_sentences(
    text: str,
    abbreviation: re.Pattern[str] = _INITIALS_ONLY,
    day_dot: re.Pattern[str] | None = None,
) -> list[tuple[int, str]]:
    """(paragraph number, sentence) pairs; paragraphs are separated by line breaks; a dot after
    an `abbreviation` (a compiled ABBREVIATION pattern, matched casefolded) ends no sentence,
    nor one `day_dot` (a compiled DAY_DOT) finds around it."""
    out: list[tuple[int, str]] = []
    for para_no, para in enumerate(_unwrapped(text)):
        start = 0
        for m in _SENTENCE_END.finditer(para):
            head = para[start : m.start(1)].rstrip("\"'»”’)")
            if abbreviation.search(head[-12:].casefold()):
                continue
            if day_dot is not None and head[-2:-1].isdigit():
                around = para[max(start, m.start(1) - 4) : m.end(1) + 16].casefold()
                if day_dot.search(around):
                    continue
            if _in_quote(para, m.start(1)) or _attribution_follows(para, m):
                continue  # a quote and its "he said" are one sentence
            piece = para[start : m.end(1)].strip()
            if piece:
                out.append((para_no, piece))
            start = m.end(1)
        tail = para[start:].strip()
        if tail:
            out.append((para_no, tail))
    return out


def _unwrapped(text: str) -> list[str]:
    """The text's paragraphs, its non-blank lines, less the breaks of a text wrapped at a fixed
    width. A line that ends in a letter or a comma and one that opens in lower case are one
    paragraph ("... the two ministers\nsigned a memorandum ..."), unless they are items of a
    list a colon opened; where that happens twice the text is wrapped, and only a line that ends
    a sentence ends a paragraph. In a script with no case (Arabic, Hebrew, Persian) no line
    opens in lower case: there only lines running on twice tell a wrapped text."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    soft, caseless, listing = [], 0, False
    for line, following in itertools.pairwise(lines):
        listing = line.endswith(":") or (listing and not line.endswith((".", "!", "?")))
        runs_on = not listing and _runs_on(line)
        soft.append(runs_on and following[:1].islower())
        caseless += runs_on and _caseless(following[:1])
    wrapped = sum(soft) + caseless >= 2
    paragraphs = lines[:1]
    for line, joined in zip(lines[1:], soft, strict=True):
        if joined or (wrapped and _runs_on(paragraphs[-1])):
            paragraphs[-1] += " " + line
        else:
            paragraphs.append(line)
    return paragraphs


def _caseless(letter: str) -> bool:
    return letter.isalpha() and letter.lower() == letter.upper()


def _runs_on(line: str) -> bool:
    """The line stops mid-sentence: it ends in a letter, a digit or a comma."""
    return line[-1:].isalnum() or line[-1:] == ","


_CLOSING_QUOTES = "”»“"
_QUOTE_REACH = 250  # a quote that has not closed by then was cut or never opened


def _in_quote(para: str, pos: int) -> bool:
    """Whether `pos` lies inside a typographic quotation (“...”, «...») that closes soon after;
    straight quotes say too little of which side of a quote they are on to decide this."""
    before = para[max(0, pos - _QUOTE_REACH) : pos]
    opened = before.count("“") + before.count("«") + before.count("„")
    closed = before.count("”") + before.count("»")
    after = para[pos : pos + _QUOTE_REACH]
    return opened > closed and any(c in after for c in "”»“")


def _attribution_follows(para: str, end: re.Match[str]) -> bool:
    """ "... a new level." dedi. / "...", he said.: the quote ends and a lower-case verb
    or pronoun attributes it."""
    closed = end.group(1).strip()[-1:] in _CLOSING_QUOTES + '"'
    following = para[end.end(1) : end.end(1) + 1]
    return closed and following.islower()
