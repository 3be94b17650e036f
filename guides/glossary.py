"""Finding glossary terms in text: the marks in guide chapters and the term checker.

Matching ignores case and accents ("Tráfico", "trafico" and "TRÁFICO" are the same
word) but respects word boundaries. The terms of a language are read once and kept
in the cache as plain data until a term is saved, published or deleted; the compiled
regular expression is kept in the process for the same cache generation, so rendering
a chapter costs no query for the glossary, whether it holds one term or three hundred.
"""

import html
import re
import unicodedata
import uuid
from dataclasses import dataclass, field

from django.core.cache import cache
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import mark_safe

GENERATION_KEY = "guides:glossary:generation"
CACHE_TIMEOUT = 60 * 60 * 24
_compiled = {}  # (language, generation) -> Matcher


def fold(text):
    """Lower-case ``text`` and strip its accents: the form matching works on."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def fold_with_map(text):
    """``fold(text)`` plus, for each folded character, the index of the original one."""
    folded, positions = [], []
    for index, char in enumerate(text):
        piece = fold(char)
        folded.append(piece)
        positions.extend([index] * len(piece))
    positions.append(len(text))
    return "".join(folded), positions


def _generation():
    # A random token, not a counter: after a cache flush a counter would start again at
    # a value whose compiled matcher this process may still hold.
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        generation = cache.get(GENERATION_KEY)
    return generation


def invalidate(**kwargs):
    """Signal receiver: a glossary term changed; every language's matcher is stale."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def _load_terms(language_code):
    from guides.models import GlossaryTerm

    terms = []
    for term in GlossaryTerm.objects.filter(
        locale__language_code=language_code, live=True
    ).order_by("term"):
        terms.append(
            {
                "term": term.term,
                "definition": term.short_definition,
                "anchor": term.anchor,
                "forms": term.all_forms(),
                "preferred": [block.value for block in term.preferred_terms],
                "avoid": [
                    {"words": block.value["term"], "reason": block.value["reason"]}
                    for block in term.terms_to_avoid
                ],
            }
        )
    return terms


def _alternation(forms):
    # Longest first, so "tráfico de pessoas" wins over "tráfico".
    ordered = sorted(set(forms), key=lambda form: (-len(form), form))
    return "|".join(re.escape(form) for form in ordered)


@dataclass
class Matcher:
    terms: list
    term_pattern: re.Pattern | None = None
    avoid_pattern: re.Pattern | None = None
    term_by_form: dict = field(default_factory=dict)
    avoid_by_form: dict = field(default_factory=dict)

    def __post_init__(self):
        for index, term in enumerate(self.terms):
            for form in term["forms"]:
                self.term_by_form.setdefault(fold(form), index)
            for avoid in term["avoid"]:
                self.avoid_by_form.setdefault(fold(avoid["words"]), (index, avoid))
        self.term_pattern = self._compile(self.term_by_form)
        self.avoid_pattern = self._compile(self.avoid_by_form)

    @staticmethod
    def _compile(forms):
        forms = [form for form in forms if form.strip()]
        if not forms:
            return None
        return re.compile(rf"(?<!\w)(?:{_alternation(forms)})(?!\w)")

    def find_terms(self, text):
        """(start, end, term index) of each term in ``text``, positions in ``text``."""
        if self.term_pattern is None:
            return []
        folded, positions = fold_with_map(text)
        return [
            (positions[m.start()], positions[m.end()], self.term_by_form[m.group()])
            for m in self.term_pattern.finditer(folded)
        ]

    def check(self, text):
        """The terms to avoid found in ``text``, each once, in order of appearance, with
        how many times it appears, why to avoid it and what to use instead."""
        if self.avoid_pattern is None:
            return []
        folded, _positions = fold_with_map(text)
        findings = {}
        for match in self.avoid_pattern.finditer(folded):
            index, avoid = self.avoid_by_form[match.group()]
            key = fold(avoid["words"])
            if key not in findings:
                term = self.terms[index]
                findings[key] = {
                    "words": avoid["words"],
                    "reason": avoid["reason"],
                    "term": term["term"],
                    "anchor": term["anchor"],
                    "preferred": term["preferred"] or [term["term"]],
                    "count": 0,
                }
            findings[key]["count"] += 1
        return list(findings.values())


def get_matcher(language_code=None):
    language_code = language_code or translation.get_language()
    generation = _generation()
    key = (language_code, generation)
    matcher = _compiled.get(key)
    if matcher is None:
        cache_key = f"guides:glossary:{generation}:{language_code}"
        terms = cache.get(cache_key)
        if terms is None:
            terms = _load_terms(language_code)
            cache.set(cache_key, terms, CACHE_TIMEOUT)
        matcher = Matcher(terms)
        # Keep only the current generation of each language in the process.
        for old in [k for k in _compiled if k[0] == language_code]:
            del _compiled[old]
        _compiled[key] = matcher
    return matcher


# --- Marking terms in HTML ------------------------------------------------------------

_TAG = re.compile(r"(<!--.*?-->|<[^>]*>)", re.S)
_TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z0-9]+)")
# Never mark inside these: a term in a link or a heading stays as the editor wrote it,
# and a mark never nests in another one.
SKIP_TAGS = {
    "a", "h1", "h2", "h3", "h4", "h5", "h6", "mark", "abbr", "dfn", "button", "code",
    "pre", "script", "style", "textarea", "select", "label", "summary", "figcaption",
}  # fmt: skip
VOID_TAGS = {"br", "img", "hr", "input", "wbr", "meta", "link", "source", "col", "area"}
MARK_CLASS = "gloss"


class MarkingState:
    """Which terms a section has already marked, and a counter for unique ids."""

    def __init__(self, id_prefix="g"):
        self.seen = set()
        self.id_prefix = id_prefix
        self.counter = 0

    def new_section(self):
        self.seen = set()

    def next_id(self):
        self.counter += 1
        return f"{self.id_prefix}-{self.counter}"


def _mark_html(matcher, text, state):
    plain = html.unescape(text)
    pieces, cursor = [], 0
    for start, end, index in matcher.find_terms(plain):
        if index in state.seen:
            continue
        state.seen.add(index)
        term = matcher.terms[index]
        tip_id = state.next_id()
        pieces.append(escape(plain[cursor:start]))
        pieces.append(
            f'<span class="{MARK_CLASS}"><span class="gloss__term" tabindex="0" '
            f'aria-describedby="{tip_id}">{escape(plain[start:end])}</span>'
            f'<span class="gloss__tip" id="{tip_id}" role="tooltip">'
            f"<strong>{escape(term['term'])}</strong>: {escape(term['definition'])}</span></span>"
        )
        cursor = end
    if not pieces:
        return text
    pieces.append(escape(plain[cursor:]))
    return "".join(pieces)


def mark_terms(markup, state, matcher=None):
    """``markup`` with the first occurrence of each glossary term (per ``state``)
    wrapped in a focusable mark whose definition shows on hover and focus."""
    matcher = matcher or get_matcher()
    if matcher.term_pattern is None:
        return markup
    out, stack = [], []
    skipping = 0
    for token in _TAG.split(str(markup)):
        if not token:
            continue
        if token.startswith("<"):
            out.append(token)
            name_match = _TAG_NAME.match(token)
            if token.startswith("<!--") or name_match is None:
                continue
            closing, name = name_match.group(1), name_match.group(2).lower()
            if closing:
                # Pop up to the matching open tag (tolerates unclosed <p>, <li>).
                while stack:
                    open_name, skip = stack.pop()
                    skipping -= skip
                    if open_name == name:
                        break
            elif name not in VOID_TAGS and not token.rstrip().endswith("/>"):
                skip = name in SKIP_TAGS or (
                    name == "span" and re.search(rf'class="[^"]*\b{MARK_CLASS}\b', token)
                )
                skip = 1 if skip else 0
                stack.append((name, skip))
                skipping += skip
        elif skipping:
            out.append(token)
        else:
            out.append(_mark_html(matcher, token, state))
    # Safe: tags are passed through from already-safe markup, text is re-escaped.
    return mark_safe("".join(out))  # noqa: S308
