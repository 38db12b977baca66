"""Admin forms the portal uses in place of Wagtail's own."""

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.forms.auth import LoginForm


class PortalLoginForm(LoginForm):
    """Wagtail's login form; its password field has no label, so none could be translated."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = "Mật khẩu"


class PortalPageForm(WagtailAdminPageForm):
    """Base form of every portal page type (`BasePage.base_form_class`); page types with their own form subclass it."""
