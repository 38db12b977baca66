"""The compliance rules: codes, severities, texts, and the checks over extracted content.

- `catalogue`: the rules (codes, severities, titles, messages), `rule_title`, `legal_basis`;
  `legal_bases`: their default legal basis, as data;
- `links`: reading links as a browser would (URL and host extraction, normalisation, IDNA);
- `advertising`: which hosts, parameters and embeds are advertising (the domain lists are data);
- `copyright`: copied texts and images without attribution.

The checks are pure functions over `extraction.PageContent`, image rows and the domain lists;
`compliance.detection` applies them, `compliance.scanner` decides which objects to check and
`compliance.findings_store` stores what they find. What inspectors edit (the legal basis of each
rule, the advertising and allowed domains) lives in the database.
"""

from .advertising import DomainLists, ad_parameter, embed_problem, link_problem, script_link_problem
from .catalogue import (
    ADS_EMBED,
    ADS_LINK,
    IMAGE_ATTRIBUTION,
    PAGE_ERROR,
    REPUBLISHED_WITHOUT_PERMISSION,
    RULES,
    UNATTRIBUTED_COPY,
    Rule,
    legal_basis,
    rule_title,
)
from .copyright import (
    NEWS_OUTLETS,
    attribution_claim,
    fold,
    image_evidence,
    is_news_outlet,
    missing_attribution,
    presented_as_origin,
)
from .legal_bases import ADS_BASIS, COPYRIGHT_BASIS, PAGE_ERROR_BASIS, REPUBLISH_BASIS
from .links import LinkKind, find_domain, is_gov_vn, normalize_domain, parse_link

__all__ = [
    "ADS_BASIS",
    "ADS_EMBED",
    "ADS_LINK",
    "COPYRIGHT_BASIS",
    "IMAGE_ATTRIBUTION",
    "NEWS_OUTLETS",
    "PAGE_ERROR",
    "PAGE_ERROR_BASIS",
    "REPUBLISHED_WITHOUT_PERMISSION",
    "REPUBLISH_BASIS",
    "RULES",
    "UNATTRIBUTED_COPY",
    "DomainLists",
    "LinkKind",
    "Rule",
    "ad_parameter",
    "attribution_claim",
    "embed_problem",
    "find_domain",
    "fold",
    "image_evidence",
    "is_gov_vn",
    "is_news_outlet",
    "legal_basis",
    "link_problem",
    "missing_attribution",
    "normalize_domain",
    "parse_link",
    "presented_as_origin",
    "rule_title",
    "script_link_problem",
]
