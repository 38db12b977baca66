"""What the benchmarks share: a throwaway PostgreSQL database checked empty, the environment they
run Django in, percentiles, and the words generated news is made of."""

import os
import statistics
import sys
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent


def percentile(samples, rank):
    return statistics.quantiles(samples, n=100, method="inclusive")[rank - 1]


def configure_environment(workdir):
    """Test settings without Elasticsearch, Redis or the page cache; media under `workdir`."""
    for name in ("ELASTICSEARCH_URL", "REDIS_URL"):
        os.environ.pop(name, None)
    os.environ.update(
        DJANGO_SETTINGS_MODULE="cms.settings.test",
        PAGE_CACHE_SECONDS="0",
        TEST_MEDIA_ROOT=str(workdir / "media"),
    )
    sys.path.insert(0, str(PROJECT_DIR))


def check_empty_postgresql():
    from django.db import connection

    if not os.environ.get("DATABASE_URL") or connection.vendor != "postgresql":
        sys.exit("Cần PostgreSQL: chạy qua scripts/test-postgres.sh (biến DATABASE_URL trỏ tới cụm thử nghiệm).")
    if connection.introspection.table_names():
        name = connection.settings_dict["NAME"]
        sys.exit(f"Cơ sở dữ liệu {name} không trống: phép đo chỉ chạy trên một cơ sở dữ liệu mới tạo.")


# Generated news titles: "{actor} {place} {event}".
EVENTS = [
    "tổ chức Hội nghị tổng kết công tác năm {year}",
    "ra quân Chiến dịch thanh niên tình nguyện hè {year}",
    "tuyên truyền phòng, chống cháy rừng mùa khô {year}",
    "trao tặng {n} suất quà cho hộ nghèo nhân dịp Tết Nguyên đán",
    "khánh thành nhà văn hóa thôn sau {n} tháng thi công",
    "tập huấn kỹ thuật trồng thanh long theo hướng VietGAP",
    "tiếp nhận {n} hồ sơ thủ tục hành chính qua dịch vụ công trực tuyến",
    "diễn tập phòng thủ khu vực năm {year}",
    "kiểm tra an toàn thực phẩm dịp Tết Trung thu",
    "phát động phong trào toàn dân đoàn kết xây dựng đời sống văn hóa",
]
ACTORS = ["UBND", "Hội Nông dân", "Đoàn Thanh niên", "Hội Liên hiệp Phụ nữ", "Công an", "Ban Chỉ huy Quân sự"]
