"""The public side of documents and procedures: tree rules, detail pages, the home page's “Văn bản mới”."""

import datetime
import re

import pytest

from django.core.files.base import ContentFile
from django.db import connection
from django.template.defaultfilters import filesizeformat
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, SectionPage
from legal_docs.models import (
    DocumentCategory,
    EffectStatus,
    LegalDocumentFile,
    LegalDocumentIndexPage,
    LegalDocumentPage,
    LegalDocumentRelation,
    OnlineServiceLevel,
    ProcedureDossierItem,
    ProcedureIndexPage,
    ProcedureLegalBasis,
    ProcedurePage,
    ProcedureSubmissionMethod,
    RelationKind,
    SubmissionMethod,
)
from tests.factories import DocumentFactory
from tests.helpers import COMMUNE_HOST, OTHER_COMMUNE_HOST
from tests.legal_docs.factories import (
    LegalDocumentPageFactory,
    ProcedurePageFactory,
    document_index,
    procedure_index,
)

PDF_BYTES = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n" * 20


class PageTreeRulesTest(WagtailPageTestCase):
    def setUp(self):
        self.home = HomePage.objects.get(slug="tan-ha-hamtan-test")

    def test_index_pages_only_under_a_home_page_and_once_per_site(self):
        for index_model, leaf_model in (
            (LegalDocumentIndexPage, LegalDocumentPage),
            (ProcedureIndexPage, ProcedurePage),
        ):
            self.assertAllowedParentPageTypes(index_model, {HomePage})
            self.assertAllowedSubpageTypes(index_model, {leaf_model})
            self.assertCanCreateAt(HomePage, index_model)
            self.assertCanNotCreateAt(SectionPage, index_model)
            self.assertCanNotCreateAt(Page, index_model)
            # Provisioning gave the portal its section already: a second one is refused.
            assert index_model.objects.child_of(self.home).count() == 1
            assert not index_model.can_create_at(self.home)

    def test_documents_and_procedures_only_in_their_own_section_and_without_subpages(self):
        self.assertAllowedParentPageTypes(LegalDocumentPage, {LegalDocumentIndexPage})
        self.assertAllowedSubpageTypes(LegalDocumentPage, set())
        self.assertAllowedParentPageTypes(ProcedurePage, {ProcedureIndexPage})
        self.assertAllowedSubpageTypes(ProcedurePage, set())
        for parent in (HomePage, SectionPage, ProcedureIndexPage):
            self.assertCanNotCreateAt(parent, LegalDocumentPage)
        for parent in (HomePage, SectionPage, LegalDocumentIndexPage):
            self.assertCanNotCreateAt(parent, ProcedurePage)
        self.assertCanNotCreateAt(LegalDocumentPage, LegalDocumentPage)
        self.assertCanNotCreateAt(ProcedurePage, ProcedurePage)

    def test_document_and_procedure_pages_render_for_the_site_they_belong_to(self):
        self.client.defaults["HTTP_HOST"] = COMMUNE_HOST
        document = LegalDocumentPageFactory(parent=document_index(self.home.get_site()), number="7/QĐ-UBND")
        procedure = ProcedurePageFactory(parent=procedure_index(self.home.get_site()))
        self.assertPageIsRenderable(document)
        self.assertPageIsRenderable(procedure)


pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media_root")]


def get_page(client, page, site, host=COMMUNE_HOST):
    response = client.get(page.relative_url(site), HTTP_HOST=host)
    assert response.status_code == 200, (page.url_path, response.status_code)
    return response.content.decode()


def main_of(content):
    return content.split('<main id="noi-dung-chinh"', 1)[1].split("</main>", 1)[0]


def table_row(content, label):
    """The text of the `<td>` beside a `<th scope="row">label</th>`, tags removed."""
    cell = re.search(rf'<th scope="row">{re.escape(label)}</th>\s*<td>(.*?)</td>', content, re.S)
    assert cell, f"no row “{label}”"
    return re.sub(r"<[^>]+>", "", cell.group(1)).strip()


@pytest.fixture
def decree(commune):
    page = LegalDocumentPageFactory(
        parent=document_index(commune.site),
        title="Nghị định quy định chi tiết một số điều của Luật Đất đai",
        slug="nghi-dinh-102-2024",
        number="102/2024/NĐ-CP",
        doc_type="nghi-dinh",
        category=DocumentCategory.LEGAL_NORMATIVE,
        issuing_body="Chính phủ",
        signer="Trần Hồng Hà",
        issued_date=datetime.date(2024, 7, 30),
        effective_date=datetime.date(2024, 8, 1),
        expiry_date=datetime.date(2025, 8, 1),
        summary="Quy định chi tiết một số điều của Luật Đất đai\nvề giao đất, cho thuê đất.",
        fields=["dat-dai", "xay-dung"],
    )
    LegalDocumentFile.objects.create(page=page, title="Toàn văn Nghị định", file=ContentFile(PDF_BYTES, "nd-102.pdf"))
    return page


def test_document_page_shows_every_property_in_a_table(client, commune, decree):
    content = get_page(client, decree, commune.site)
    main = main_of(content)

    assert main.count("<h1") == 1 and "Nghị định quy định chi tiết một số điều của Luật Đất đai</h1>" in main
    assert table_row(main, "Số ký hiệu") == "102/2024/NĐ-CP"
    assert table_row(main, "Loại văn bản") == "Nghị định"
    assert table_row(main, "Nhóm") == "Văn bản quy phạm pháp luật"
    assert table_row(main, "Cơ quan ban hành") == "Chính phủ"
    assert table_row(main, "Người ký") == "Trần Hồng Hà"
    assert table_row(main, "Ngày ban hành") == "30/07/2024"
    assert table_row(main, "Ngày có hiệu lực") == "01/08/2024"
    assert table_row(main, "Ngày hết hiệu lực") == "01/08/2025"
    assert decree.status == EffectStatus.EXPIRED
    assert table_row(main, "Tình trạng hiệu lực") == "Hết hiệu lực toàn bộ"
    assert set(table_row(main, "Lĩnh vực").split("; ")) == {"Đất đai", "Xây dựng"}
    assert "Quy định chi tiết một số điều của Luật Đất đai<br>về giao đất, cho thuê đất." in main
    assert 'style="' not in content

    # The file: its name, format and size, linked for download.
    stored = decree.files.get()
    link = re.search(r'<a class="file-list__link" href="([^"]+)" download>Toàn văn Nghị định</a>', main)
    assert link and link.group(1) == stored.file.url and stored.file.url.endswith(".pdf")
    assert f"(PDF, {filesizeformat(len(PDF_BYTES))})" in main

    # Breadcrumbs lead back through the “Văn bản” section to the home page.
    crumbs = content.split('<nav class="breadcrumbs"', 1)[1].split("</nav>", 1)[0]
    assert '<a href="/">Trang chủ</a>' in crumbs and '<a href="/van-ban/">Văn bản</a>' in crumbs
    assert '<span aria-current="page">Nghị định quy định chi tiết' in crumbs


def test_blank_optional_properties_show_a_dash_and_the_status_comes_from_the_dates(client, commune):
    today = datetime.date.today()
    document = LegalDocumentPageFactory(
        parent=document_index(commune.site),
        signer="",
        issued_date=today - datetime.timedelta(days=3),
        effective_date=today + datetime.timedelta(days=30),
    )
    main = main_of(get_page(client, document, commune.site))
    assert table_row(main, "Người ký") == "—"
    assert table_row(main, "Ngày hết hiệu lực") == "—"
    assert table_row(main, "Lĩnh vực") == "—"
    assert table_row(main, "Tình trạng hiệu lực") == "Chưa có hiệu lực"
    assert "Văn bản chưa có tệp đính kèm." in main
    assert "Văn bản liên quan" not in main

    document.status_override = EffectStatus.SUSPENDED
    document.save_revision().publish()
    assert table_row(main_of(get_page(client, document, commune.site)), "Tình trạng hiệu lực") == "Ngưng hiệu lực"


def test_a_missing_file_in_storage_still_lets_the_page_render(client, commune, decree):
    stored = decree.files.get()
    stored.file.storage.delete(stored.file.name)
    main = main_of(get_page(client, decree, commune.site))
    assert ">Toàn văn Nghị định</a>" in main and "(PDF)" in main


def test_relations_are_shown_from_both_sides(client, commune, decree):
    index = document_index(commune.site)
    amending = LegalDocumentPageFactory(parent=index, number="151/2025/NĐ-CP", title="Nghị định sửa đổi Nghị định 102")
    replaced = LegalDocumentPageFactory(
        parent=index, number="43/2014/NĐ-CP", title="Nghị định hướng dẫn Luật Đất đai 2013"
    )
    draft = LegalDocumentPageFactory(parent=index, number="9/2025/NĐ-CP", title="Dự thảo sửa đổi", live=False)
    LegalDocumentRelation.objects.create(page=amending, kind=RelationKind.AMENDS, target=decree)
    LegalDocumentRelation.objects.create(page=decree, kind=RelationKind.REPLACES, target=replaced)
    LegalDocumentRelation.objects.create(page=draft, kind=RelationKind.AMENDS, target=decree)

    def related_section(page):
        main = main_of(get_page(client, page, commune.site))
        return main.split('id="van-ban-lien-quan"', 1)[1].split("</section>", 1)[0]

    own = related_section(decree)
    assert (
        f'Thay thế:</span> <a href="{replaced.relative_url(commune.site)}">43/2014/NĐ-CP – '
        "Nghị định hướng dẫn Luật Đất đai 2013</a>"
    ) in own
    assert (f'Được sửa đổi, bổ sung bởi:</span> <a href="{amending.relative_url(commune.site)}">151/2025/NĐ-CP') in own
    assert "Dự thảo sửa đổi" not in own

    assert f'Sửa đổi, bổ sung:</span> <a href="{decree.relative_url(commune.site)}">102/2024/NĐ-CP' in related_section(
        amending
    )
    assert f'Được thay thế bởi:</span> <a href="{decree.relative_url(commune.site)}">102/2024/NĐ-CP' in related_section(
        replaced
    )


def test_a_document_lists_the_live_procedures_based_on_it(client, commune, decree):
    procedures = procedure_index(commune.site)
    land = ProcedurePageFactory(parent=procedures, title="Thủ tục giao đất, cho thuê đất", code="1.012345")
    draft = ProcedurePageFactory(parent=procedures, title="Thủ tục đang soạn", live=False)
    for procedure in (land, draft):
        ProcedureLegalBasis.objects.create(page=procedure, citation="Nghị định 102/2024/NĐ-CP", document=decree)
    ProcedureLegalBasis.objects.create(page=land, citation="Điều 5 Nghị định 102/2024/NĐ-CP", document=decree)

    main = main_of(get_page(client, decree, commune.site))
    section = main.split('id="thu-tuc-lien-quan"', 1)[1].split("</section>", 1)[0]
    assert section.count(f'<a href="{land.relative_url(commune.site)}">Thủ tục giao đất, cho thuê đất</a>') == 1
    assert "(mã 1.012345)" in section
    assert "Thủ tục đang soạn" not in section


@pytest.fixture
def birth_registration(commune, decree):
    form = DocumentFactory(title="Tờ khai đăng ký khai sinh")
    page = ProcedurePageFactory(
        parent=procedure_index(commune.site),
        title="Đăng ký khai sinh",
        slug="dang-ky-khai-sinh",
        code="1.001193",
        field="ho-tich",
        implementing_body="Ủy ban nhân dân xã Tân Hà",
        applicants="Cha, mẹ hoặc người thân thích của trẻ",
        steps="<p>Bước 1: Nộp hồ sơ tại Bộ phận một cửa.</p><p>Bước 2: Nhận kết quả.</p>",
        processing_time="Ngay trong ngày làm việc",
        fees="Miễn lệ phí đăng ký khai sinh đúng hạn",
        result="Giấy khai sinh (bản chính)",
        requirements="Không có",
        online_level=OnlineServiceLevel.FULL,
        online_url="https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-nganh-doc.html?ma_thu_tuc=1.001193",
    )
    ProcedureSubmissionMethod.objects.create(
        page=page, method=SubmissionMethod.ONLINE, duration="Trong ngày", fee="0 đồng", notes="Nộp qua Cổng DVC"
    )
    ProcedureSubmissionMethod.objects.create(page=page, method=SubmissionMethod.IN_PERSON, duration="Trong ngày")
    ProcedureDossierItem.objects.create(page=page, name="Tờ khai đăng ký khai sinh", form_template=form, originals=1)
    ProcedureDossierItem.objects.create(page=page, name="Giấy chứng sinh", originals=1, copies=2)
    draft = LegalDocumentPageFactory(parent=document_index(commune.site), number="3/2025/QĐ-UBND", live=False)
    ProcedureLegalBasis.objects.create(page=page, citation="Nghị định 102/2024/NĐ-CP", document=decree)
    ProcedureLegalBasis.objects.create(page=page, citation="Quyết định 3/2025/QĐ-UBND (dự thảo)", document=draft)
    ProcedureLegalBasis.objects.create(page=page, citation="Luật Hộ tịch số 60/2014/QH13")
    return page, form


def test_procedure_page_shows_its_fields_in_the_public_service_portals_order(client, commune, birth_registration):
    procedure, form = birth_registration
    content = get_page(client, procedure, commune.site)
    main = main_of(content)

    assert main.count("<h1") == 1 and "Đăng ký khai sinh</h1>" in main
    assert 'style="' not in content
    assert table_row(main, "Mã thủ tục") == "1.001193"
    assert table_row(main, "Lĩnh vực") == "Hộ tịch"
    assert table_row(main, "Cấp thực hiện") == "Cấp xã"
    assert table_row(main, "Cơ quan thực hiện") == "Ủy ban nhân dân xã Tân Hà"
    assert table_row(main, "Đối tượng thực hiện") == "Cha, mẹ hoặc người thân thích của trẻ"
    order = [
        "Mã thủ tục",
        "Lĩnh vực",
        "Cấp thực hiện",
        "Cơ quan thực hiện",
        "Đối tượng thực hiện",
        'id="trinh-tu"',
        'id="cach-thuc"',
        'id="thanh-phan-ho-so"',
        'id="thoi-han"',
        'id="phi-le-phi"',
        'id="ket-qua"',
        'id="yeu-cau"',
        'id="can-cu-phap-ly"',
    ]
    positions = [main.index(marker) for marker in order]
    assert positions == sorted(positions)

    assert "<p>Bước 1: Nộp hồ sơ tại Bộ phận một cửa.</p>" in main
    methods = main.split('id="cach-thuc"', 1)[1].split("</section>", 1)[0]
    assert re.search(
        r"<th scope=\"row\">Trực tuyến</th>\s*<td>Trong ngày</td>\s*<td>0 đồng</td>\s*<td>Nộp qua", methods
    )
    assert re.search(r"<th scope=\"row\">Trực tiếp</th>\s*<td>Trong ngày</td>\s*<td>—</td>\s*<td>—</td>", methods)
    dossier = main.split('id="thanh-phan-ho-so"', 1)[1].split("</section>", 1)[0]
    assert f'<a href="{form.url}">Tờ khai đăng ký khai sinh</a>' in dossier
    assert re.search(r"Giấy chứng sinh</td>\s*<td>—</td>\s*<td[^>]*>1</td>\s*<td[^>]*>2</td>", dossier)
    assert "Ngay trong ngày làm việc" in main and "Miễn lệ phí đăng ký khai sinh đúng hạn" in main
    assert "Giấy khai sinh (bản chính)" in main

    basis = main.split('id="can-cu-phap-ly"', 1)[1].split("</section>", 1)[0]
    decree = LegalDocumentPage.objects.get(number="102/2024/NĐ-CP")
    assert f'<a href="{decree.relative_url(commune.site)}">Nghị định 102/2024/NĐ-CP</a>' in basis
    assert '<li class="doc-links__item">Quyết định 3/2025/QĐ-UBND (dự thảo)</li>' in basis
    assert '<li class="doc-links__item">Luật Hộ tịch số 60/2014/QH13</li>' in basis

    online = main.split('<p class="online-service">', 1)[1].split("</p>", 1)[0]
    assert f'href="{procedure.online_url}"' in online and ">Nộp hồ sơ trực tuyến</a>" in online
    assert "Dịch vụ công trực tuyến toàn trình" in online
    assert main.index("Nộp hồ sơ trực tuyến") < main.index("Mã thủ tục")


def test_a_procedure_without_online_service_has_no_online_link_and_no_empty_sections(client, commune):
    procedure = ProcedurePageFactory(parent=procedure_index(commune.site), fees="", steps="")
    main = main_of(get_page(client, procedure, commune.site))
    assert "Nộp hồ sơ trực tuyến" not in main
    assert table_row(main, "Lĩnh vực") == "—"
    for heading in ('id="trinh-tu"', 'id="phi-le-phi"', 'id="cach-thuc"', 'id="thanh-phan-ho-so"'):
        assert heading not in main


def test_a_draft_document_or_procedure_is_not_public(client, commune):
    document = LegalDocumentPageFactory(parent=document_index(commune.site), live=False)
    procedure = ProcedurePageFactory(parent=procedure_index(commune.site), live=False)
    for page in (document, procedure):
        assert client.get(page.relative_url(commune.site), HTTP_HOST=COMMUNE_HOST).status_code == 404


def latest_documents_panel(client, host):
    response = client.get("/", HTTP_HOST=host)
    assert response.status_code == 200
    content = response.content.decode()
    return content.split('aria-labelledby="van-ban-moi"', 1)[1].split("</section>", 1)[0]


def test_home_page_lists_the_five_newest_live_documents_of_its_own_site(client, commune, other_commune):
    index = document_index(commune.site)
    for day in range(1, 7):
        LegalDocumentPageFactory(
            parent=index,
            number=f"{day}/QĐ-UBND",
            title=f"Quyết định ngày {day}",
            issued_date=datetime.date(2025, 3, day),
        )
    LegalDocumentPageFactory(
        parent=index, title="Quyết định chưa đăng", issued_date=datetime.date(2025, 4, 1), live=False
    )
    LegalDocumentPageFactory(
        parent=document_index(other_commune.site),
        title="Quyết định của Tân Nghĩa",
        issued_date=datetime.date(2025, 5, 1),
    )

    panel = latest_documents_panel(client, COMMUNE_HOST)
    titles = re.findall(r'<h3 class="doc-list__title"><a href="[^"]+">([^<]+)</a>', panel)
    assert titles == [f"Quyết định ngày {day}" for day in (6, 5, 4, 3, 2)]
    assert 'Quyết định số 6/QĐ-UBND – <time datetime="2025-03-06">06/03/2025</time>' in panel
    assert '<a href="/van-ban/">Văn bản mới</a>' in panel and '<a href="/van-ban/">Xem tất cả' in panel

    other = latest_documents_panel(client, OTHER_COMMUNE_HOST)
    assert "Quyết định của Tân Nghĩa" in other and "Quyết định ngày" not in other


def test_home_page_without_documents_says_so(client, commune):
    panel = latest_documents_panel(client, COMMUNE_HOST)
    assert "Chưa có văn bản." in panel


def test_home_page_query_count_does_not_grow_with_the_documents_listed(client, commune):
    index = document_index(commune.site)
    LegalDocumentPageFactory(parent=index, doc_type="nghi-dinh")

    def home_queries():
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/", HTTP_HOST=COMMUNE_HOST).status_code == 200
        return len(queries)

    home_queries()  # warm Wagtail's per-process caches (site root paths, content types)
    with_one = home_queries()
    for doc_type in ("luat", "nghi-quyet", "chi-thi", "cong-van"):
        LegalDocumentPageFactory(parent=index, doc_type=doc_type)
    assert "Công văn số" in latest_documents_panel(client, COMMUNE_HOST)
    assert home_queries() == with_one
