"""Building pages the compliance rules look at, with the real blocks of articles and home pages.

page = article(commune.site, body=[paragraph('<p>Xem <a href="https://fb88.com">đây</a></p>')])
photo = ImageFactory(author="")                       # from tests/factories.py: attributed by default
article(commune.site, body=[image_block(photo)], featured_image=photo)
"""

from wagtail.embeds.blocks import EmbedValue
from wagtail.rich_text import RichText

from tests.articles.factories import ArticlePageFactory, news_section
from tests.factories import ContentPageFactory, ImageFactory  # noqa: F401  (re-exported for the tests)


def paragraph(html):
    return ("paragraph", RichText(html))


def image_block(image, caption=""):
    return ("image", {"image": image, "caption": caption})


def video_block(url, caption=""):
    return ("video", {"video": EmbedValue(url), "caption": caption})


def quote_block(text, attribution=""):
    return ("quote", {"text": text, "attribution": attribution})


def article(site, **kwargs):
    """A live article in the site's standard news section."""
    return ArticlePageFactory(parent=news_section(site), **kwargs)


def content_page(site, **kwargs):
    """A live ContentPage (home/blocks.py body) under the site's home page."""
    return ContentPageFactory(parent=site.root_page, **kwargs)


def unattributed_image(**kwargs):
    return ImageFactory(**{"author": "", "source": "", "license": "", **kwargs})
