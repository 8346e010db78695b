"""Page furniture that is not the article: "Read also" blocks, tag lists, captions, bylines.

Real pages end with lists of other headlines ("Read also: Kazakhstan and Israel sign ...") that
name both sides with an event word, so they must not count as the article's own text.
"""

from __future__ import annotations

import re

from monitor.detect.matcher import Hit

# A marker counts at the start of a sentence only (after an opening bracket or bullet at most).
_MARKER_START = 3
_HEADLINE_WORDS = 20
_AFTER_MARKER = frozenset(':|-"')
# with the full stops of other scripts: "。" (Chinese, Japanese), "।" (Hindi, Bengali), "۔" (Urdu)
_FULL_STOPS = tuple(".!?…。！？।۔؟")
_SENTENCE_END = (*_FULL_STOPS, *":;\"')」』")
_PROSE_END = (*_FULL_STOPS, *"\"')»」』")
_URL = re.compile(r"\s*(?:https?://|www\.)\S+\s*$")


def keep(pieces: list[tuple[int, str]], norms: list[str], hits: list[list[Hit]]) -> list[bool]:
    """Which body pieces (paragraph number, sentence) are the article's own text.

    Dropped: a sentence opening with a marker ("Read also:", "Tags:", "Фото:"); after a line
    that is only a marker, the headline-like lines that follow it; and runs of two or more
    headline-like paragraphs (short, no closing punctuation) not introduced by a colon, which
    is how related-article lists and bylines look once a page is reduced to text.
    """
    # A bare link ("http://.../mekorot-signs-deal-...") is an address, not a sentence.
    kept = [not _URL.match(piece) for _, piece in pieces]
    last = len(pieces) - 1
    headline = [
        para >= 0
        and _headline_like(piece)
        # the paragraph's only sentence
        and (i == 0 or pieces[i - 1][0] != para)
        and (i == last or pieces[i + 1][0] != para)
        # "... signed a joint declaration" and a full stop set in the next paragraph: prose
        and (i == last or not pieces[i + 1][1].lstrip().startswith(_FULL_STOPS))
        for i, (para, piece) in enumerate(pieces)
    ]
    if not any(headline) and not any(h and h[0].start <= _MARKER_START for h in hits):
        return kept
    in_block = False
    for i, norm in enumerate(norms):
        marker = _marker(hits[i]) if pieces[i][0] >= 0 else None
        rest = norm[marker.end :].lstrip() if marker is not None else ""
        # "Photo: ...", "Read also | ...", or a marker line; not "Topics discussed included".
        if marker is not None and (not rest or rest[0] in _AFTER_MARKER or headline[i]):
            kept[i] = False
            in_block = len(rest.strip(" :-|")) == 0
        elif in_block and headline[i]:
            kept[i] = False
        else:
            in_block = False
    i = 0
    while i < len(pieces):
        j = i
        while j < len(pieces) and headline[j]:
            j += 1
        introduced = i > 0 and pieces[i - 1][1].rstrip().endswith(":")
        if j - i >= 2 and not introduced:
            for k in range(i, j):
                kept[k] = False
        i = max(j, i + 1)
    for i in range(1, last):
        if headline[i] and kept[i] and _inline(pieces, headline, kept, i):
            kept[i] = False
    return kept


def _inline(pieces: list[tuple[int, str]], headline: list[bool], kept: list[bool], i: int) -> bool:
    """A lone headline between two paragraphs of prose: a related-article link set in the text.

    Not the first paragraph (a lead without a full stop), and not an item after "...:".
    """
    before, after = pieces[i - 1], pieces[i + 1]
    prose_before = (
        before[0] >= 0
        and kept[i - 1]
        and not headline[i - 1]
        and before[1].rstrip().endswith(_PROSE_END)
    )
    return prose_before and after[0] >= 0 and not headline[i + 1]


def _marker(hits: list[Hit]) -> Hit | None:
    for hit in hits:
        if hit.start > _MARKER_START:
            return None
        if hit.kind == "cue" and hit.key == "boilerplate":
            return hit
    return None


def _headline_like(piece: str) -> bool:
    return not piece.endswith(_SENTENCE_END) and piece.count(" ") < _HEADLINE_WORDS
