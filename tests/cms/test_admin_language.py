"""The admin speaks Vietnamese: the project catalogue (locale/vi, via LOCALE_PATHS) covers what
Wagtail's own partial Vietnamese translation leaves in English, and its compiled .mo matches the .po.
"""

import gettext
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from home.models import ContentPage
from tests.factories import content_page_form_data
from tests.helpers import section_of

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
PO_FILE = LOCALE_DIR / "vi" / "LC_MESSAGES" / "django.po"
MO_FILE = PO_FILE.with_suffix(".mo")


# --- a small .po reader ------------------------------------------------------------------------


def _unquote(text):
    escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
    return re.sub(r"\\(.)", lambda m: escapes.get(m.group(1), m.group(0)), text.strip()[1:-1])


def read_po(path=PO_FILE):
    """The live entries of a .po file as dicts: msgctxt, msgid, msgid_plural, msgstr (list), flags."""
    entries = []
    for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
        fields, flags, current = {}, [], None
        for line in block.splitlines():
            if line.startswith("#~"):  # obsolete entry
                fields = {}
                break
            if line.startswith("#,"):
                flags += [flag.strip() for flag in line[2:].split(",")]
            elif line.startswith('"'):
                fields[current] += _unquote(line)
            elif line and not line.startswith("#"):
                current, _, rest = line.partition(" ")
                fields[current] = _unquote(rest)
        if "msgid" not in fields or fields["msgid"] == "":
            continue
        plural = "msgid_plural" in fields
        entries.append(
            {
                "msgctxt": fields.get("msgctxt"),
                "msgid": fields["msgid"],
                "msgid_plural": fields.get("msgid_plural"),
                "msgstr": [fields[key] for key in sorted(fields) if key.startswith("msgstr[")]
                if plural
                else [fields.get("msgstr", "")],
                "flags": flags,
            }
        )
    return entries


def translated(entries):
    return [entry for entry in entries if all(entry["msgstr"]) and "fuzzy" not in entry["flags"]]


class _TextCollector(HTMLParser):
    """Collects the text nodes of a page, not those of scripts, styles, icons and templates, and no
    attributes. Text in `hidden` elements counts: Wagtail shows tabs, breadcrumbs and counters by
    unhiding them."""

    HIDDEN = {"script", "style", "svg", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.hidden_depth = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden_depth += 1

    def handle_endtag(self, tag):
        if tag in self.HIDDEN and self.hidden_depth:
            self.hidden_depth -= 1

    def handle_data(self, data):
        if not self.hidden_depth:
            self.parts.append(data)


def visible_text(html):
    """The text of a page without tags, attributes, scripts and styles, whitespace folded."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    return re.sub(r"\s+", " ", " ".join(collector.parts)).strip()


def strings_in(data):
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from strings_in(value)
    elif isinstance(data, list):
        for value in data:
            yield from strings_in(value)


# A plain content section (the news section holds articles, with their own form).
SECTION = "lien-he"


def create_draft(client, commune, title="Làm thủ tục khai sinh ở đâu?", slug="lam-khai-sinh-o-dau", **extra):
    """The commune editor writes a content page through the admin's create view."""
    parent = section_of(commune, SECTION)
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["home", "contentpage", parent.pk]),
        content_page_form_data(title, slug, "Hồ sơ, nơi nộp và thời hạn giải quyết.", **extra),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return ContentPage.objects.get(slug=slug)


# --- the catalogue itself -------------------------------------------------------------------------


def test_catalogue_is_vietnamese_and_mostly_complete():
    text = PO_FILE.read_text(encoding="utf-8")
    assert '"Language: vi\\n"' in text
    assert '"Plural-Forms: nplurals=1; plural=0;\\n"' in text
    entries = read_po()
    assert len(entries) > 1500  # every msgid of Wagtail's admin and apps, not a handful
    assert len(translated(entries)) / len(entries) > 0.95


def test_translations_keep_the_placeholders_of_their_msgid():
    placeholder = re.compile(r"%\([^)]+\)[a-z]|%[sd]|\{[a-z_]+\}|</?[a-z]+[^>]*>")
    wrong = []
    for entry in translated(read_po()):
        source = entry["msgid_plural"] or entry["msgid"]
        for msgstr in entry["msgstr"]:
            if sorted(placeholder.findall(msgstr)) != sorted(placeholder.findall(source)):
                wrong.append((entry["msgid"], msgstr))
    assert not wrong, wrong[:10]


def test_compiled_catalogue_matches_the_po():
    """Every translated entry of the .po is in the committed .mo with the same msgstr."""
    with MO_FILE.open("rb") as mo:
        compiled = gettext.GNUTranslations(mo)
    entries = translated(read_po())
    out_of_date = []
    for entry in entries:
        key = entry["msgid"] if entry["msgctxt"] is None else f"{entry['msgctxt']}\x04{entry['msgid']}"
        found = compiled._catalog.get(key if entry["msgid_plural"] is None else (key, 0))
        if found != entry["msgstr"][0]:
            out_of_date.append(entry["msgid"])
    assert not out_of_date, f"{len(out_of_date)} entries differ; run scripts/admin_translation_msgids.py compile"
    assert len(compiled._catalog) - 1 == len(entries)  # nothing in the .mo that the .po lost (-1: header)


def test_msgfmt_check_passes():
    if shutil.which("msgfmt") is None:
        pytest.skip("msgfmt (gettext) is not installed: apt-get install gettext to check the .po with it")
    result = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(PO_FILE)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_django_uses_the_project_translations():
    """A sample of 20 translated msgids (and plurals) come out of Django's gettext in Vietnamese."""
    entries = translated(read_po())
    singular = [entry for entry in entries if entry["msgid_plural"] is None and entry["msgctxt"] is None]
    plural = [entry for entry in entries if entry["msgid_plural"] is not None]
    sample = singular[:: max(1, len(singular) // 20)][:20]
    assert len(sample) == 20
    with translation.override("vi"):
        for entry in sample:
            assert translation.gettext(entry["msgid"]) == entry["msgstr"][0], entry["msgid"]
        for entry in plural[:: max(1, len(plural) // 5)][:5]:
            for count in (1, 5):
                assert translation.ngettext(entry["msgid"], entry["msgid_plural"], count) == entry["msgstr"][0]
        # The ones Wagtail's own Vietnamese catalogue gets wrong or leaves out, and a Django one.
        assert translation.gettext("Submit for moderation") == "Gửi duyệt"
        assert translation.gettext("Sign in to Wagtail") != "Sign in to Wagtail"
        assert translation.gettext("Collection") == "Thư mục"
        assert translation.ngettext("%(num)d month", "%(num)d months", 7) % {"num": 7} == "7 tháng"


# --- the admin, through its real views ----------------------------------------------------------


@pytest.mark.django_db
def test_login_page_is_in_vietnamese(client):
    response = client.get(reverse("wagtailadmin_login"))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Đăng nhập" in content
    assert "Quên mật khẩu?" in content
    assert "Ghi nhớ đăng nhập" in content
    password_label = re.search(r'<label[^>]*for="id_password"[^>]*>(.*?)<', content, re.S).group(1)
    assert password_label.strip() == "Mật khẩu"
    for english in ("Sign in to Wagtail", "Forgotten password?", "Remember me", "Signing in"):
        assert english not in content


@pytest.mark.django_db
def test_wrong_password_message_is_in_vietnamese(client):
    response = client.post(reverse("wagtailadmin_login"), {"username": "editor", "password": "sai-mat-khau"})
    content = response.content.decode()
    assert "hoặc mật khẩu không đúng. Vui lòng thử lại." in content
    assert "didn't match" not in content


@pytest.mark.django_db
def test_dashboard_and_menu_are_in_vietnamese(client, login):
    login("editor")
    content = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "<title>Trang tổng quan" in content
    text = visible_text(content)
    assert "Tóm tắt trang web" in text
    assert "Tìm trong tất cả các trang" in content
    for english in ("Dashboard", "Site summary", "Search all pages"):
        assert english not in text

    # The sidebar menu is drawn by JavaScript from these props.
    props = json.loads(re.search(r'id="wagtail-sidebar-props"[^>]*>(.*?)</script>', content, re.S).group(1))
    labels = set(strings_in(props))
    assert {"Trang", "Hình ảnh", "Tài liệu", "Báo cáo", "Trợ giúp", "Đăng xuất"} <= labels, labels
    assert not {"Pages", "Images", "Documents", "Reports", "Help", "Log out"} & labels


@pytest.mark.django_db
def test_page_explorer_is_in_vietnamese(client, login, commune):
    login("editor")
    create_draft(client, commune)
    explore = reverse("wagtailadmin_explore", args=[section_of(commune, SECTION).pk])
    text = visible_text(client.get(explore).content.decode())
    for vietnamese in ("Tiêu đề", "Cập nhật", "Trạng thái", "Thao tác hàng loạt"):
        assert vietnamese in text
    assert "Trạng thái hiện tại của trang: bản nháp" in text  # the draft's status tag
    for english in ("Updated", "Status", "draft", "Bulk actions"):
        assert not re.search(rf"\b{english}\b", text, re.IGNORECASE), english


@pytest.mark.django_db
def test_page_editor_offers_submission_for_review_in_vietnamese(client, login, commune):
    login("editor")
    page = create_draft(client, commune)
    content = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    text = visible_text(content)
    assert "Gửi duyệt" in text
    assert "Lưu bản nháp" in text
    assert "Nội dung" in text and "Quảng bá" in text  # the editor's tabs
    for english in ("Submit for moderation", "Submit to ", "Save draft", "Promote"):
        assert english not in text


@pytest.mark.django_db
def test_reviewer_sees_workflow_actions_in_vietnamese(client, login, commune):
    login("editor")
    page = create_draft(client, commune, **{"action-submit": "submit"})
    login("chief")
    dashboard = visible_text(client.get(reverse("wagtailadmin_home")).content.decode())
    assert "Đang chờ bạn duyệt" in dashboard
    assert "Awaiting your review" not in dashboard

    text = visible_text(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode())
    for vietnamese in ("Duyệt", "Yêu cầu chỉnh sửa"):
        assert vietnamese in text
    for english in ("Approve", "Request changes"):
        assert english not in text


# --- the main editor screens, as each role sees them --------------------------------------------

# Words of Wagtail's English interface. Capitalised ones are matched as written (labels, buttons,
# headings); the lower-case ones are English sentence words no Vietnamese screen has.
# fmt: off
ENGLISH_WORDS = (
    "None", "Root", "Edit", "Delete", "Search", "Add", "Choose", "Dashboard", "Pages", "Page", "Images",
    "Image", "Documents", "Document", "Settings", "Reports", "Help", "Log out", "Account", "Status", "Live",
    "Draft", "Submit", "Save", "Publish", "Unpublish", "Preview", "Upload", "Cancel", "Title", "Collection",
    "Tags", "Filter", "Sort", "Updated", "Type", "Parent", "Actions", "More", "Close", "Home", "Workflow",
    "Approve", "Lock", "Unlock", "Privacy", "Comments", "Content", "Promote", "History", "Next", "Previous",
    "Yes", "No", "Show", "Hide", "Select", "View", "Back", "Clear", "Apply", "Copy", "Move", "Create",
    "Created", "Edited", "Task", "Tasks", "Owner", "Locked", "Awaiting", "Usage", "now", "ago", "minutes",
    "hours", "days", "of", "the", "and", "your", "you", "with", "this", "by",
)
# fmt: on
ENGLISH_PATTERN = re.compile(r"(?<![\w/.-])(" + "|".join(map(re.escape, ENGLISH_WORDS)) + r")(?![\w/-])")


def english_words(text):
    return sorted(set(ENGLISH_PATTERN.findall(text)))


def screen_text(content):
    """What a reader sees: the visible text and the labels of the sidebar (drawn by JavaScript)."""
    text = visible_text(content)
    props = re.search(r'id="wagtail-sidebar-props"[^>]*>(.*?)</script>', content, re.S)
    if props:
        text += " " + " ".join(strings_in(json.loads(props.group(1))))
    return text


@pytest.mark.django_db
def test_page_search_and_workflow_status_read_vietnamese(client, login, commune, article_in_review):
    login("chief")
    search = visible_text(client.get(reverse("wagtailadmin_pages:search") + "?q=tin").content.decode())
    assert re.search(r"1-1 trên 1 trang\b", search)
    edit = visible_text(client.get(reverse("wagtailadmin_pages:edit", args=[article_in_review.pk])).content.decode())
    assert "Đã gửi tới bước Xã duyệt – Xã Tân Hà vừa xong" in edit


def test_english_word_check_finds_english_and_spares_vietnamese():
    assert english_words("Đang sửa Tin bài Root Tin tức – Sự kiện 1-4 trên 4 None") == ["None", "Root"]
    assert english_words("Sửa Lưu bản nháp Xuất bản Trang chủ Hình ảnh /admin/pages/ editor") == []
    assert english_words("Đã gửi tới bước Xã duyệt now") == ["now"]


EDITOR_SCREENS = {
    "dashboard": lambda page, commune: reverse("wagtailadmin_home"),
    "commune explorer": lambda page, commune: reverse("wagtailadmin_explore", args=[commune.site.root_page_id]),
    "news explorer": lambda page, commune: reverse("wagtailadmin_explore", args=[page.get_parent().pk]),
    "page search": lambda page, commune: reverse("wagtailadmin_pages:search") + "?q=tin",
    "add article": lambda page, commune: reverse(
        "wagtailadmin_pages:add", args=["articles", "articlepage", page.get_parent().pk]
    ),
    "edit article": lambda page, commune: reverse("wagtailadmin_pages:edit", args=[page.pk]),
    "page history": lambda page, commune: reverse("wagtailadmin_pages:history", args=[page.pk]),
    "image listing": lambda page, commune: reverse("wagtailimages:index"),
    "image upload": lambda page, commune: reverse("wagtailimages:add_multiple"),
    "document listing": lambda page, commune: reverse("wagtaildocs:index"),
    "document upload": lambda page, commune: reverse("wagtaildocs:add_multiple"),
    "workflow report": lambda page, commune: reverse("wagtailadmin_reports:workflow"),
    "workflow tasks report": lambda page, commune: reverse("wagtailadmin_reports:workflow_tasks"),
    "moderation list": lambda page, commune: reverse("moderation_list"),
}
EVERY_ROLE_SCREENS = {
    "account": lambda page, commune: reverse("wagtailadmin_account"),
    "guide": lambda page, commune: reverse("cms_guide"),
    "guide topic": lambda page, commune: reverse("cms_guide_topic", args=["tai-anh-len"]),
    "compliance dashboard": lambda page, commune: reverse("compliance_dashboard:index"),
    "findings": lambda page, commune: reverse("compliance_findings:index"),
}
AUTHORITY_SCREENS = {"all units content": lambda page, commune: reverse("all_units_content")}
ROLE_SCREENS = {
    "editor": {**EDITOR_SCREENS, **EVERY_ROLE_SCREENS},
    "chief": {**EDITOR_SCREENS, **EVERY_ROLE_SCREENS},
    "board": {**EDITOR_SCREENS, **EVERY_ROLE_SCREENS, **AUTHORITY_SCREENS},
    # The inspector reads content through the compliance screens, never the page editor.
    "inspector": {"dashboard": EDITOR_SCREENS["dashboard"], **EVERY_ROLE_SCREENS, **AUTHORITY_SCREENS},
}


@pytest.fixture
def article_in_review(client, login, commune, media_root):
    """A Tân Hà article with a photo submitted for review, beside a photo and a document in the library."""
    from articles.models import ArticlePage
    from tests.factories import DocumentFactory, ImageFactory
    from tests.helpers import submit_news

    photo = ImageFactory(title="Ra quân làm sạch bãi biển", collection=commune.collection)
    DocumentFactory(title="Kế hoạch ra quân", collection=commune.collection)
    login("editor")
    page = submit_news(client, commune, "Xã Tân Hà ra quân làm sạch bãi biển", "ra-quan", featured_image=photo.pk)
    return ArticlePage.objects.get(pk=page.pk)


def root_page_title():
    from wagtail.models import Page

    return Page.get_first_root_node().title


@pytest.mark.django_db
@pytest.mark.parametrize("username", sorted(ROLE_SCREENS))
def test_main_screens_show_no_english_words(client, login, commune, article_in_review, username):
    # The title of the tree's root (the first crumb of the board's breadcrumbs) is data, not an
    # interface string; test_root_of_the_page_tree_has_a_vietnamese_title holds it to account.
    root_title = re.compile(rf"(?<!\w){re.escape(root_page_title())}(?!\w)")
    login(username)
    found = {}
    for name, url_for in ROLE_SCREENS[username].items():
        url = url_for(article_in_review, commune)
        response = client.get(url)
        assert response.status_code == 200, f"{name} ({url}): {response.status_code}"
        if words := english_words(root_title.sub(" ", screen_text(response.content.decode()))):
            found[name] = words
    assert not found, found


@pytest.mark.django_db
def test_root_of_the_page_tree_has_a_vietnamese_title(client, login, commune, django_user_model):
    explorer = reverse("wagtailadmin_explore", args=[commune.site.root_page_id])
    login("board")
    text = screen_text(client.get(explorer).content.decode())
    assert commune.parent.authority_page.title in text  # the board's breadcrumbs start at its branch
    assert not english_words(commune.parent.authority_page.title)
    client.force_login(django_user_model.objects.create_superuser("quantri", "quantri@hamtan.test", "x"))
    assert root_page_title() in screen_text(client.get(explorer).content.decode())  # a superuser's at the root
    assert not english_words(root_page_title())
