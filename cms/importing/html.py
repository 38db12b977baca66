"""HTML from another system, cleaned by Wagtail's own rich text whitelisting."""

from django.utils.functional import cached_property

from wagtail.admin.rich_text.converters.editor_html import DbWhitelister, EditorHTMLConverter

# Elements whose content is code or a foreign document, not text: dropped whole. Other tags
# outside the allowed features are unwrapped by Wagtail's whitelister, keeping their text.
DROPPED_ELEMENTS = frozenset({"script", "style", "iframe", "object", "embed", "noscript", "template", "form"})


class _ImportWhitelister(DbWhitelister):
    def clean_tag_node(self, doc, tag):
        if tag.name in DROPPED_ELEMENTS:
            tag.decompose()
            return
        super().clean_tag_node(doc, tag)


class ImportHTMLConverter(EditorHTMLConverter):
    """Wagtail's own rich text whitelisting for HTML from another system: links kept, scripts and
    frames dropped with their content, other tags outside `features` unwrapped.

        ImportHTMLConverter(features=[...]).to_database_format(html)
    """

    @cached_property
    def whitelister(self):
        return _ImportWhitelister(self.converter_rules)
