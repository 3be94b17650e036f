"""website.charts: accessible, escaped, proportional SVG bar charts and their data table."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.utils import translation

from website.charts import (
    BACKGROUND,
    PALETTE,
    TEXT_COLOUR,
    Series,
    contrast_ratio,
    data_table,
    horizontal_bar_chart,
    vertical_bar_chart,
)

SVG = "{http://www.w3.org/2000/svg}"
CHARTS = [horizontal_bar_chart, vertical_bar_chart]


def parse(markup):
    return ET.fromstring(str(markup))  # noqa: S314 - our own markup, to check it is well-formed


def bars(root, series_index=0):
    return [
        rect
        for rect in root.iter(f"{SVG}rect")
        if rect.get("class") == f"chart-series-{series_index}" and rect.get("width") != "10"
    ]


def texts(root):
    return [text.text for text in root.iter(f"{SVG}text")]


@pytest.mark.parametrize("chart", CHARTS)
def test_chart_is_an_accessible_image_with_title_and_description(chart):
    markup = chart(["a", "b"], [Series("Inscrições", [1, 2])], title="T", description="D")
    root = parse(markup)
    assert root.get("role") == "img"
    title_id, desc_id = root.get("aria-labelledby").split()
    assert root.find(f"{SVG}title").get("id") == title_id
    assert root.find(f"{SVG}title").text == "T"
    assert root.find(f"{SVG}desc").get("id") == desc_id
    assert root.find(f"{SVG}desc").text == "D"
    # Scales to its column: a viewBox, no pixel size, no style attribute for CSP to block.
    assert re.fullmatch(r"0 0 360 [\d.]+", root.get("viewBox"))
    assert root.get("width") == "100%"
    assert root.get("height") is None
    assert "style=" not in markup


@pytest.mark.parametrize("chart", CHARTS)
def test_every_text_is_escaped(chart):
    evil = '<script>alert("x")</script> & co'
    markup = chart(
        [evil], [Series(evil, [3]), Series("b", [1])], title=evil, description=evil, chart_id="c1"
    )
    assert "<script>" not in markup
    root = parse(markup)
    assert root.find(f"{SVG}title").text == evil
    assert evil in texts(root)  # category label and legend, as text


@pytest.mark.parametrize("chart", CHARTS)
def test_bars_are_proportional_and_labelled(chart):
    root = parse(chart(["a", "b", "c"], [Series("s", [10, 20, 40])], title="T"))
    dimension = "width" if chart is horizontal_bar_chart else "height"
    sizes = [float(rect.get(dimension)) for rect in bars(root)]
    assert len(sizes) == 3
    assert sizes[1] == pytest.approx(2 * sizes[0], rel=0.02)
    assert sizes[2] == pytest.approx(4 * sizes[0], rel=0.02)
    assert {"10", "20", "40", "a", "b", "c"} <= set(texts(root))


@pytest.mark.parametrize("chart", CHARTS)
def test_labels_replace_values_and_none_draws_no_bar(chart):
    series = Series("s", [None, 0, 8], labels=["< 3", None, None])
    root = parse(chart(["x", "y", "z"], [series], title="T"))
    assert len(bars(root)) == 1
    assert "< 3" in texts(root)
    assert "0" in texts(root)


def test_percentages_are_shares_of_the_series_total():
    root = parse(
        horizontal_bar_chart(["a", "b"], [Series("s", [1, 3])], title="T", percentages=True)
    )
    assert {"1 (25%)", "3 (75%)"} <= set(texts(root))


def test_numbers_follow_the_active_language():
    def chart():
        return texts(parse(vertical_bar_chart(["a"], [Series("s", [12345])], title="T")))

    with translation.override("pt-br"):
        assert "12.345" in chart()
    with translation.override("en"):
        assert "12,345" in chart()


def test_vertical_chart_turns_wide_values_upright():
    months = [f"m{number}" for number in range(12)]
    narrow = parse(vertical_bar_chart(["a", "b"], [Series("s", [1, 2])], title="T"))
    wide = parse(
        vertical_bar_chart(
            months, [Series("s", [123456] * 12), Series("t", [654321] * 12)], title="T"
        )
    )
    assert not any(t.get("transform") for t in narrow.iter(f"{SVG}text"))
    upright = [t for t in wide.iter(f"{SVG}text") if "rotate(-90" in (t.get("transform") or "")]
    assert len(upright) == 24


def test_legend_names_each_series_only_when_there_are_several():
    single = texts(parse(horizontal_bar_chart(["a"], [Series("Only", [1])], title="T")))
    double = texts(
        parse(horizontal_bar_chart(["a"], [Series("One", [1]), Series("Two", [2])], title="T"))
    )
    assert "Only" not in single
    assert {"One", "Two"} <= set(double)


def test_all_zero_data_draws_no_bars_and_no_error():
    root = parse(vertical_bar_chart(["a", "b"], [Series("s", [0, 0])], title="T"))
    assert bars(root) == []


def test_ids_are_stable_and_can_be_chosen():
    first = horizontal_bar_chart(["a"], [Series("s", [1])], title="T")
    assert first == horizontal_bar_chart(["a"], [Series("s", [1])], title="T")
    other = horizontal_bar_chart(["a"], [Series("s", [2])], title="T")
    assert parse(first).get("aria-labelledby") != parse(other).get("aria-labelledby")
    chosen = horizontal_bar_chart(["a"], [Series("s", [1])], title="T", chart_id="uf")
    assert parse(chosen).get("aria-labelledby") == "uf-title uf-desc"


def test_bad_data_is_refused():
    with pytest.raises(ValueError, match="one value per category"):
        horizontal_bar_chart(["a", "b"], [Series("s", [1])], title="T")
    with pytest.raises(ValueError, match="zero or more"):
        Series("s", [-1])
    with pytest.raises(TypeError):
        Series("s", ["12"])
    with pytest.raises(ValueError, match="as many labels"):
        Series("s", [1, 2], labels=["x"])
    with pytest.raises(ValueError, match="at least one series"):
        vertical_bar_chart(["a"], [], title="T")


def test_colours_meet_wcag_contrast():
    for colour in PALETTE:
        assert contrast_ratio(colour, BACKGROUND) >= 3
    assert contrast_ratio(PALETTE[0], PALETTE[1]) >= 3
    assert contrast_ratio(TEXT_COLOUR, BACKGROUND) >= 7
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21)


def test_data_table_holds_the_same_figures():
    markup = data_table(
        ["Acre", "<b>"],
        [Series("Inscrições", [None, 5], labels=["< 3", None]), Series("Conclusões", [0, 4])],
        caption="Por UF",
        category_header="UF",
    )
    root = ET.fromstring(str(markup))  # noqa: S314
    assert root.find("caption").text == "Por UF"
    assert [th.text for th in root.find("thead").iter("th")] == ["UF", "Inscrições", "Conclusões"]
    rows = [[cell.text for cell in row] for row in root.find("tbody")]
    assert rows == [["Acre", "< 3", "0"], ["<b>", "5", "4"]]
    assert all(th.get("scope") == "row" for th in root.find("tbody").iter("th"))
