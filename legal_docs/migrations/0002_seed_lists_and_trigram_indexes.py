"""The document types of Decree 30/2020/NĐ-CP and Law 80/2015/QH13, the common fields (lĩnh vực),
and, on PostgreSQL, trigram indexes that serve the citizen search's word matches."""

from django.db import migrations

DOCUMENT_TYPES = [
    ("Luật", "luat"),
    ("Nghị định", "nghi-dinh"),
    ("Nghị quyết", "nghi-quyet"),
    ("Quyết định", "quyet-dinh"),
    ("Chỉ thị", "chi-thi"),
    ("Thông tư", "thong-tu"),
    ("Công văn", "cong-van"),
    ("Kế hoạch", "ke-hoach"),
    ("Thông báo", "thong-bao"),
    ("Báo cáo", "bao-cao"),
    ("Hướng dẫn", "huong-dan"),
]
FIELDS = [
    ("Đất đai", "dat-dai"),
    ("Xây dựng", "xay-dung"),
    ("Hộ tịch", "ho-tich"),
    ("Chứng thực", "chung-thuc"),
    ("Tư pháp", "tu-phap"),
    ("Giáo dục và Đào tạo", "giao-duc-va-dao-tao"),
    ("Y tế", "y-te"),
    ("Lao động, Thương binh và Xã hội", "lao-dong-thuong-binh-va-xa-hoi"),
    ("Bảo trợ xã hội", "bao-tro-xa-hoi"),
    ("Tài chính", "tai-chinh"),
    ("Kế hoạch và Đầu tư", "ke-hoach-va-dau-tu"),
    ("Nông nghiệp và Phát triển nông thôn", "nong-nghiep-va-phat-trien-nong-thon"),
    ("Tài nguyên và Môi trường", "tai-nguyen-va-moi-truong"),
    ("Văn hóa, Thể thao và Du lịch", "van-hoa-the-thao-va-du-lich"),
    ("Thông tin và Truyền thông", "thong-tin-va-truyen-thong"),
    ("Nội vụ", "noi-vu"),
    ("Thi đua, khen thưởng", "thi-dua-khen-thuong"),
    ("Tôn giáo", "ton-giao"),
    ("Giao thông vận tải", "giao-thong-van-tai"),
    ("Công thương", "cong-thuong"),
    ("Quốc phòng", "quoc-phong"),
    ("Thanh tra, tiếp công dân", "thanh-tra-tiep-cong-dan"),
]
TRIGRAM_INDEXES = [
    ("legal_doc_search_trgm", "legal_docs_legaldocumentpage"),
    ("procedure_search_trgm", "legal_docs_procedurepage"),
]


def seed_lists(apps, schema_editor):
    LegalDocumentType = apps.get_model("legal_docs", "LegalDocumentType")
    LegalField = apps.get_model("legal_docs", "LegalField")
    for order, (name, slug) in enumerate(DOCUMENT_TYPES, start=1):
        LegalDocumentType.objects.get_or_create(slug=slug, defaults={"name": name, "sort_order": order * 10})
    for name, slug in FIELDS:
        LegalField.objects.get_or_create(slug=slug, defaults={"name": name})


def create_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, table in TRIGRAM_INDEXES:
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin (search_text gin_trgm_ops)")


def drop_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _table in TRIGRAM_INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("legal_docs", "0001_initial"), ("cms", "0002_postgres_folded_search")]

    operations = [
        migrations.RunPython(seed_lists, migrations.RunPython.noop),
        migrations.RunPython(create_trigram_indexes, drop_trigram_indexes),
    ]
