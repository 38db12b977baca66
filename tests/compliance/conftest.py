"""Fixtures of the compliance tests: stored findings and inspections over the test district."""

import datetime

import pytest

from django.utils import timezone

from compliance.models import FindingStatus, Inspection, InspectionCount, Severity, Trigger
from tests.compliance.helpers import article_on, finding


@pytest.fixture
def findings(district, commune, other_commune):
    ha_page = article_on(commune.site, "Tân Hà ra quân làm đường giao thông nông thôn")
    nghia_page = article_on(other_commune.site, "Tân Nghĩa tổng kết vụ lúa hè thu")
    return {
        "ha": finding(commune.site, "Liên kết cá cược ở Tân Hà", page=ha_page),
        "ha_low": finding(
            commune.site,
            "Nội dung chép ở Tân Hà chưa ghi nguồn",
            page=ha_page,
            rule="copyright.unattributed_copy",
            severity=Severity.LOW,
        ),
        "ha_waived": finding(
            commune.site,
            "Ảnh đã được miễn ở Tân Hà",
            page=ha_page,
            rule="copyright.image_attribution",
            status=FindingStatus.WAIVED,
            waive_reason="Tác giả đã đồng ý bằng văn bản",
        ),
        "ha_resolved": finding(commune.site, "Liên kết đã gỡ ở Tân Hà", page=ha_page, status=FindingStatus.RESOLVED),
        "nghia": finding(
            other_commune.site, "Liên kết bán hàng ở Tân Nghĩa", page=nghia_page, severity=Severity.MEDIUM
        ),
        "district": finding(district.site, "Banner quảng cáo trên trang huyện"),
    }


@pytest.fixture
def inspections(district, commune, other_commune, login):
    inspector = login("inspector")
    whole = Inspection.objects.create(
        trigger=Trigger.COMMAND, started_by=inspector, pages_scanned=120, open_count=7, waived_count=2, resolved_count=3
    )
    whole.sites.set([district.site, commune.site, other_commune.site])
    InspectionCount.objects.create(inspection=whole, site=commune.site, rule="ads.link", open_count=4, waived_count=1)
    InspectionCount.objects.create(
        inspection=whole, site=other_commune.site, rule="copyright.image_attribution", open_count=3, waived_count=1
    )
    nghia_only = Inspection.objects.create(
        trigger=Trigger.PUBLISH,
        pages_scanned=1,
        open_count=9,
        started_at=timezone.now() - datetime.timedelta(days=1),
    )
    nghia_only.sites.set([other_commune.site])
    InspectionCount.objects.create(inspection=nghia_only, site=other_commune.site, rule="ads.embed", open_count=9)
    return {"whole": whole, "nghia_only": nghia_only}
