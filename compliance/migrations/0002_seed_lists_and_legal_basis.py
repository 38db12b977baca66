"""Seed the domain lists and the legal basis of each rule with sensible defaults inspectors can edit."""

from django.db import migrations

ADVERTISING = {
    "betting": [
        "fb88.com", "w88.com", "188bet.com", "bet365.com", "kubet.com", "kubet.net", "12bet.com", "m88.com",
        "fun88.com", "8xbet.com", "v9bet.com", "dafabet.com", "1xbet.com", "sbobet.com", "hi88.com", "new88.com",
        "jun88.com", "789bet.com", "shbet.com", "f8bet.com", "vn88.com", "bk8.com", "22bet.com", "betway.com",
        "pokerstars.com",
    ],
    "shop": [
        "shopee.vn", "lazada.vn", "tiki.vn", "sendo.vn", "amazon.com", "aliexpress.com", "alibaba.com",
        "taobao.com", "ebay.com", "temu.com", "shein.com", "thegioididong.com", "dienmayxanh.com",
        "fptshop.com.vn", "cellphones.com.vn",
    ],
    "ad_network": [
        "googlesyndication.com", "doubleclick.net", "adservice.google.com", "googletagservices.com",
        "googleadservices.com", "googletagmanager.com", "google-analytics.com", "connect.facebook.net",
        "taboola.com", "outbrain.com", "criteo.com", "criteo.net", "adnxs.com", "amazon-adsystem.com",
        "pubmatic.com", "rubiconproject.com", "adsrvr.org", "mgid.com", "propellerads.com", "popads.net",
        "adsterra.com", "admicro.vn", "adtima.vn", "eclick.vn",
    ],
    "affiliate": [
        "accesstrade.vn", "isclix.com", "ecomobi.com", "masoffer.com", "clickbank.net", "shareasale.com",
        "awin1.com",
    ],
    "shortener": [
        "bit.ly", "bitly.com", "tinyurl.com", "goo.gl", "t.co", "ow.ly", "is.gd", "v.gd", "cutt.ly", "shorturl.at",
        "rb.gy", "tiny.cc", "buff.ly", "rebrand.ly", "t.ly", "s.id", "shp.ee", "lnkd.in",
    ],
}

# Never advertising links, whatever their query string (*.gov.vn is exempt in code, not listed here):
# the Government and Party portals, the national legal database, state media, and YouTube, where
# agencies publish their official videos.
ALLOWED = [
    ("chinhphu.vn", "Cổng Thông tin điện tử Chính phủ"),
    ("baochinhphu.vn", "Báo điện tử Chính phủ"),
    ("vbpl.vn", "Cơ sở dữ liệu quốc gia về văn bản pháp luật"),
    ("dangcongsan.vn", "Báo điện tử Đảng Cộng sản Việt Nam"),
    ("quochoi.vn", "Cổng thông tin điện tử Quốc hội"),
    ("mattran.org.vn", "Mặt trận Tổ quốc Việt Nam"),
    ("nhandan.vn", "Báo Nhân Dân"),
    ("qdnd.vn", "Báo Quân đội nhân dân"),
    ("cand.com.vn", "Báo Công an nhân dân"),
    ("vtv.vn", "Đài Truyền hình Việt Nam"),
    ("vov.vn", "Đài Tiếng nói Việt Nam"),
    ("baotintuc.vn", "Thông tấn xã Việt Nam"),
    ("vietnamplus.vn", "Thông tấn xã Việt Nam"),
    ("youtube.com", "Video chính thức của cơ quan nhà nước"),
    ("youtu.be", "Video chính thức của cơ quan nhà nước"),
]

LEGAL_BASIS = {
    'copyright.image_attribution': (
        'Luật Sở hữu trí tuệ số 50/2005/QH11 (sửa đổi, bổ sung bởi các Luật số 36/2009/QH12, '
        '42/2019/QH14 và 07/2022/QH15): tác phẩm, ảnh chỉ được sử dụng khi có sự đồng ý của chủ sở hữu '
        'quyền tác giả, trừ các trường hợp luật cho phép, và phải nêu tên tác giả, nguồn gốc tác phẩm. '
        'Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và '
        'dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng.'
    ),
    'copyright.republished_without_permission': (
        'Luật Sở hữu trí tuệ số 50/2005/QH11 (sửa đổi, bổ sung bởi các Luật số 36/2009/QH12, '
        '42/2019/QH14 và 07/2022/QH15): tác phẩm, ảnh chỉ được sử dụng khi có sự đồng ý của chủ sở hữu '
        'quyền tác giả, trừ các trường hợp luật cho phép, và phải nêu tên tác giả, nguồn gốc tác phẩm. '
        'Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và '
        'dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng. Luật Báo chí số '
        '103/2016/QH13: trích dẫn, đăng lại thông tin của cơ quan báo chí phải ghi rõ nguồn và được sự '
        'đồng ý khi pháp luật yêu cầu.'
    ),
    'copyright.unattributed_copy': (
        'Luật Sở hữu trí tuệ số 50/2005/QH11 (sửa đổi, bổ sung bởi các Luật số 36/2009/QH12, '
        '42/2019/QH14 và 07/2022/QH15): tác phẩm, ảnh chỉ được sử dụng khi có sự đồng ý của chủ sở hữu '
        'quyền tác giả, trừ các trường hợp luật cho phép, và phải nêu tên tác giả, nguồn gốc tác phẩm. '
        'Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và '
        'dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng. Luật Báo chí số '
        '103/2016/QH13: trích dẫn, đăng lại thông tin của cơ quan báo chí phải ghi rõ nguồn và được sự '
        'đồng ý khi pháp luật yêu cầu.'
    ),
    'ads.link': (
        'Luật Quảng cáo số 16/2012/QH13 (đã được sửa đổi, bổ sung) và Nghị định số 181/2013/NĐ-CP quy '
        'định chi tiết thi hành Luật Quảng cáo. Nghị định số 42/2022/NĐ-CP của Chính phủ về cung cấp '
        'thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng.'
    ),
    'ads.embed': (
        'Luật Quảng cáo số 16/2012/QH13 (đã được sửa đổi, bổ sung) và Nghị định số 181/2013/NĐ-CP quy '
        'định chi tiết thi hành Luật Quảng cáo. Nghị định số 42/2022/NĐ-CP của Chính phủ về cung cấp '
        'thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng.'
    ),
    'scan.page_error': (
        'Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và '
        'dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng. Trang không kiểm tra được thì '
        'chưa xác định được nội dung có bảo đảm bản quyền và không chứa quảng cáo hay không.'
    ),
}


def seed(apps, schema_editor):
    DomainEntry = apps.get_model("compliance", "DomainEntry")
    RuleText = apps.get_model("compliance", "RuleText")
    entries = [
        DomainEntry(domain=domain, list="advertising", category=category)
        for category, domains in ADVERTISING.items()
        for domain in domains
    ]
    entries += [DomainEntry(domain=domain, list="allowed", category="other", note=note) for domain, note in ALLOWED]
    existing = set(DomainEntry.objects.values_list("domain", "list"))
    DomainEntry.objects.bulk_create([entry for entry in entries if (entry.domain, entry.list) not in existing])
    for code, text in LEGAL_BASIS.items():
        RuleText.objects.get_or_create(code=code, defaults={"legal_basis": text})


def unseed(apps, schema_editor):
    DomainEntry = apps.get_model("compliance", "DomainEntry")
    RuleText = apps.get_model("compliance", "RuleText")
    for category, domains in ADVERTISING.items():
        DomainEntry.objects.filter(list="advertising", category=category, domain__in=domains).delete()
    DomainEntry.objects.filter(list="allowed", domain__in=[domain for domain, _ in ALLOWED]).delete()
    RuleText.objects.filter(code__in=LEGAL_BASIS).delete()


class Migration(migrations.Migration):
    dependencies = [("compliance", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
