"""Accessible bar charts drawn on the server as SVG: data in, markup out, no JavaScript.

Shared by the admin reports and the public panels. Pure functions: nothing is read from
the database or the request (numbers are formatted for the active language).

API
---
``Series(name, values, labels=None)``
    One set of bars. ``values`` holds one number (int, float or Decimal, >= 0) or
    ``None`` (no bar) per category. ``labels`` optionally replaces the printed value of
    each bar (same length; ``None`` keeps the formatted number): e.g. ``"< 3"`` for a
    suppressed cell, whose value is then best given as ``None``.

``horizontal_bar_chart(categories, series, *, title, description="", percentages=False,
value_format=format_number, chart_id=None) -> SafeString``
    One row per category: its label on a line of its own (so long names are never cut,
    even at 360 px), then one bar per series with its value printed at the bar's end.
    Best for many or long categories (states, courses) and for phones.

``vertical_bar_chart(...)``
    Same arguments. Columns side by side, category labels under the axis, values above
    the columns (turned upright when they do not fit the column's width). Best for a
    few short categories (months).

``data_table(categories, series, *, caption, category_header, percentages=False,
value_format=format_number) -> SafeString``
    The same figures as an HTML ``<table>`` (what screen readers and copy-paste use);
    show it next to the chart, or inside a ``<details>``.

Every chart is ``<svg role="img" aria-labelledby=...>`` with ``<title>`` and ``<desc>``;
give a description that says what the chart shows and where its figures are in text.
With ``percentages=True`` each value is followed by its share of its series' total (of
the values given: suppressed ``None`` values count as 0).

Sizes: ``viewBox`` only (no width/height in pixels) and ``width="100%"``, so the chart
shrinks to the column it sits in; the layout is designed for a 360-unit-wide box, so
text stays legible on a 360 px phone. No ``style`` attributes (a nonce-based CSP blocks
them): colours are presentation attributes that a stylesheet can override through the
classes ``chart``, ``chart-bg``, ``chart-text``, ``chart-axis`` and
``chart-series-<n>``.

Colours: every bar colour in ``PALETTE`` has a contrast of at least 3:1 on the white
background (WCAG 2.1, 1.4.11 non-text contrast), and the first two differ from each other
by at least 3:1 as well, so a two-series chart reads in greyscale too. Values and labels
are near-black text on white (more than 4.5:1), never written on a bar. Series beyond the
palette reuse it: give at most ``len(PALETTE)`` series.
"""

import hashlib
from dataclasses import dataclass
from decimal import Decimal

from django.utils.formats import number_format
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

BACKGROUND = "#ffffff"
TEXT_COLOUR = "#1b1b1b"
AXIS_COLOUR = "#595959"
PALETTE = ("#0c326f", "#d06000", "#168821", "#7a3ea1")

WIDTH = 360
PADDING = 8
FONT_SIZE = 12
SMALL_FONT_SIZE = 11
# Average advance of a digit or letter in the default sans-serif, as a share of the font
# size: generous, so estimated widths err on the long side.
CHARACTER_WIDTH = 0.6


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple
    labels: tuple | None = None

    def __post_init__(self):
        object.__setattr__(self, "name", str(self.name))
        object.__setattr__(self, "values", tuple(self.values))
        if self.labels is not None:
            object.__setattr__(self, "labels", tuple(self.labels))
        for value in self.values:
            if value is not None and (
                not isinstance(value, int | float | Decimal) or isinstance(value, bool)
            ):
                raise TypeError(f"Chart values must be numbers or None, not {value!r}")
            if value is not None and value < 0:
                raise ValueError("Bar charts draw values of zero or more")
        if self.labels is not None and len(self.labels) != len(self.values):
            raise ValueError("A series needs as many labels as values")

    @property
    def total(self):
        return sum(value for value in self.values if value is not None)


def format_number(value):
    """The value with the active language's grouping (1.234 in pt-BR, 1,234 in en)."""
    if isinstance(value, float) and not value.is_integer():
        return number_format(value, decimal_pos=1, force_grouping=True)
    return number_format(int(value), force_grouping=True)


def _number(value):
    """A coordinate for SVG: short, locale-independent."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _text_width(text, font_size=FONT_SIZE):
    return len(text) * font_size * CHARACTER_WIDTH


def _value_texts(series, value_format, percentages):
    texts = []
    total = series.total
    for index, value in enumerate(series.values):
        label = series.labels[index] if series.labels is not None else None
        if label is not None:
            texts.append(str(label))
        elif value is None:
            texts.append("")
        elif percentages and total:
            share = format_number(round(float(value) * 100 / float(total)))
            texts.append(f"{value_format(value)} ({share}%)")
        else:
            texts.append(value_format(value))
    return texts


def _check(categories, series):
    categories = [str(category) for category in categories]
    series = list(series)
    if not series:
        raise ValueError("A chart needs at least one series")
    for one in series:
        if len(one.values) != len(categories):
            raise ValueError(f"Series {one.name!r} needs one value per category")
    return categories, series


def _chart_id(chart_id, title, categories, series):
    if chart_id:
        return str(chart_id)
    fingerprint = repr((str(title), categories, [(s.name, s.values) for s in series]))
    return "chart-" + hashlib.sha256(fingerprint.encode("utf-8")).hexdigest()[:10]


def _scale(series):
    largest = max((value for one in series for value in one.values if value is not None), default=0)
    return float(largest) or 1.0


def _colour(index):
    return PALETTE[index % len(PALETTE)]


def _svg(chart_id, height, title, description, parts):
    return format_html(
        '<svg class="chart" role="img" aria-labelledby="{id}-title {id}-desc" '
        'viewBox="0 0 {width} {height}" width="100%" preserveAspectRatio="xMinYMin meet" '
        'xmlns="http://www.w3.org/2000/svg" font-family="sans-serif" font-size="{font}">'
        '<title id="{id}-title">{title}</title><desc id="{id}-desc">{description}</desc>'
        '<rect class="chart-bg" width="{width}" height="{height}" fill="{background}"/>'
        "{parts}</svg>",
        id=chart_id,
        width=WIDTH,
        height=_number(height),
        font=FONT_SIZE,
        title=title,
        description=description,
        background=BACKGROUND,
        parts=mark_safe("".join(parts)),  # noqa: S308 - each part built with escape()
    )


def _text(x, y, text, *, anchor="start", size=FONT_SIZE, rotate=False, css="chart-text"):
    transform = f' transform="rotate(-90 {_number(x)} {_number(y)})"' if rotate else ""
    return (
        f'<text class="{css}" x="{_number(x)}" y="{_number(y)}" font-size="{size}" '
        f'text-anchor="{anchor}" fill="{TEXT_COLOUR}"{transform}>{escape(text)}</text>'
    )


def _rect(x, y, width, height, index):
    return (
        f'<rect class="chart-series-{index}" x="{_number(x)}" y="{_number(y)}" '
        f'width="{_number(width)}" height="{_number(height)}" fill="{_colour(index)}"/>'
    )


def _legend(series, top):
    """Colour swatches with the series' names, wrapped over as many lines as needed;
    nothing when there is a single series (the title names it). Returns (parts, height)."""
    if len(series) < 2:
        return [], 0
    parts = []
    x, y, line = PADDING, top, FONT_SIZE + 6
    for index, one in enumerate(series):
        width = 14 + _text_width(one.name) + 12
        if x > PADDING and x + width > WIDTH - PADDING:
            x, y = PADDING, y + line
        parts.append(_rect(x, y + 1, 10, 10, index))
        parts.append(_text(x + 14, y + 10, one.name))
        x += width
    return parts, y + line - top + 4


def horizontal_bar_chart(
    categories,
    series,
    *,
    title,
    description="",
    percentages=False,
    value_format=format_number,
    chart_id=None,
):
    categories, series = _check(categories, series)
    chart_id = _chart_id(chart_id, title, categories, series)
    texts = [_value_texts(one, value_format, percentages) for one in series]
    widest_text = max((_text_width(text) for column in texts for text in column), default=0)
    bar_room = max(WIDTH - 2 * PADDING - widest_text - 6, WIDTH / 3)
    scale = bar_room / _scale(series)
    bar_height, bar_gap, row_gap = 14, 3, 10

    parts, y = _legend(series, PADDING)
    y += PADDING
    for row, category in enumerate(categories):
        parts.append(_text(PADDING, y + FONT_SIZE, category))
        y += FONT_SIZE + 5
        for index, one in enumerate(series):
            value = one.values[row]
            length = float(value) * scale if value else 0
            if length:
                parts.append(_rect(PADDING, y, max(length, 1), bar_height, index))
            text = texts[index][row]
            if text:
                parts.append(_text(PADDING + length + 4, y + bar_height - 3, text))
            y += bar_height + bar_gap
        y += row_gap
    axis = (
        f'<line class="chart-axis" x1="{PADDING}" y1="{PADDING}" x2="{PADDING}" '
        f'y2="{_number(y - row_gap)}" stroke="{AXIS_COLOUR}" stroke-width="1"/>'
    )
    parts.append(axis)
    return _svg(chart_id, y + PADDING - row_gap, title, description, parts)


def vertical_bar_chart(
    categories,
    series,
    *,
    title,
    description="",
    percentages=False,
    value_format=format_number,
    chart_id=None,
):
    categories, series = _check(categories, series)
    chart_id = _chart_id(chart_id, title, categories, series)
    texts = [_value_texts(one, value_format, percentages) for one in series]
    plot_height = 160
    slot = (WIDTH - 2 * PADDING) / max(len(categories), 1)
    bar_width = slot * 0.8 / len(series)
    widest_value = max((_text_width(t, SMALL_FONT_SIZE) for c in texts for t in c), default=0)
    upright_values = widest_value > bar_width + 2
    widest_category = max((_text_width(c, SMALL_FONT_SIZE) for c in categories), default=0)
    upright_categories = widest_category > slot - 2

    legend, legend_height = _legend(series, PADDING)
    value_room = (widest_value if upright_values else SMALL_FONT_SIZE) + 6
    top = PADDING + legend_height + value_room
    baseline = top + plot_height
    category_room = (widest_category if upright_categories else SMALL_FONT_SIZE) + 8
    scale = plot_height / _scale(series)

    small = SMALL_FONT_SIZE
    parts = list(legend)
    for column, category in enumerate(categories):
        left = PADDING + column * slot + slot * 0.1
        for index, one in enumerate(series):
            value = one.values[column]
            height = float(value) * scale if value else 0
            x = left + index * bar_width
            if height:
                parts.append(_rect(x, baseline - height, max(bar_width - 1, 1), height, index))
            text = texts[index][column]
            if text:
                centre = x + bar_width / 2
                top_of_bar = baseline - height - 4
                if upright_values:
                    parts.append(_text(centre + 4, top_of_bar, text, size=small, rotate=True))
                else:
                    parts.append(_text(centre, top_of_bar, text, anchor="middle", size=small))
        centre = PADDING + column * slot + slot / 2
        if upright_categories:
            label = _text(centre + 4, baseline + 6, category, anchor="end", size=small, rotate=True)
        else:
            label = _text(centre, baseline + 4 + small, category, anchor="middle", size=small)
        parts.append(label)
    parts.append(
        f'<line class="chart-axis" x1="{PADDING}" y1="{_number(baseline)}" '
        f'x2="{WIDTH - PADDING}" y2="{_number(baseline)}" stroke="{AXIS_COLOUR}" stroke-width="1"/>'
    )
    return _svg(chart_id, baseline + category_room + PADDING, title, description, parts)


def data_table(
    categories,
    series,
    *,
    caption,
    category_header,
    percentages=False,
    value_format=format_number,
):
    categories, series = _check(categories, series)
    texts = [_value_texts(one, value_format, percentages) for one in series]
    head = "".join(format_html('<th scope="col">{}</th>', one.name) for one in series)
    rows = []
    for row, category in enumerate(categories):
        cells = "".join(format_html("<td>{}</td>", column[row]) for column in texts)
        rows.append(format_html('<tr><th scope="row">{}</th>{}</tr>', category, mark_safe(cells)))  # noqa: S308
    return format_html(
        '<table class="chart-table"><caption>{}</caption><thead><tr><th scope="col">{}</th>{}'
        "</tr></thead><tbody>{}</tbody></table>",
        caption,
        category_header,
        mark_safe(head),  # noqa: S308 - built with format_html
        mark_safe("".join(rows)),  # noqa: S308 - built with format_html
    )


def relative_luminance(colour):
    """WCAG 2.1 relative luminance of a #rrggbb colour."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first, second):
    """WCAG 2.1 contrast ratio between two #rrggbb colours (1 to 21)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
