"""Who is reading: people, not search engines, link-preview fetchers or admin previews."""

import re

# Search engines and link-preview fetchers, Vietnamese ones included (Cốc Cốc's crawler is
# coccocbot; its browser, "coc_coc_browser", is a reader and does count). "cubot" is a brand of
# phones whose user agent would otherwise match "bot".
BOT_USER_AGENT = re.compile(
    r"(?<!cu)bot|crawler|spider|slurp|coccoc|facebookexternalhit|mediapartners-google"
    r"|google-inspectiontool|ia_archiver",
    re.IGNORECASE,
)


def is_bot(user_agent):
    return not user_agent.strip() or BOT_USER_AGENT.search(user_agent) is not None


def is_reader_request(request):
    """A GET of the public site by a person: not a bot, not an admin preview."""
    if request.method != "GET" or getattr(request, "is_preview", False) or getattr(request, "is_dummy", False):
        return False
    return not is_bot(request.headers.get("User-Agent", ""))
