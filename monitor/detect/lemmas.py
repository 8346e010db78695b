"""Lemmas of words, per language: pymorphy3 for Russian and Ukrainian, simplemma for 50 more.

A vocabulary word then matches every inflected form ("подписать" matches "подписали",
"подписанного"; "visit" matches "visited"). Lemmas are looked up once per distinct word and kept,
so a running detector pays a dictionary look-up per word.

simplemma ships its dictionaries compressed and decodes one on its first word of a language,
which costs more CPU than reading the decoded dictionary back (German 1.06 s against 0.36 s,
Polish 3.1 s against 1.4 s): a decoded dictionary is kept in the per-user cache
(monitor.detect.cache) under a key of simplemma's version, the language and the size of its data
file; a kept file that cannot be read is ignored, and simplemma decodes its own.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import re
from collections.abc import Callable, Collection, Mapping
from itertools import accumulate, compress
from operator import ne
from pathlib import Path

from monitor.detect.cache import cache_dir, keep_entry, read_entry
from monitor.detect.matcher import Hit, make_hit, searchable
from monitor.detect.normalize import normalize

_SPLIT = re.compile(r"(\W+)")
_SPLIT_ASCII = re.compile(r"(\W+)", re.ASCII)  # the same on ASCII text, and faster
_CLAUSE_END = re.compile(r"[,.;:!?()\"«»]")
_AFTER_ALL = 1 << 62  # sorts after every offset
_CACHE_LIMIT = 200_000  # distinct words kept per language before the cache starts over
DICTIONARY_FORMAT = 1  # bump when a kept dictionary's layout changes
DICTIONARIES_KEPT = 2  # kept per language (the newest): two simplemma versions side by side
# Decoded dictionaries held in memory, one per language met. simplemma's default, 8, is fewer than
# the languages the vocabulary lemmatises with it (12), so a stream of articles in all of them
# decoded a dictionary again and again (Polish: 1.5 s each time). All held take about 0.9 GB,
# Polish half of it; a language costs nothing until an article in it comes.
DICTIONARIES_HELD = 32


class Rewritten:
    """A text with each word replaced by its lemma; where each word sits in both texts is
    worked out only when a hit asks (most lemma hits repeat a surface one)."""

    def __init__(self, pieces: list[str], words: list[str]) -> None:
        self.text = "".join(pieces)
        self._pieces = pieces  # lemma, separator, lemma, ..., lemma
        self._words = words  # the original words, in order
        self._changed: list[tuple[int, int, int, int]] | None = None  # see `of_parts`
        self._searched = ""

    @classmethod
    def of_parts(cls, text: str, searched: str, parts: list[str], lemmas: list[str]) -> Rewritten:
        """`text` rewritten from the parts of its searchable copy `searched` (its split at
        spaces: "", then each word, with "" between two separators; a separator is one
        character) and their lemmas: only the words that change are replaced, and only where
        they sit is kept (`original` finds the other words' bounds in `searched`)."""
        pieces, done, shift = [], 0, 0
        cum = list(accumulate(map(len, parts), initial=0))
        changed: list[tuple[int, int, int, int]] = []  # lemma start, end; original start, end
        for i in compress(range(len(parts)), map(ne, parts, lemmas)):
            start = cum[i] + i - 1  # part i's place in `text`: one separator after each part
            lemma, end = lemmas[i], start + len(parts[i])
            pieces += (text[done:start], lemma)
            changed.append((start + shift, start + shift + len(lemma), start, end))
            shift += len(lemma) - len(parts[i])
            done = end
        pieces.append(text[done:])
        rewritten = cls([], [])
        rewritten.text = "".join(pieces)
        rewritten._changed = changed
        rewritten._searched = searched
        return rewritten

    @functools.cached_property
    def _offsets(self) -> tuple[list[int], list[int]]:
        """Where each word starts in `text` and in the original (sums run in C)."""
        starts = list(accumulate(map(len, self._pieces), initial=0))[0::2]
        original = self._pieces.copy()
        original[0::2] = self._words
        return starts, list(accumulate(map(len, original), initial=0))[0::2]

    def _word(self, pos: int) -> tuple[int, int]:
        """The span in the original of the word at `pos` in `text` (of `of_parts`): the last
        word that starts at or before it (the empty word at 0 before a leading separator)."""
        changed = self._changed
        k = bisect.bisect_right(changed, (pos, _AFTER_ALL))  # changed words starting by `pos`
        if k and pos < changed[k - 1][1]:
            return changed[k - 1][2:]
        pos += changed[k - 1][3] - changed[k - 1][1] if k else 0  # the same place, in the original
        searched = self._searched  # the original with a space for each separator, one place on
        at = pos + 1
        while at > 1 and searched[at] == " ":
            at -= 1  # a separator belongs to the word before it
        if searched[at] == " ":
            return 0, 0
        start = searched.rfind(" ", 0, at)
        end = searched.find(" ", at)
        return start, (len(searched) if end < 0 else end) - 1

    def searchable(self) -> str:
        """The `searchable` copy of `text`."""
        return searchable(self.text)

    def originals(self, hits: list[Hit]) -> list[Hit]:
        """Hits in `text` moved to the spans of the original they cover (see `original`)."""
        if self._changed is not None:
            word = self._word
            return [
                make_hit((word(start)[0], word(max(start, end - 1))[1], kind, key))
                for start, end, kind, key in hits
            ]
        starts, original_starts = self._offsets
        words = self._words
        before = bisect.bisect_right
        out = []
        for start, end, kind, key in hits:
            first = max(before(starts, start) - 1, 0)
            last = max(before(starts, max(start, end - 1)) - 1, 0)
            span = (original_starts[first], original_starts[last] + len(words[last]))
            out.append(make_hit((*span, kind, key)))
        return out

    def original(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that the span start:end of `text` covers."""
        if self._changed is not None:
            return self._word(start)[0], self._word(max(start, end - 1))[1]
        starts, original_starts = self._offsets
        first = max(bisect.bisect_right(starts, start) - 1, 0)
        last = max(bisect.bisect_right(starts, max(start, end - 1)) - 1, 0)
        return original_starts[first], original_starts[last] + len(self._words[last])


class Lemmatizer:
    """Word -> lemma for one language, cached; `rewrite` turns a normalised text into lemmas."""

    def __init__(
        self,
        lang: str,
        lemma_of: Callable[[str], str],
        separable: Mapping[str, Collection[str]] | None = None,
        fixed: Mapping[str, str] | None = None,
    ) -> None:
        self.lang = lang
        self._lemma_of = lemma_of
        self._cache: dict[str, str] = {}
        self._separable = separable or {}
        self._fixed = fixed or {}  # the library's lemmas that mislead the rules ("according")
        self._name_form: Callable[[tuple[str, ...]], tuple[str, ...]] | None = None
        self._names: dict[tuple[str, ...], tuple[str, ...]] = {}

    def name_form(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """A personal name's words as the name is cited, where the language declines names
        ("Эдгаром Голаном" -> "Эдгар Голан", "Марию Левину" -> "Мария Левина"); as written
        elsewhere."""
        if self._name_form is None:
            return words
        found = self._names.get(words)
        if found is None:
            if len(self._names) >= _CACHE_LIMIT:
                self._names.clear()
            found = self._names[words] = self._name_form(words)
        return found

    def lemma(self, word: str) -> str:
        found = self._cache.get(word)
        if found is None:
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            found = self._fixed.get(word) or (
                (normalize(self._lemma_of(word)) or word) if word else word
            )
            self._cache[word] = found
        return found

    def rewrite(self, text: str, searched: str | None = None) -> Rewritten | None:
        """`text` (normalised) with its words as lemmas; None when no word changes.
        `searched`, its `searchable` copy if already made, spares splitting it by a regex."""
        if searched is not None and not self._separable and "_" not in text:
            # The searchable copy has a space for each separator and for "_", which the regex
            # split takes for a word character: a text with one is split by the regex.
            parts = searched.split(" ")
            lemmas = list(map(self._cache.get, parts))  # known words without a call each
            if None in lemmas:
                pairs = zip(parts, lemmas, strict=True)
                lemmas = [self.lemma(word) if lemma is None else lemma for word, lemma in pairs]
            return None if lemmas == parts else Rewritten.of_parts(text, searched, parts, lemmas)
        # Word, separator, word, ..., word (words may be "").
        pieces = (_SPLIT_ASCII if text.isascii() else _SPLIT).split(text)
        words = pieces[0::2]
        lemmas = list(map(self._cache.get, words))  # known words without a call each
        if None in lemmas:
            pairs = zip(words, lemmas, strict=True)
            lemmas = [self.lemma(word) if lemma is None else lemma for word, lemma in pairs]
        if self._separable:
            lemmas = self._joined(lemmas, pieces[1::2])
        if lemmas == words:
            return None
        pieces[0::2] = lemmas
        return Rewritten(pieces, words)

    def _joined(self, lemmas: list[str], separators: list[str]) -> list[str]:
        """Each separable verb's lemma with the particle that closes its clause put in front:
        "Kasachstan tritt dem Abkommen bei," reads "... beitreten dem Abkommen bei"."""
        joined, start = lemmas, 0
        for index, word in enumerate(lemmas):
            last = index == len(separators)
            closes = last or _CLAUSE_END.search(separators[index])
            if not closes or (not last and word.isdigit() and separators[index] == ". "):
                continue  # "ab dem 29. März": an ordinal's dot ends nothing
            verbs = self._separable.get(word)
            if verbs:
                for verb in range(index - 1, start - 1, -1):
                    if joined[verb] in verbs:
                        joined = joined.copy() if joined is lemmas else joined
                        joined[verb] = word + joined[verb]
                        break
            start = index + 1
        return joined


def load_lemmatizer(
    lang: str,
    kind: str,
    separable: Mapping[str, Collection[str]] | None = None,
    fixed: Mapping[str, str] | None = None,
) -> Lemmatizer | None:
    """The lemmatiser a language file names, or None ("none", or the library lacks it)."""
    if kind == "pymorphy3":
        import pymorphy3

        analyzer = pymorphy3.MorphAnalyzer(lang=lang)
        lemmatizer = Lemmatizer(
            lang, lambda word: analyzer.parse(word)[0].normal_form, separable, fixed
        )
        lemmatizer._name_form = functools.partial(_nominative_name, analyzer)
        return lemmatizer
    if kind == "simplemma":
        import simplemma

        if lang not in simplemma.strategies.dictionaries.dictionary_factory.SUPPORTED_LANGUAGES:
            return None
        lemmatize = _simplemma(str(cache_dir()))
        return Lemmatizer(lang, lambda word: lemmatize(word, lang), separable, fixed)
    return None


_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2"})


def _nominative_name(analyzer, words: tuple[str, ...]) -> tuple[str, ...]:
    """The name in the nominative, where all its words read as one person's name in one other
    case ("Марию Левину": accusative, a woman's: "Мария Левина"); as written when the words
    agree on no case ("Сатыбалды Бурашевым") or may already be nominative."""
    readings = []
    for word in words:
        named = [
            p for p in analyzer.parse(word.lower())
            if _NAME_TAGS & p.tag.grammemes and "sing" in p.tag.grammemes
        ] if word[:1].isupper() and "-" not in word else []  # fmt: skip
        readings.append(named)
    cases = [{c for p in named for c in p.tag.grammemes & _CASES} for named in readings]
    declined = [found for found in cases if found and found != {"nomn"}]
    common = set.intersection(*declined) if declined else set()
    if not common or "nomn" in common:
        # the first name tells no case ("Сатыбалды Бурашевым"): only a surname's own unambiguous
        # ending does (-овым is a man's, -овой a woman's)
        return tuple(_unambiguous_surname(word) for word in words)
    # A word read only as a nominative is one where its gender may be another's: "Сатыбалды
    # Бурашев" is nominative; in "Фаины Киршенбаум" a woman's foreign surname is not declined.
    others = {
        g for named, found in zip(readings, cases, strict=True)
        if found and found != {"nomn"} for p in named for g in _genders(p)
    }  # fmt: skip
    if any(
        found == {"nomn"} and any(_genders(p) & others for p in named)
        for named, found in zip(readings, cases, strict=True)
    ):
        return words
    # And in one gender: "Ерлану Кошанову" is a man's name in the dative, not a woman's.
    genders = [
        {g for p in named if p.tag.grammemes & common for g in _genders(p)}
        for named, found in zip(readings, cases, strict=True)
        if found and found != {"nomn"}
    ]
    gender = set.intersection(*genders)
    out = []
    for word, named, found in zip(words, readings, cases, strict=True):
        if not found and word[:1].isupper() and "-" not in word:
            # a surname no dictionary knows, in the first name's case: "Ноамом Харелем"
            out.append(_surname_in_nominative(analyzer, word, common, gender) or word)
            continue
        if not found or found == {"nomn"}:
            out.append(word)
            continue
        forms = {
            inflected.word
            for p in named if p.tag.grammemes & common and gender & _genders(p)
            for inflected in [p.inflect({"nomn"})] if inflected
        }  # fmt: skip
        if len(forms) != 1:
            return words
        form = forms.pop()
        out.append(form[:1].upper() + form[1:])
    return tuple(out)


# Russian surnames in -ов/-ев/-ин/-ын decline as adjectives: the case ending -> nominative ending,
# by gender ("Бейсеновым" -> "Бейсенов", "Альназаровой" -> "Альназарова").
_SURNAME_ENDINGS = {
    "masc": {"ablt": ("ым",), "datv": ("у",), "gent": ("а",), "accs": ("а",), "loct": ("е",)},
    "femn": {"ablt": ("ой",), "datv": ("ой",), "gent": ("ой",), "accs": ("у",), "loct": ("ой",)},
}
_SURNAME_STEMS = ("ов", "ев", "ёв", "ин", "ын")


def _unambiguous_surname(word: str) -> str:
    """-овым is only a man's instrumental, -овой only a woman's oblique case."""
    if not word[:1].isupper():
        return word
    return _by_ending(word, {"ablt"}, "masc") or _by_ending(word, {"ablt"}, "femn") or word


def _by_ending(word: str, cases: set[str], gender: str) -> str | None:
    """A -ов/-ев/-ин surname in one of `cases`, in the nominative ("Бейсеновым" -> "Бейсенов")."""
    lower = word.lower()
    for case in cases:
        for ending in _SURNAME_ENDINGS[gender].get(case, ()):
            stem = lower[: -len(ending)]
            if lower.endswith(ending) and stem.endswith(_SURNAME_STEMS):
                return word[: len(stem)] + ("а" if gender == "femn" else "")
    return None


def _surname_in_nominative(analyzer, word: str, cases: set[str], genders: set[str]) -> str | None:
    if len(genders) != 1:
        return None
    gender = next(iter(genders))
    by_ending = _by_ending(word, cases, gender)
    if by_ending is not None:
        return by_ending
    lower = word.lower()
    if gender != "masc":
        return None  # a woman's foreign surname is not declined
    forms = {
        inflected.word
        for p in analyzer.parse(lower)
        if p.tag.POS == "NOUN" and "masc" in p.tag.grammemes and p.tag.grammemes & cases
        for inflected in [p.inflect({"nomn", "sing"})] if inflected
    }  # fmt: skip
    if len(forms) != 1:
        return None
    form = forms.pop()
    return form[:1].upper() + form[1:]


def _genders(parse) -> set[str]:
    found = parse.tag.grammemes
    return {"masc", "femn"} if "ms-f" in found else found & {"masc", "femn"}


@functools.cache
def _simplemma(folder: str) -> Callable[[str, str], str]:
    """(word, language) -> lemma as `simplemma.lemmatize` gives it, but with the dictionaries
    read through the cache in `folder` (one per process and folder, as simplemma keeps one per
    process); simplemma's own function where its internals are not those known here."""
    import simplemma

    try:
        from simplemma.strategies import DefaultStrategy
        from simplemma.strategies.dictionaries.dictionary_factory import (
            DATA_FOLDER,
            DefaultDictionaryFactory,
            MappingStrToByteString,
            _load_dictionary_from_disk,
        )
    except ImportError:
        return simplemma.lemmatize

    class KeptDictionaries(DefaultDictionaryFactory):
        """simplemma's own dictionaries, decoded once and then read from `folder`."""

        def _get_dictionary_uncached(self, lang: str) -> Mapping[str, str]:
            source = DATA_FOLDER / f"{lang}.plzma"
            decode = _load_dictionary_from_disk
            return MappingStrToByteString(_kept_dictionary(lang, source, folder, decode))

    strategy = DefaultStrategy(
        dictionary_factory=KeptDictionaries(cache_max_size=DICTIONARIES_HELD)
    )
    return simplemma.Lemmatizer(lemmatization_strategy=strategy).lemmatize


def _kept_dictionary(
    lang: str, source: Path, folder: str, decode: Callable[[str], dict[bytes, bytes]]
) -> dict[bytes, bytes]:
    """simplemma's decoded dictionary of `lang` (its data file `source`): from the cache in
    `folder` when it holds this very one, else decoded (`decode`, simplemma's own loading) and
    kept there."""
    import simplemma

    try:
        size = source.stat().st_size
    except OSError:
        return decode(lang)  # simplemma says what is wrong
    kind = f"simplemma-{lang}"
    key = hashlib.sha256(
        f"{DICTIONARY_FORMAT} {kind} {simplemma.__version__} {size}".encode()
    ).hexdigest()
    file = Path(folder) / f"{kind}-{key[:16]}.pickle"
    found = read_entry(file, key)
    if isinstance(found, dict):
        return found
    dictionary = decode(lang)
    keep_entry(file, key, dictionary, kind, DICTIONARIES_KEPT)
    return dictionary
