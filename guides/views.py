"""The glossary page and the term checker.

The term checker reads a journalist's draft, which may name sources or victims: it is
read from the POST body only (never the URL, which servers log), checked in memory and
answered; nothing is written to the database, the cache or the logs, error reports hide
it, and the answer is marked not to be stored by browsers or proxies.
"""

import string

from django import forms
from django.conf import settings
from django.http import HttpResponseNotAllowed
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _

from guides.glossary import fold, get_matcher
from website import ratelimit

DRAFT_MAX_LENGTH = 20000


class TermCheckerForm(forms.Form):
    text = forms.CharField(
        label=_("Your text"),
        max_length=DRAFT_MAX_LENGTH,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 10}),
        error_messages={
            "required": _("Paste the text you want to check."),
            "max_length": _(
                "The text is too long: check it in parts of up to %(limit_value)d characters."
            ),
        },
    )


def glossary_context(page, request):
    query = request.GET.get("q", "").strip()[: settings.SEARCH_QUERY_MAX_LENGTH]
    terms = page.terms()
    if query:
        words = fold(query).split()

        def matches(term):
            haystack = fold(" ".join([term.term, term.short_definition, term.other_forms]))
            return all(word in haystack for word in words)

        terms = [term for term in terms if matches(term)]
    terms.sort(key=lambda term: fold(term.term))
    groups = {}
    for term in terms:
        groups.setdefault(term.initial, []).append(term)
    letters = [(letter, letter in groups) for letter in string.ascii_uppercase]
    if "#" in groups:
        letters.append(("#", True))
    return {
        "query": query,
        "letters": letters,
        "groups": sorted(groups.items(), key=lambda item: (item[0] == "#", item[0])),
        "term_count": len(terms),
        "related": page.localized_related(terms),
    }


def term_checker(page, request):
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    # Keep the draft out of Django's error reports, like a password.
    request.sensitive_post_parameters = "__ALL__"
    findings = None
    if request.method == "POST":
        if refused := ratelimit.refuse(request, "form"):
            return refused
        form = TermCheckerForm(request.POST)
        if form.is_valid():
            findings = get_matcher(page.locale.language_code).check(form.cleaned_data["text"])
    else:
        form = TermCheckerForm()
    response = render(
        request,
        "guides/term_checker.html",
        {"page": page, "self": page, "form": form, "findings": findings},
    )
    add_never_cache_headers(response)
    response["Cache-Control"] = "no-store, private"
    return response
