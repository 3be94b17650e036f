from django import template

register = template.Library()


@register.simple_tag
def accessible_widget(field):
    """Render a form field's widget tied to its help text and errors, so a screen
    reader announces both when the field takes focus."""
    described_by = []
    attrs = {}
    if field.help_text:
        described_by.append(f"{field.auto_id}-help")
    if field.errors:
        described_by.append(f"{field.auto_id}-error")
        attrs["aria-invalid"] = "true"
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    return field.as_widget(attrs=attrs)


@register.filter
def percent_width(value, maximum):
    """A bar's length in a server-rendered SVG chart, in percent of the widest."""
    try:
        return round(100 * float(value) / float(maximum), 1) if maximum else 0
    except (TypeError, ValueError):
        return 0
