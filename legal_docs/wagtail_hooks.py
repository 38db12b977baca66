"""Admin for the shared lists documents and procedures choose from: document types and fields.

The lists are model-wide (every portal of every authority uses the same ones), so no commune
role may change them. The editorial boards keep them up to date alongside superusers: a member
of any authority's board may view, add and change entries, since an entry belongs to no
authority; deleting one stays with superusers, since pages refer to them. Rights over an
authority's own documents and procedures are page permissions, granted to that authority's
board only (`sites.provisioning`).
"""

from wagtail import hooks
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.site_search import SITE_SEARCH_KINDS_HOOK
from sites.access import is_board_member, users_with_roles
from sites.models import Role

from .models import LegalDocumentType, LegalField
from .site_search import document_search_kind, procedure_search_kind

BOARD_ACTIONS = frozenset({"add", "change", "view"})


class BoardEditablePolicy(ModelPermissionPolicy):
    """Django model permissions, plus view/add/change for members of an editorial board."""

    def user_has_permission(self, user, action):
        if super().user_has_permission(user, action):
            return True
        return action in BOARD_ACTIONS and is_board_member(user)

    def users_with_any_permission(self, actions):
        users = super().users_with_any_permission(actions)
        if BOARD_ACTIONS.intersection(actions):
            users = (users | users_with_roles([Role.BOARD])).distinct()
        return users


# Policies must be registered before the viewsets below ask for one.
register_permission_policy(LegalDocumentType, BoardEditablePolicy(LegalDocumentType), exact_class=True)
register_permission_policy(LegalField, BoardEditablePolicy(LegalField), exact_class=True)


class SelectListChooserViewSet(SnippetChooserViewSet):
    # A short list reads better as a plain drop-down in the page editor than as a chooser modal.
    register_widget = False


class LegalDocumentTypeViewSet(SnippetViewSet):
    model = LegalDocumentType
    menu_label = "Loại văn bản"
    icon = "doc-full"
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name", "slug"]
    ordering = ["sort_order", "name"]
    chooser_viewset_class = SelectListChooserViewSet


class LegalFieldViewSet(SnippetViewSet):
    model = LegalField
    menu_label = "Lĩnh vực"
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]
    ordering = ["slug"]
    chooser_viewset_class = SelectListChooserViewSet


class LegalListsGroup(SnippetViewSetGroup):
    menu_label = "Văn bản"
    menu_icon = "doc-full-inverse"
    menu_order = 250
    items = (LegalDocumentTypeViewSet, LegalFieldViewSet)


register_snippet(LegalListsGroup)


hooks.register(SITE_SEARCH_KINDS_HOOK, document_search_kind)
hooks.register(SITE_SEARCH_KINDS_HOOK, procedure_search_kind)
