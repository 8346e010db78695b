"""Build the one matcher that finds every vocabulary term: sides, actors, cues, fields, dates.

Compiling it takes most of a second of CPU (Babel's CLDR names in many locales, a few thousand
patterns), and every process that detects (a `monitor` command, each parse worker, each test's
detector) would pay it. So a compiled lexicon is kept, pickled, in a per-user cache folder
(`$MONITOR_CACHE_DIR`, else `$XDG_CACHE_HOME/kz-il-monitor`, else `~/.cache/kz-il-monitor`),
under a key of everything it follows from: the validated vocabulary, the source of this package
and the versions of Python and of the libraries it uses. A file that cannot be read, or that holds
another key, is compiled afresh; one that cannot be written only costs the shortcut.

Reading and validating the vocabulary's TOML files costs more again than loading the lexicon, so
`load_compiled` keeps the validated vocabulary and its lexicon together, under a key of the files'
bytes (with the same code and versions), and reads the files only when they changed.
"""

from __future__ import annotations

import hashlib
import re
import sys
import threading
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from babel import Locale

from monitor.detect import dates
from monitor.detect.cache import cache_dir, keep_entry, read_entry
from monitor.detect.grammar import Grammar
from monitor.detect.lemmas import Lemmatizer, Rewritten, load_lemmatizer
from monitor.detect.matcher import Hit, Matcher, cldr_pattern, order, searchable
from monitor.detect.normalize import normalize
from monitor.detect.vocabulary import (
    GRAMMAR_KEYS,
    GRAMMATICAL_LABELS,
    SIDES,
    VALUE_TABLES,
    Actor,
    Vocabulary,
    default_directory,
    load_vocabulary,
    vocabulary_files,
)

FIELD_KINDS = (
    "subject",
    "instrument",
    "sector",
    "format",
    "visa_subject",
    "stance",
    "framework",
    "role",
    "tension",
)


_LOADING = threading.Lock()  # held while a lemmatiser loads (`Lexicon.lemmatizer`)
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "IL", "KZ"})
_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class Lexicon:
    """The compiled vocabulary: a matcher plus the actor table its hits refer to."""

    matcher: Matcher
    actors: dict[str, Actor]
    # Only the names that put a side in a text (countries, capitals, leaders…): an article
    # without both sides cannot be relevant, and most news is settled by this one cheap scan.
    gate: Matcher
    lemmatizer_kinds: dict[str, str] = field(default_factory=dict)  # language -> lemmatiser
    separable: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)  # see lemmas
    fixed_lemmas: dict[str, dict[str, str]] = field(default_factory=dict)  # see lemmas
    cue_words: dict[str, Matcher] = field(default_factory=dict)  # language -> its cue words
    any_cue_words: Matcher = field(default_factory=Matcher)
    # Cue and field words again, run over the lemmas of a text in a language with a lemmatiser:
    # a word in the vocabulary then matches each of its inflected forms.
    words: dict[str, Matcher] = field(default_factory=dict)  # language -> its words' matcher
    joined: dict[str, str] = field(default_factory=dict)  # framework -> when Kazakhstan joined
    # person id -> the last words of its aliases of several words: "Saparov said" later
    surnames: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Function words per language (an article's own language decides: "die" is an article in
    # German and a verb in English), and those of every language for an unknown one.
    grammars: dict[str, Grammar] = field(default_factory=dict)
    any_grammar: Grammar = field(default_factory=lambda: Grammar({}, {}))

    def grammar(self, lang: str | None) -> Grammar:
        return self.grammars.get(lang or "", self.any_grammar)

    _lemmatizers: dict[str, Lemmatizer | None] = field(default_factory=dict)
    # Per language, its cue words and `matcher` merged, so a text is scanned once, not twice
    # (made on first use: a copy of `matcher` per language would make the cache 20 MB).
    _scanners: dict[str | None, Matcher | None] = field(default_factory=dict)

    def __getstate__(self) -> dict:
        # Pickled in the cache without the lemmatisers loaded so far: they load on first use.
        return {**self.__dict__, "_lemmatizers": {}, "_scanners": {}}

    def may_name_both_sides(self, searched: str) -> bool:
        """False when a (searchable, normalised) text names at most one of the two sides."""
        return self.gate.finds_all(searched, set(SIDES))

    def lemmatizer(self, lang: str | None) -> Lemmatizer | None:
        """The language's lemmatiser, loaded on first use, its dictionary included; None where
        it has none."""
        if lang not in self._lemmatizers:
            # By one thread while the others wait: a daemon's warm-up and its first batch of
            # articles would otherwise both load the same dictionary (0.2 s of CPU for English).
            with _LOADING:
                if lang not in self._lemmatizers:
                    self._lemmatizers[lang] = self._load_lemmatizer(lang)
        return self._lemmatizers[lang]

    def _load_lemmatizer(self, lang: str | None) -> Lemmatizer | None:
        kind = self.lemmatizer_kinds.get(lang or "", "none")
        separable, fixed = self.separable.get(lang or ""), self.fixed_lemmas.get(lang or "")
        lemmatizer = load_lemmatizer(lang, kind, separable, fixed) if lang else None
        if lemmatizer is not None:
            lemmatizer.lemma("news")  # a library loads its dictionary on its first word
        return lemmatizer

    def scan(self, norm: str, searched: str | None = None, lang: str | None = None) -> list[Hit]:
        """Hits in a normalised text (`searched`: its searchable copy, if already made); in a
        language with a lemmatiser, cue and field words also match the words' lemmas."""
        searched = searched or searchable(norm)
        hits = self._surface(norm, searched, lang)
        words = self.words.get(lang or "")
        lemmatizer = self.lemmatizer(lang) if words is not None else None
        rewritten = lemmatizer.rewrite(norm, searched) if lemmatizer is not None else None
        if words is not None and rewritten is not None:
            _add_lemma_hits(hits, words, rewritten)
        return _outer_names(hits)

    def _surface(self, norm: str, searched: str, lang: str | None) -> list[Hit]:
        """The hits of `matcher` and then of the language's cue words, ordered (`order`)."""
        lang = lang if lang in self.cue_words else None
        if lang not in self._scanners:
            cues = self.cue_words[lang] if lang is not None else self.any_cue_words
            self._scanners[lang] = Matcher.merged(self.matcher, cues)
        scanner = self._scanners[lang]
        if scanner is not None:
            return scanner.scan(norm, searched)
        hits = self.matcher.scan(norm, searched)
        hits += self.cue_words.get(lang or "", self.any_cue_words).scan(norm, searched)
        order(hits)
        return hits


def _add_lemma_hits(hits: list[Hit], words: Matcher, rewritten: Rewritten) -> None:
    """Add to `hits` (ordered) those of `words` in the lemmas of the text, at the words as
    written, that are not there yet; keep them ordered."""
    seen = set(hits)
    added = False
    for found in rewritten.originals(words.scan(rewritten.text, rewritten.searchable())):
        if found not in seen:
            seen.add(found)
            hits.append(found)
            added = True
    if added:
        order(hits)


def _outer_names(hits: list[Hit]) -> list[Hit]:
    """Hits without names inside a longer name ("Nursultan" the city in "Nursultan
    Nazarbayev"); `hits` are ordered by start, longest first."""
    out: list[Hit] = []
    reach = -1
    for hit in hits:
        if hit.kind == "actor":
            if hit.end <= reach:
                continue
            reach = hit.end
        out.append(hit)
    return out


CACHE_FORMAT = 1  # bump when a cached file's layout changes
KEPT = 8  # cached entries of each kind kept (the newest): worktrees and vocabularies side by side
# What the compiled lexicon depends on besides the vocabulary and this package's code.
LIBRARIES = ("babel", "pyahocorasick", "simplemma", "pymorphy3", "pydantic")


def build_lexicon(vocab: Vocabulary) -> Lexicon:
    """The compiled vocabulary: from the cache when it holds this very build, else compiled
    (`compile_lexicon`) and kept there."""
    key = cache_key(vocab)
    file = cache_dir() / f"lexicon-{key[:32]}.pickle"
    lexicon = read_entry(file, key)
    if not isinstance(lexicon, Lexicon):
        lexicon = compile_lexicon(vocab)
        keep_entry(file, key, lexicon, "lexicon", KEPT)
    return lexicon


def load_compiled(directory: Path | str | None = None) -> tuple[Vocabulary, Lexicon]:
    """The vocabulary in `directory` (default: the repo's), validated, and its lexicon.

    Reading and validating the TOML files costs more than the lexicon itself takes to load, so
    both are kept together in the cache too, under a key of the files' bytes instead of the
    validated vocabulary (`files_key`); on a miss they are read (`load_vocabulary`, which
    reports what is wrong with a file) and compiled (`build_lexicon`).
    """
    folder = Path(directory) if directory is not None else default_directory()
    key = files_key(folder)
    file = cache_dir() / f"compiled-{key[:32]}.pickle"
    found = read_entry(file, key)
    if not (
        isinstance(found, tuple)
        and len(found) == 2
        and isinstance(found[0], Vocabulary)
        and isinstance(found[1], Lexicon)
    ):
        vocab = load_vocabulary(folder)
        found = (vocab, build_lexicon(vocab))
        keep_entry(file, key, found, "compiled", KEPT)
    vocab, lexicon = found
    # Kept without regard to where the files were read from: they are read from here now.
    return vocab.model_copy(update={"directory": folder}), lexicon


def cache_key(vocab: Vocabulary) -> str:
    """A digest of everything a compiled lexicon follows from: the vocabulary (as validated,
    not where it was read from), this package's source and the Python and library versions."""
    digest = _code_digest("lexicon")
    digest.update(vocab.model_dump_json(exclude={"directory"}).encode())
    return digest.hexdigest()


def files_key(folder: Path) -> str:
    """A digest of what `load_compiled` returns follows from: the names and bytes of the files
    `load_vocabulary` reads from `folder` (not the folder's own name), this package's source and
    the Python and library versions."""
    digest = _code_digest("compiled")
    for file in vocabulary_files(folder):
        try:
            content = file.read_bytes()
        except OSError:
            content = b"unreadable"  # load_vocabulary will say why
        name = file.relative_to(folder).as_posix()
        digest.update(f"{name} {len(content)}\n".encode())
        digest.update(content)
    return digest.hexdigest()


def _code_digest(kind: str) -> hashlib._Hash:
    """A digest begun with the kind of entry, this package's source and the Python and library
    versions."""
    digest = hashlib.sha256(f"{CACHE_FORMAT} {kind}\n{sys.version}\n".encode())
    for name in LIBRARIES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "absent"
        digest.update(f"{name} {version}\n".encode())
    package = Path(__file__).resolve().parent
    for source in sorted(package.glob("*.py")):
        digest.update(f"{source.name} {source.stat().st_size}\n".encode())
        digest.update(source.read_bytes())
    return digest


def compile_lexicon(vocab: Vocabulary) -> Lexicon:
    """Compile a validated vocabulary (adding CLDR names and calendar words from Babel)."""
    matcher = Matcher()
    gate = Matcher()
    countries = vocab.countries
    skip = {normalize(name) for name in countries.cldr_skip}
    for side in SIDES:
        for patterns in countries.country[side].values():
            matcher.add_all(patterns, "side", side)
            gate.add_all(patterns, "side", side)
    for lang in dict.fromkeys([*countries.cldr_languages, *vocab.languages]):
        territories = Locale.parse(lang).territories
        for side in SIDES:
            matcher.add(cldr_pattern(territories[side]), "side", side)
            gate.add(cldr_pattern(territories[side]), "side", side)
    for lang in countries.third_country_languages:
        for code, name in Locale.parse(lang).territories.items():
            wanted = _COUNTRY_CODE.match(code) and code not in _NOT_COUNTRIES
            if wanted and normalize(name) not in skip:
                matcher.add(cldr_pattern(name), "third", code)
    for code, by_lang in countries.third_country.items():
        for patterns in by_lang.values():
            matcher.add_all(patterns, "third", code)
    actors = {actor.id: actor for actor in vocab.actors.actor}
    for actor in actors.values():
        matcher.add_all(actor.aliases, "actor", actor.id)
        if actor.country in SIDES:
            gate.add_all(actor.aliases, "side", actor.country)
    cues = vocab.cues
    # Cue and field words count in their own language only: French "il" is no pronoun in an
    # Italian article, German "war" no past tense in an English one.
    own = {lang: Matcher() for lang in vocab.languages}
    every = Matcher()  # for an article whose language has no file
    words = {lang: Matcher() for lang, f in vocab.languages.items() if f.lemmatizer != "none"}
    for kind, table in (("cue", cues.cue), *((k, getattr(cues, k)) for k in FIELD_KINDS)):
        for value, by_lang in table.items():
            for lang, patterns in by_lang.items():
                own[lang].add_all(patterns, kind, value)
                every.add_all(patterns, kind, value)
                if lang in words and kind != "role" and value not in GRAMMATICAL_LABELS:
                    words[lang].add_all(patterns, kind, value)
    dates.register(matcher, vocab.dates)
    return Lexicon(
        matcher=matcher.freeze(), actors=actors, gate=gate.freeze(),
        surnames={
            actor.id: tuple({a.split()[-1] for a in actor.aliases if " " in a})
            for actor in actors.values() if actor.kind == "person"
        },
        cue_words={lang: m.freeze() for lang, m in own.items()}, any_cue_words=every.freeze(),
        words={lang: m.freeze() for lang, m in words.items()},
        lemmatizer_kinds={lang: f.lemmatizer for lang, f in vocab.languages.items()},
        separable={
            lang: {normalize(p): frozenset(map(normalize, v)) for p, v in f.separable.items()}
            for lang, f in vocab.languages.items()
            if f.separable
        },
        fixed_lemmas={
            lang: {normalize(w): normalize(lemma) for w, lemma in f.fixed_lemmas.items()}
            for lang, f in vocab.languages.items()
            if f.fixed_lemmas
        },
        joined=dict(cues.joined),
        grammars={
            lang: Grammar(
                f.grammar,
                {t: f.values.get(t, {}) for t in VALUE_TABLES},
                f.verb_final,
                f.verb_first,
                f.owner_first,
            )
            for lang, f in vocab.languages.items()
        },
        any_grammar=Grammar(
            {key: vocab.grammar(key) for key in GRAMMAR_KEYS},
            {table: vocab.values(table) for table in VALUE_TABLES},
        ),
    )  # fmt: skip
