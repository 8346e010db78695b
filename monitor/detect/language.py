"""The language of an article: what its feed says, unless the text clearly says otherwise.

Feeds often declare one language for everything they carry (a Russian-language outlet's English
page, a Kazakh site that says "ru"), and `monitor detect` input may say nothing. A declared
language stands when the text is written in its script and holds no letters only another
language of that script uses (Kazakh "әғқңөұүһі" in a "Russian" text) and, in the Latin script,
holds one of its commonest words ("the", "and"); otherwise py3langid
(a 4.6 MB model, loaded on first need) decides among the languages the vocabulary has files for.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

SAMPLE = 250  # characters of title and text: 3 errors in 251 corpus articles, 0.1 ms
_CONFIDENT = 0.95  # overrule the declared language only above this probability
_LIKELY = 0.5  # ... or above this one, where the text lacks its commonest words


class LanguageGuesser:
    """Identify an article's language among a fixed set; load once, reuse."""

    def __init__(
        self,
        scripts: Mapping[str, tuple[str, str]],
        markers: Mapping[str, list[str]] | None = None,
    ) -> None:
        """`scripts`: per language, its script and the letters only it uses in that script;
        `markers`: per language, short words nearly every text of it holds ("the", "and")."""
        self.wanted = sorted(scripts)
        self.scripts = dict(scripts)
        self._markers = {
            lang: re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")
            for lang, words in (markers or {}).items()
            if words and scripts.get(lang, ("", ""))[0] in _SHARED_SCRIPTS
        }
        # Per language, the letters each other language of its script has and it has not.
        self._others = {
            lang: [
                tuple(set(letters) - set(own))
                for other_lang, (other, letters) in self.scripts.items()
                if other_lang != lang and other == script and set(letters) - set(own)
            ]
            for lang, (script, own) in self.scripts.items()
        }
        self._identifier = None  # the model takes 0.7 s to load: on first use

    def _model(self):
        if self._identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
            identifier.set_languages([lang for lang in self.wanted if lang in identifier.labels])
            self._identifier = identifier
        return self._identifier

    def identify(self, text: str, declared: str | None = None) -> str:
        """The article's language: the declared one unless the text is confidently another."""
        declared = (declared or "").strip().lower()[:2] or None
        sample = text[:SAMPLE]
        if not sample.strip():
            return declared or "en"
        if declared is not None and self._fits(sample, declared):
            return declared
        guess, probability = self._model().classify(sample)
        # Not in the declared language's script at all (an English page in a feed that says
        # "ru"): the guess, however many languages share its probability.
        if declared is None or probability >= _CONFIDENT or not self._in_script(sample, declared):
            return guess
        # In its script but without the declared language's commonest words ("the", "ve"):
        # the guess, if it is more likely than not.
        if declared in self._markers and probability >= _LIKELY:
            return guess
        return declared

    def _in_script(self, sample: str, declared: str) -> bool:
        """Whether the sample is written in the declared language's script: letters of another
        script no more than a name or two."""
        script = self.scripts.get(declared, ("", ""))[0]
        return bool(script) and len(_FOREIGN[script].findall(sample)) * 10 <= len(sample)

    def _fits(self, sample: str, declared: str) -> bool:
        """Whether the sample is in the declared language's script, with no letters of its own
        that say another language."""
        if not self._in_script(sample, declared):
            return False
        lowered = sample.lower()
        if any(
            sum(map(lowered.count, letters)) >= _FOREIGN_LETTERS
            for letters in self._others[declared]
        ):
            return False
        # Many languages share the Latin script with few letters of their own: a German page
        # in a feed that says "en" has none of "the", "and", "of".
        markers = self._markers.get(declared)
        return markers is None or markers.search(lowered) is not None


_FOREIGN_LETTERS = 2
_SHARED_SCRIPTS = frozenset({"latin"})  # where letters alone cannot tell the language
SCRIPTS = {  # letters of the scripts language files may name, as character ranges
    "latin": "A-Za-z\u00c0-\u024f", "greek": "\u0370-\u03ff", "cyrillic": "\u0400-\u052f",
    "hebrew": "\u0590-\u05ff", "arabic": "\u0600-\u06ff", "devanagari": "\u0900-\u097f",
    "bengali": "\u0980-\u09ff", "tamil": "\u0b80-\u0bff",
    # Chinese and Japanese (kanji and kana); Korean Hangul, which may also carry some kanji
    "cjk": "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff",
    "hangul": "\u1100-\u11ff\uac00-\ud7af\u4e00-\u9fff",
}  # fmt: skip
# Letters outside each script (few in a text of that script, so finding them is cheap).
_FOREIGN = {name: re.compile(rf"[^\W\d_{span}]") for name, span in SCRIPTS.items()}
