"""Admin forms the portal uses in place of Wagtail's own."""

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.forms.auth import LoginForm
from wagtail.admin.widgets import SlugInput
from wagtail.models import Page

from .text import ascii_slug, is_degraded_slug, vietnamese_letters_by_base

SLUG_MAX_LENGTH = 255

# Regex replacements Wagtail's slug controller applies in the browser before its own
# transliteration, which drops “ổ”, “ư”… and turns “đ” into “dj”. Tone marks typed as
# separate characters (some Vietnamese keyboards do) are removed first.
VIETNAMESE_SLUG_FORMATTERS = [
    (r"[\u0300-\u036f]", ""),
    *((f"[{letters}]", base) for base, letters in vietnamese_letters_by_base().items()),
]


class PortalLoginForm(LoginForm):
    """Wagtail's login form; its password field has no label, so none could be translated."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = "Mật khẩu"


class VietnameseSlugInput(SlugInput):
    """Wagtail's slug input, filled as the editor types the title with the letters `ascii_slug` keeps."""

    def __init__(self, attrs=None):
        super().__init__(attrs, formatters=VIETNAMESE_SLUG_FORMATTERS)


class PortalPageForm(WagtailAdminPageForm):
    """Base form of every portal page type (`BasePage.base_form_class`); page types with their own form subclass it.

    The address (slug) is always ASCII. A slug left to the system becomes `ascii_slug(title)`: an
    empty one, or, while the page has never been published, what Wagtail's own slug makers make of
    a Vietnamese title. Any other slug is folded to base letters (“tổ-chức” → to-chuc). The address
    of a published page changes only when the editor changes it.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        slug = self.fields.get("slug")
        if slug is not None:
            slug.widget = VietnameseSlugInput(attrs={"maxlength": SLUG_MAX_LENGTH})
            slug.required = False  # filled from the title in `clean`
            slug.help_text = (
                "Tên trang trong địa chỉ, không dấu (ví dụ: tin-tuc-su-kien). Để trống thì hệ thống "
                "tự đặt theo tiêu đề."
            )

    def clean(self):
        if "slug" in self.cleaned_data:
            self.cleaned_data["slug"] = self._folded_slug(self.cleaned_data["slug"] or "")
        return super().clean()

    def _folded_slug(self, slug):
        page = self.instance
        published = bool(page.pk and (page.live or page.first_published_at))
        if published and slug == page.slug:
            return slug  # an address already out there stays as it is
        title = self.cleaned_data.get("title") or ""
        folded = ascii_slug(slug)[:SLUG_MAX_LENGTH].strip("-")
        if not folded or (not published and is_degraded_slug(slug, title)):
            return self._available_slug(ascii_slug(title)[:SLUG_MAX_LENGTH].strip("-"))
        return folded

    def _available_slug(self, base):
        """`base`, or `base-2`, `base-3`… if a sibling has it: the editor did not choose this slug."""
        if not base:
            return base
        parent = self.parent_page
        candidate, suffix = base, 1
        while not Page._slug_is_available(candidate, parent, self.instance if self.instance.pk else None):
            suffix += 1
            candidate = f"{base[: SLUG_MAX_LENGTH - len(str(suffix)) - 1]}-{suffix}"
        return candidate
