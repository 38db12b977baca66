"""Administrative units, their roles, their review step and their per-site settings.

The models live in `units.py`, `pages.py` (the authority's branch of the page tree), `settings.py`
and (the review task) `sites/workflows.py`; every name is importable from `sites.models` as before.
Importing the task here registers it with Django under the `sites` app.
"""

from ..workflows import RejectionCommentForm, UnitReviewTask
from .pages import AuthorityPage
from .settings import (
    LINK_URL_MESSAGE,
    LINK_URL_SCHEMES,
    LinkPosition,
    SiteContactSettings,
    SiteLink,
    SiteLinkSettings,
    SiteLinkSettingsForm,
    validate_link_url,
)
from .units import (
    LOCAL_KINDS,
    PARENT_KINDS,
    PARENT_ONLY_ROLES,
    SITE_ROLES,
    Role,
    Unit,
    UnitGroup,
    UnitKind,
    UnitQuerySet,
)

__all__ = [
    "LINK_URL_MESSAGE",
    "LINK_URL_SCHEMES",
    "LOCAL_KINDS",
    "PARENT_KINDS",
    "PARENT_ONLY_ROLES",
    "SITE_ROLES",
    "AuthorityPage",
    "LinkPosition",
    "RejectionCommentForm",
    "Role",
    "SiteContactSettings",
    "SiteLink",
    "SiteLinkSettings",
    "SiteLinkSettingsForm",
    "Unit",
    "UnitGroup",
    "UnitKind",
    "UnitQuerySet",
    "UnitReviewTask",
    "validate_link_url",
]
