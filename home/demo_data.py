"""Demo data: huyện Hàm Tân (tỉnh Bình Thuận), its communes, departments, users and content.

Plain structures only; `home.demo` turns them into units, sites, users and pages. The news
of the district and of each commune is article data of the articles app (`articles.demo_data`).

A page is a dict with `slug`, `title`, `summary` and `body`, a list of (block, value):
"heading" and "paragraph" take plain text (the loader escapes it), "list" a list of plain
texts, "quote" a (text, attribution) pair and "source" the unit credited under the page.
Templates below use `{unit}` for the unit's name inside a sentence ("xã Tân Hà") and the
contact fields (`{address}`, `{phone}`, ...).
"""

from collections import namedtuple

from sites.models import Role

DEMO_PASSWORD = "demo12345"
MAIL_DOMAIN = "hamtan.binhthuan.gov.vn"
# Demo accounts get addresses that cannot reach a real mailbox.
DEMO_USER_MAIL_DOMAIN = "localhost"

DemoUser = namedtuple("DemoUser", "username role host description")
SUPERUSER = "superuser"

DEMO_USERS = [
    DemoUser(
        "admin",
        SUPERUSER,
        None,
        "Quản trị hệ thống: quản lý trang, người dùng, nhóm và quy trình duyệt của mọi đơn vị.",
    ),
    DemoUser(
        "bbt",
        Role.BOARD,
        "localhost",
        "Ban biên tập huyện: sửa, phê duyệt và xuất bản tin bài trên trang huyện và mọi trang xã, thị trấn.",
    ),
    DemoUser(
        "thanhtra",
        Role.INSPECTOR,
        "localhost",
        "Kiểm tra viên: xem nội dung mọi trang, chạy và quản lý kiểm tra tuân thủ; không sửa nội dung.",
    ),
    DemoUser(
        "huyen_bientap",
        Role.EDITOR,
        "localhost",
        "Biên tập viên huyện: viết, sửa tin bài trên trang huyện và gửi Ban biên tập phê duyệt.",
    ),
    DemoUser(
        "tanha_bientap",
        Role.EDITOR,
        "tan-ha.localhost",
        "Biên tập viên xã Tân Hà: viết, sửa tin bài trên trang của xã và gửi duyệt.",
    ),
    DemoUser(
        "tanha_duyet",
        Role.CHIEF_EDITOR,
        "tan-ha.localhost",
        "Lãnh đạo duyệt tin xã Tân Hà: duyệt bước của xã, sau đó tin bài chuyển lên huyện phê duyệt.",
    ),
    DemoUser(
        "tanha_ctv",
        Role.COLLABORATOR,
        "tan-ha.localhost",
        "Cộng tác viên xã Tân Hà: chỉ viết bản nháp trong chuyên mục Tin tức – Sự kiện, không xuất bản.",
    ),
    DemoUser(
        "tannghia_bientap",
        Role.EDITOR,
        "tan-nghia.localhost",
        "Biên tập viên thị trấn Tân Nghĩa (đơn vị được tự xuất bản): tin bài chỉ cần lãnh đạo thị trấn duyệt.",
    ),
]

# (name, short name as the seed articles write it, mailbox at MAIL_DOMAIN)
SPECIALISED_OFFICES = [
    ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "Văn phòng HĐND&UBND", "vanphong"),
    ("Phòng Nội vụ", "Phòng Nội vụ", "noivu"),
    ("Phòng Tư pháp", "Phòng Tư pháp", "tuphap"),
    ("Phòng Tài chính – Kế hoạch", "Phòng TC-KH", "tckh"),
    ("Phòng Tài nguyên và Môi trường", "Phòng TN&MT", "tnmt"),
    ("Phòng Lao động – Thương binh và Xã hội", "Phòng LĐTB&XH", "ldtbxh"),
    ("Phòng Văn hóa và Thông tin", "Phòng VH&TT", "vhtt"),
    ("Phòng Giáo dục và Đào tạo", "Phòng GD&ĐT", "gddt"),
    ("Phòng Y tế", "Phòng Y tế", "yte"),
    ("Phòng Kinh tế và Hạ tầng", "Phòng Kinh tế - Hạ tầng", "ktht"),
    ("Phòng Nông nghiệp và Phát triển nông thôn", "Phòng NN&PTNT", "nnptnt"),
    ("Thanh tra huyện", "Thanh tra huyện", "thanhtra"),
]
PUBLIC_SERVICE_UNITS = [
    ("Đài Truyền thanh – Truyền hình", "Đài TT-TH", "daitruyenthanh"),
    ("Trung tâm Văn hóa Thông tin và Thể thao", "Trung tâm VHTT&TT", "ttvhttt"),
    ("Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên", "Trung tâm GDNN-GDTX", "gdnngdtx"),
    ("Trung tâm Phát triển quỹ đất", "Trung tâm Phát triển quỹ đất", "ptqd"),
    ("Ban Quản lý dự án đầu tư xây dựng", "Ban QLDA", "bqlda"),
    ("Ban Quản lý các công trình công cộng", "Ban quản lý CTCC", "ctcc"),
]
DEPARTMENTS = SPECIALISED_OFFICES + PUBLIC_SERVICE_UNITS

SECTION_INTROS = {
    "gioi-thieu": (
        "Thông tin chung về {unit}: vị trí, điều kiện tự nhiên, lịch sử, bộ máy tổ chức và định hướng phát triển."
    ),
    "van-ban": "Văn bản quy phạm pháp luật, văn bản chỉ đạo, điều hành của chính quyền {unit}.",
    "thu-tuc-hanh-chinh": (
        "Thủ tục hành chính thuộc thẩm quyền giải quyết của Ủy ban nhân dân {unit}: thành phần hồ sơ, "
        "thời hạn giải quyết, phí, lệ phí và nơi tiếp nhận."
    ),
    "hoi-dap": (
        "Giải đáp câu hỏi của người dân, doanh nghiệp về thủ tục hành chính, chính sách và các vấn đề ở địa phương."
    ),
    "lien-he": "Địa chỉ, điện thoại, thư điện tử và thời gian làm việc của Ủy ban nhân dân {unit}.",
}

CONTACT_PAGE = {
    "slug": "thong-tin-lien-he",
    "title": "Thông tin liên hệ",
    "summary": "Địa chỉ, điện thoại, thư điện tử và thời gian làm việc của Ủy ban nhân dân {unit}.",
    "body": [
        (
            "paragraph",
            "Ủy ban nhân dân {unit} tiếp nhận hồ sơ, phản ánh, kiến nghị của người dân, doanh nghiệp và tin bài "
            "gửi đăng trên trang thông tin điện tử tại địa chỉ sau:",
        ),
        ("heading", "Địa chỉ liên hệ"),
        # An item whose field is blank (a commune without fax) is left out.
        ("list", ["Địa chỉ: {address}", "Điện thoại: {phone}", "Fax: {fax}", "Thư điện tử: {email}"]),
        ("heading", "Thời gian làm việc"),
        (
            "paragraph",
            "Buổi sáng từ 7 giờ đến 11 giờ 30, buổi chiều từ 13 giờ 30 đến 17 giờ, từ thứ Hai đến thứ Sáu, "
            "trừ các ngày nghỉ lễ, Tết theo quy định.",
        ),
        ("heading", "Ban biên tập"),
        (
            "paragraph",
            "Trưởng Ban biên tập: {editorial_head}. Ý kiến góp ý về nội dung trang và tin bài cộng tác xin gửi "
            "về thư điện tử nêu trên.",
        ),
    ],
}

DISTRICT = {
    "kind": "district",
    "name": "Huyện Hàm Tân",
    "hostname": "localhost",
    "email": f"vanphong@{MAIL_DOMAIN}",
    "contact": {
        "tagline": "Tỉnh Bình Thuận",
        "copyright_owner": "Huyện Hàm Tân, tỉnh Bình Thuận",
        "editorial_head": "Chánh Văn phòng HĐND&UBND huyện Hàm Tân",
        "address": "Khu phố 2, thị trấn Tân Nghĩa, huyện Hàm Tân, tỉnh Bình Thuận",
        "phone": "(0252) 3877599",
        "fax": "(0252) 3877276",
    },
    "welcome": [
        "Chào mừng bạn đến với Trang thông tin điện tử huyện Hàm Tân, tỉnh Bình Thuận – kênh thông tin chính "
        "thức của Ủy ban nhân dân huyện trên Internet.",
        "Trang cập nhật tin tức về hoạt động lãnh đạo, chỉ đạo, điều hành của huyện; đăng tải văn bản chỉ đạo, "
        "điều hành, thủ tục hành chính và giải đáp ý kiến của người dân, doanh nghiệp. Mỗi xã, thị trấn trong "
        "huyện có trang thông tin riêng, tin bài được Ban biên tập huyện hướng dẫn và phê duyệt.",
    ],
    "pages": {
        "gioi-thieu": [
            {
                "slug": "dieu-kien-tu-nhien",
                "title": "Điều kiện tự nhiên",
                "summary": (
                    "Hàm Tân là huyện ven biển phía Nam tỉnh Bình Thuận, địa hình đa dạng từ đồi núi thấp đến "
                    "đồng bằng và dải cát ven biển."
                ),
                "body": [
                    ("heading", "Vị trí địa lý"),
                    (
                        "paragraph",
                        "Huyện Hàm Tân nằm ở phía Nam tỉnh Bình Thuận: phía Bắc giáp huyện Tánh Linh, phía Đông "
                        "giáp huyện Hàm Thuận Nam, phía Nam giáp thị xã La Gi và biển Đông, phía Tây giáp tỉnh "
                        "Đồng Nai và tỉnh Bà Rịa – Vũng Tàu. Quốc lộ 1A chạy qua địa bàn huyện, nối Hàm Tân với "
                        "thành phố Phan Thiết và các tỉnh Đông Nam Bộ; trung tâm hành chính huyện đặt tại thị "
                        "trấn Tân Nghĩa.",
                    ),
                    ("heading", "Địa hình và khí hậu"),
                    (
                        "paragraph",
                        "Địa hình thấp dần từ Tây Bắc xuống Đông Nam: phía Bắc là vùng đồi núi thấp và gò đồi "
                        "lượn sóng, ở giữa là những cánh đồng ven sông suối, phía Nam là dải cồn cát và bãi biển. "
                        "Khí hậu nhiệt đới gió mùa, nắng nhiều, chia thành hai mùa rõ rệt: mùa mưa từ khoảng "
                        "tháng 5 đến tháng 10, mùa khô từ tháng 11 đến tháng 4 năm sau.",
                    ),
                    ("heading", "Tài nguyên"),
                    (
                        "paragraph",
                        "Đất đỏ vàng và đất xám trên các vùng đồi thích hợp với cây công nghiệp lâu năm như cao "
                        "su, điều; các cánh đồng ven sông suối được khai thác trồng lúa và hoa màu. Rừng giữ vai "
                        "trò quan trọng trong phòng hộ đầu nguồn và bảo vệ môi trường. Bờ biển với những bãi cát "
                        "dài, nước trong là lợi thế để phát triển du lịch nghỉ dưỡng, khai thác và nuôi trồng "
                        "thủy sản.",
                    ),
                    (
                        "paragraph",
                        "Số liệu chi tiết về diện tích, dân số và đơn vị hành chính được công bố trong niên giám "
                        "thống kê và các báo cáo chính thức của Ủy ban nhân dân huyện.",
                    ),
                ],
            },
            {
                "slug": "lich-su-hinh-thanh",
                "title": "Lịch sử hình thành",
                "summary": (
                    "Vùng đất Hàm Tân gắn với quá trình khai phá phía Nam tỉnh Bình Thuận và đã trải qua nhiều "
                    "lần điều chỉnh địa giới hành chính."
                ),
                "body": [
                    (
                        "paragraph",
                        "Vùng đất Hàm Tân được cư dân nhiều miền đến khai phá, lập làng từ lâu đời. Những lớp "
                        "người đi trước đã khai hoang, mở đất, lập nên các làng nông nghiệp ven sông suối và các "
                        "làng chài ven biển, hình thành nên nét văn hóa vừa của vùng trung du, vừa của miền biển.",
                    ),
                    ("heading", "Trong kháng chiến"),
                    (
                        "paragraph",
                        "Trong hai cuộc kháng chiến chống thực dân Pháp và đế quốc Mỹ, Đảng bộ và nhân dân Hàm "
                        "Tân kiên cường bám đất, bám làng, xây dựng căn cứ, góp phần cùng cả nước giành độc lập, "
                        "thống nhất đất nước.",
                    ),
                    ("heading", "Sau ngày thống nhất"),
                    (
                        "paragraph",
                        "Từ năm 1976, huyện Hàm Tân thuộc tỉnh Thuận Hải; năm 1992, khi tỉnh Bình Thuận được tái "
                        "lập, huyện trở lại là đơn vị hành chính của tỉnh Bình Thuận. Năm 2005, thị xã La Gi được "
                        "thành lập trên cơ sở một phần diện tích và dân số của huyện; trung tâm hành chính huyện "
                        "Hàm Tân chuyển về thị trấn Tân Nghĩa.",
                    ),
                    (
                        "paragraph",
                        "Ngày nay, các xã, thị trấn của huyện đều có trang thông tin điện tử riêng trên cùng hệ "
                        "thống với trang của huyện, liên kết từ trang chủ này.",
                    ),
                ],
            },
            {
                "slug": "co-cau-to-chuc",
                "title": "Cơ cấu tổ chức",
                "summary": (
                    "Bộ máy chính quyền huyện gồm Hội đồng nhân dân, Ủy ban nhân dân, các cơ quan chuyên môn và "
                    "các đơn vị sự nghiệp trực thuộc."
                ),
                "body": [
                    ("heading", "Hội đồng nhân dân huyện"),
                    (
                        "paragraph",
                        "Hội đồng nhân dân huyện là cơ quan quyền lực nhà nước ở địa phương, do cử tri trong huyện "
                        "bầu ra; quyết định các vấn đề quan trọng về kinh tế – xã hội, quốc phòng, an ninh và giám "
                        "sát hoạt động của các cơ quan nhà nước trên địa bàn.",
                    ),
                    ("heading", "Ủy ban nhân dân huyện"),
                    (
                        "paragraph",
                        "Ủy ban nhân dân huyện do Hội đồng nhân dân huyện bầu, là cơ quan chấp hành của Hội đồng "
                        "nhân dân và là cơ quan hành chính nhà nước ở địa phương, gồm Chủ tịch, các Phó Chủ tịch "
                        "và các Ủy viên.",
                    ),
                    ("heading", "Cơ quan chuyên môn"),
                    ("list", [name for name, _short, _mailbox in SPECIALISED_OFFICES]),
                    ("heading", "Đơn vị sự nghiệp trực thuộc"),
                    ("list", [name for name, _short, _mailbox in PUBLIC_SERVICE_UNITS]),
                    (
                        "paragraph",
                        "Thông tin về lãnh đạo, địa chỉ và điện thoại của từng cơ quan, đơn vị được cập nhật khi "
                        "có thay đổi về nhân sự.",
                    ),
                ],
            },
            {
                "slug": "ban-bien-tap",
                "title": "Ban biên tập Trang thông tin điện tử",
                "summary": (
                    "Ban biên tập chịu trách nhiệm về nội dung đăng tải trên Trang thông tin điện tử của huyện và "
                    "hướng dẫn, phê duyệt tin bài của các xã, thị trấn."
                ),
                "body": [
                    (
                        "paragraph",
                        "Ban biên tập Trang thông tin điện tử huyện Hàm Tân do Ủy ban nhân dân huyện thành lập. "
                        "Trưởng Ban biên tập là Chánh Văn phòng HĐND&UBND huyện; thành viên là đại diện lãnh đạo "
                        "Phòng Văn hóa và Thông tin, Đài Truyền thanh – Truyền hình và một số cơ quan chuyên môn "
                        "của huyện.",
                    ),
                    ("heading", "Nhiệm vụ"),
                    (
                        "list",
                        [
                            "Thu thập, biên tập và đăng tải thông tin theo quy định về cung cấp thông tin trên "
                            "trang thông tin điện tử của cơ quan nhà nước;",
                            "Phê duyệt tin bài do các phòng, ban và Ủy ban nhân dân các xã, thị trấn gửi lên trước "
                            "khi xuất bản;",
                            "Kiểm tra bản quyền hình ảnh, nguồn tin và các liên kết trên trang; gỡ bỏ nội dung, "
                            "liên kết không phù hợp;",
                            "Hướng dẫn, đôn đốc các cơ quan, đơn vị, địa phương viết tin bài và tổng hợp kết quả "
                            "hằng tháng.",
                        ],
                    ),
                    ("heading", "Gửi tin bài"),
                    (
                        "paragraph",
                        "Cán bộ, công chức, cộng tác viên gửi tin bài qua tài khoản biên tập được cấp trên hệ "
                        f"thống hoặc qua hộp thư công vụ vanphong@{MAIL_DOMAIN}. Tin bài cần ghi rõ tác giả, "
                        "nguồn ảnh và bảo đảm quyền tác giả đối với hình ảnh, tư liệu sử dụng.",
                    ),
                ],
            },
        ],
        "hoi-dap": [
            {
                "slug": "dang-ky-khai-sinh-can-giay-to-gi",
                "title": "Đăng ký khai sinh cho con cần những giấy tờ gì và nộp ở đâu?",
                "summary": "Giải đáp về hồ sơ, nơi nộp và thời hạn đăng ký khai sinh cho trẻ em.",
                "body": [
                    ("heading", "Câu hỏi"),
                    (
                        "quote",
                        (
                            "Vợ chồng tôi vừa sinh cháu đầu lòng. Xin hỏi đăng ký khai sinh cho cháu cần chuẩn bị "
                            "giấy tờ gì, nộp ở đâu và có nộp qua mạng được không?",
                            "Bạn đọc Nguyễn Thị H., thị trấn Tân Nghĩa",
                        ),
                    ),
                    ("heading", "Trả lời"),
                    (
                        "paragraph",
                        "Theo pháp luật về hộ tịch, cha, mẹ có trách nhiệm đăng ký khai sinh cho con trong thời hạn "
                        "60 ngày kể từ ngày sinh. Việc đăng ký khai sinh thực hiện tại Ủy ban nhân dân cấp xã nơi "
                        "cư trú của người cha hoặc người mẹ.",
                    ),
                    (
                        "paragraph",
                        "Hồ sơ gồm tờ khai đăng ký khai sinh theo mẫu và giấy chứng sinh do cơ sở y tế nơi trẻ sinh "
                        "ra cấp; trường hợp không có giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận "
                        "việc sinh. Người đi đăng ký xuất trình giấy tờ tùy thân; nếu cha, mẹ đã đăng ký kết hôn "
                        "thì xuất trình giấy chứng nhận kết hôn.",
                    ),
                    (
                        "paragraph",
                        "Bạn có thể nộp hồ sơ trực tiếp tại Bộ phận Tiếp nhận và Trả kết quả của Ủy ban nhân dân "
                        "xã, thị trấn hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia. Thành phần hồ sơ chi "
                        "tiết và mẫu tờ khai được đăng tại chuyên mục Thủ tục hành chính.",
                    ),
                    ("source", "Phòng Tư pháp"),
                ],
            },
            {
                "slug": "gui-phan-anh-kien-nghi-bang-cach-nao",
                "title": "Người dân gửi phản ánh, kiến nghị đến Ủy ban nhân dân huyện bằng cách nào?",
                "summary": "Các cách gửi phản ánh, kiến nghị đến chính quyền huyện và xã.",
                "body": [
                    ("heading", "Câu hỏi"),
                    (
                        "quote",
                        (
                            "Đường vào thôn tôi bị sạt lở sau mưa lớn. Tôi muốn gửi phản ánh đến chính quyền thì "
                            "gửi bằng cách nào và bao lâu thì được trả lời?",
                            "Bạn đọc Trần Văn L., xã Sông Phan",
                        ),
                    ),
                    ("heading", "Trả lời"),
                    (
                        "paragraph",
                        "Người dân có thể gửi phản ánh, kiến nghị đến Ủy ban nhân dân huyện theo một trong các "
                        "cách sau:",
                    ),
                    (
                        "list",
                        [
                            "Gửi trực tiếp hoặc qua bưu điện đến Văn phòng HĐND&UBND huyện, Khu phố 2, thị trấn "
                            "Tân Nghĩa, huyện Hàm Tân;",
                            f"Gửi thư điện tử đến địa chỉ vanphong@{MAIL_DOMAIN};",
                            "Gọi điện thoại đến số (0252) 3877599 trong giờ hành chính;",
                            "Đặt câu hỏi tại chuyên mục Hỏi đáp trên Trang thông tin điện tử của huyện.",
                        ],
                    ),
                    (
                        "paragraph",
                        "Với những việc ở thôn, khu phố như đường giao thông nông thôn bị hư hỏng, ông có thể báo "
                        "ngay với Trưởng thôn hoặc Ủy ban nhân dân xã để được xem xét, khắc phục kịp thời. Phản "
                        "ánh, kiến nghị được tiếp nhận, phân loại và chuyển cơ quan có thẩm quyền xem xét, trả lời "
                        "theo thời hạn quy định.",
                    ),
                    ("source", "Văn phòng HĐND&UBND"),
                ],
            },
        ],
    },
}

COMMUNE_WELCOME = [
    "Chào mừng bạn đến với Trang thông tin điện tử {unit}, huyện Hàm Tân, tỉnh Bình Thuận. {note}",
    "Trang đăng tải tin tức về hoạt động của chính quyền và đời sống nhân dân địa phương, các thủ tục hành chính "
    "thuộc thẩm quyền giải quyết của Ủy ban nhân dân {unit} và giải đáp ý kiến của người dân.",
]
COMMUNE_COPYRIGHT_OWNER = "UBND {unit}"
COMMUNE_ABOUT_PAGE = {
    "slug": "gioi-thieu-chung",
    "title": "Giới thiệu chung",
    "summary": "Vị trí, kinh tế, văn hóa – xã hội và định hướng phát triển của {unit}.",
    "headings": [
        ("location", "Vị trí địa lý"),
        ("economy", "Kinh tế"),
        ("society", "Văn hóa – xã hội"),
        ("outlook", "Định hướng phát triển"),
    ],
}

COMMUNES = [
    {
        "slug": "tan-nghia",
        "kind": "town",
        "name": "Thị trấn Tân Nghĩa",
        "email": f"ubndtt-tannghia@{MAIL_DOMAIN}",
        # The district seat: its head editor publishes without the district's approval step.
        "trusted": True,
        "contact": {
            "editorial_head": "Chủ tịch UBND thị trấn Tân Nghĩa",
            "address": "Khu phố 3, thị trấn Tân Nghĩa, huyện Hàm Tân, tỉnh Bình Thuận",
            "phone": "(0252) 3877215",
        },
        "welcome_note": (
            "Tân Nghĩa là trung tâm hành chính, kinh tế, văn hóa của huyện, nằm dọc Quốc lộ 1A với hoạt động "
            "thương mại, dịch vụ sôi động."
        ),
        "about": {
            "location": (
                "Thị trấn Tân Nghĩa là trung tâm hành chính của huyện Hàm Tân, nằm dọc hai bên Quốc lộ 1A; trụ sở "
                "Huyện ủy, HĐND, UBND huyện và nhiều cơ quan, đơn vị trực thuộc đặt trên địa bàn thị trấn."
            ),
            "economy": (
                "Kinh tế thị trấn chuyển dịch theo hướng thương mại, dịch vụ; chợ Tân Nghĩa và các tuyến phố dọc "
                "quốc lộ tập trung nhiều hộ kinh doanh. Ở các khu phố ven, người dân vẫn trồng điều, cao su, cây ăn "
                "quả và chăn nuôi quy mô hộ gia đình."
            ),
            "society": (
                "Trường học, trạm y tế, nhà văn hóa được đầu tư tương đối đồng bộ; phong trào xây dựng khu phố văn "
                "hóa, văn minh đô thị được nhân dân hưởng ứng."
            ),
            "outlook": (
                "Thị trấn tập trung chỉnh trang đô thị, hoàn thiện giao thông, thoát nước, chiếu sáng; phấn đấu "
                "xây dựng Tân Nghĩa thành đô thị xanh, sạch, văn minh."
            ),
        },
    },
    {
        "slug": "tan-ha",
        "kind": "commune",
        "name": "Xã Tân Hà",
        "email": f"ubndxa-tanha@{MAIL_DOMAIN}",
        "trusted": False,
        "contact": {
            "editorial_head": "Phó Chủ tịch UBND xã Tân Hà",
            "address": "Thôn 2, xã Tân Hà, huyện Hàm Tân, tỉnh Bình Thuận",
            "phone": "(0252) 3878115",
        },
        "welcome_note": (
            "Tân Hà là xã thuần nông, người dân cần cù, đoàn kết, chung sức xây dựng nông thôn mới với những con "
            "đường bê tông nối dài đến từng thôn."
        ),
        "about": {
            "location": (
                "Xã Tân Hà có địa hình gò đồi thấp xen lẫn những cánh đồng ven suối; các tuyến đường liên xã nối Tân "
                "Hà với trung tâm huyện và thị xã La Gi."
            ),
            "economy": (
                "Nông nghiệp giữ vai trò chủ đạo với cây điều, cao su, lúa và hoa màu; chăn nuôi bò, heo theo hướng "
                "gia trại được nhiều hộ đầu tư. Một số hộ đã mạnh dạn chuyển vườn điều già cỗi sang trồng cây ăn quả."
            ),
            "society": (
                "Phong trào xây dựng nông thôn mới được nhân dân đồng tình hưởng ứng: nhiều tuyến đường thôn, ngõ "
                "xóm được bê tông hóa theo phương châm Nhà nước và nhân dân cùng làm; nhà văn hóa các thôn hoạt động "
                "thường xuyên."
            ),
            "outlook": (
                "Xã tiếp tục nâng cao chất lượng các tiêu chí nông thôn mới, phát triển kinh tế vườn, kinh tế hộ gắn "
                "với liên kết tiêu thụ sản phẩm."
            ),
        },
    },
    {
        "slug": "thang-hai",
        "kind": "commune",
        "name": "Xã Thắng Hải",
        "email": f"ubndxa-thanghai@{MAIL_DOMAIN}",
        "trusted": False,
        "contact": {
            "editorial_head": "Phó Chủ tịch UBND xã Thắng Hải",
            "address": "Thôn 1, xã Thắng Hải, huyện Hàm Tân, tỉnh Bình Thuận",
            "phone": "(0252) 3876225",
        },
        "welcome_note": (
            "Thắng Hải là xã ven biển với những bãi cát dài, nghề biển truyền thống và tiềm năng phát triển du lịch "
            "nghỉ dưỡng."
        ),
        "about": {
            "location": (
                "Xã Thắng Hải nằm ở phía Đông Nam huyện Hàm Tân, trải dài theo bờ biển; tuyến đường ven biển nối xã "
                "với thị xã La Gi và các địa phương lân cận."
            ),
            "economy": (
                "Người dân sống chủ yếu bằng nghề khai thác hải sản gần bờ, nuôi trồng thủy sản và trồng trọt trên "
                "vùng đất cát. Những năm gần đây, một số dự án du lịch ven biển được đầu tư, mở ra cơ hội việc làm cho "
                "lao động địa phương."
            ),
            "society": (
                "Công tác giáo dục được quan tâm, trẻ em trong độ tuổi được đến trường đầy đủ; các phong trào thể "
                "thao, văn nghệ của thanh niên vùng biển hoạt động sôi nổi."
            ),
            "outlook": (
                "Xã chú trọng bảo vệ môi trường biển, chủ động phòng, chống thiên tai, phát triển du lịch gắn với giữ "
                "gìn nét đẹp làng biển."
            ),
        },
    },
    {
        "slug": "son-my",
        "kind": "commune",
        "name": "Xã Sơn Mỹ",
        "email": f"ubndxa-sonmy@{MAIL_DOMAIN}",
        "trusted": False,
        "contact": {
            "editorial_head": "Phó Chủ tịch UBND xã Sơn Mỹ",
            "address": "Thôn 3, xã Sơn Mỹ, huyện Hàm Tân, tỉnh Bình Thuận",
            "phone": "(0252) 3878468",
        },
        "welcome_note": (
            "Sơn Mỹ là xã ven biển có thế mạnh nuôi trồng thủy sản, đang chuyển mình cùng các dự án công nghiệp, "
            "năng lượng được quy hoạch trên địa bàn."
        ),
        "about": {
            "location": (
                "Xã Sơn Mỹ nằm ở phía Tây Nam huyện Hàm Tân, giáp biển và giáp tỉnh Bà Rịa – Vũng Tàu; địa hình gồm "
                "dải cát ven biển, vùng trũng ven sông và đồi thấp phía trong."
            ),
            "economy": (
                "Nuôi trồng thủy sản, nhất là nuôi tôm, là thế mạnh của xã; người dân còn trồng điều, hoa màu và "
                "khai thác hải sản gần bờ. Xã nằm trong vùng quy hoạch phát triển công nghiệp, năng lượng của tỉnh, "
                "mở ra nhiều cơ hội và đặt ra yêu cầu lớn về chuyển đổi nghề, bảo vệ môi trường."
            ),
            "society": (
                "Đời sống người dân từng bước được cải thiện; trường lớp, trạm y tế được đầu tư; các hoạt động văn "
                "hóa, lễ hội làng biển được gìn giữ."
            ),
            "outlook": (
                "Xã tập trung phát triển nuôi trồng thủy sản bền vững, hỗ trợ người dân chuyển đổi nghề, đào tạo lao "
                "động đáp ứng nhu cầu của các dự án và giữ gìn môi trường biển."
            ),
        },
    },
    {
        "slug": "tan-xuan",
        "kind": "commune",
        "name": "Xã Tân Xuân",
        "email": f"ubndxa-tanxuan@{MAIL_DOMAIN}",
        "trusted": False,
        "contact": {
            "editorial_head": "Phó Chủ tịch UBND xã Tân Xuân",
            "address": "Thôn 4, xã Tân Xuân, huyện Hàm Tân, tỉnh Bình Thuận",
            "phone": "(0252) 3877368",
        },
        "welcome_note": (
            "Tân Xuân có những cánh đồng lúa nước và vườn cây lâu năm, nhân dân đoàn kết xây dựng quê hương ngày "
            "càng giàu đẹp."
        ),
        "about": {
            "location": (
                "Xã Tân Xuân nằm gần trung tâm huyện, có các tuyến đường liên xã đi qua, thuận lợi cho giao thương và "
                "vận chuyển nông sản."
            ),
            "economy": (
                "Nông nghiệp là ngành kinh tế chính với lúa nước, cao su, điều và cây ăn quả. Nhờ kênh mương nội đồng "
                "được nâng cấp, nhiều cánh đồng đã chủ động nước tưới cho hai đến ba vụ lúa mỗi năm."
            ),
            "society": (
                "Các thôn duy trì tốt phong trào xây dựng gia đình văn hóa, khu dân cư văn hóa; công tác chăm lo hộ "
                "nghèo, gia đình chính sách được quan tâm thường xuyên."
            ),
            "outlook": (
                "Xã tiếp tục đầu tư thủy lợi nội đồng, khuyến khích cơ giới hóa sản xuất và xây dựng cánh đồng liên "
                "kết, nâng cao giá trị trên mỗi héc-ta đất canh tác."
            ),
        },
    },
    {
        "slug": "song-phan",
        "kind": "commune",
        "name": "Xã Sông Phan",
        "email": f"ubndxa-songphan@{MAIL_DOMAIN}",
        "trusted": False,
        "contact": {
            "editorial_head": "Phó Chủ tịch UBND xã Sông Phan",
            "address": "Thôn 1, xã Sông Phan, huyện Hàm Tân, tỉnh Bình Thuận",
            "phone": "(0252) 3879125",
        },
        "welcome_note": (
            "Sông Phan là xã trung du giáp huyện Hàm Thuận Nam, có thế mạnh trồng thanh long, cây công nghiệp và "
            "những cánh rừng cần được gìn giữ."
        ),
        "about": {
            "location": (
                "Xã Sông Phan nằm ở phía Đông Bắc huyện Hàm Tân, giáp huyện Hàm Thuận Nam; địa hình đồi thấp xen "
                "thung lũng, có nhiều suối và diện tích rừng phòng hộ."
            ),
            "economy": (
                "Thanh long, cao su, điều là các cây trồng chính; nhiều hộ đầu tư hệ thống đèn chong thanh long cho "
                "trái vụ, nâng cao thu nhập. Chăn nuôi bò, dê phát triển ở các thôn ven đồi."
            ),
            "society": (
                "Xã quan tâm hỗ trợ các hộ còn khó khăn, đầu tư đường ra khu sản xuất và kéo điện phục vụ sản xuất, "
                "sinh hoạt ở các thôn xa."
            ),
            "outlook": (
                "Xã chú trọng sản xuất thanh long theo tiêu chuẩn an toàn, liên kết tiêu thụ; tăng cường quản lý, bảo "
                "vệ rừng và phòng, chống cháy rừng."
            ),
        },
    },
    {
        "slug": "tan-phuc",
        "kind": "commune",
        "name": "Xã Tân Phúc",
        "email": f"ubndxa-tanphuc@{MAIL_DOMAIN}",
        "trusted": False,
        "contact": {
            "editorial_head": "Phó Chủ tịch UBND xã Tân Phúc",
            "address": "Thôn 3, xã Tân Phúc, huyện Hàm Tân, tỉnh Bình Thuận",
            "phone": "(0252) 3879356",
        },
        "welcome_note": (
            "Tân Phúc là xã vùng đồi với những vườn cao su, điều xanh tốt và người dân từ nhiều miền quê cần cù "
            "lập nghiệp."
        ),
        "about": {
            "location": (
                "Xã Tân Phúc nằm ở phía Bắc huyện Hàm Tân; địa hình đồi lượn sóng, đất đỏ bazan và đất xám phù hợp "
                "với cây công nghiệp lâu năm."
            ),
            "economy": (
                "Cao su, điều là các cây trồng chủ lực; những năm gần đây nhiều hộ chuyển sang trồng sầu riêng, bơ, "
                "mít và các loại cây ăn quả khác. Một số cơ sở thu mua, sơ chế nông sản hoạt động trên địa bàn, tạo "
                "việc làm cho lao động địa phương."
            ),
            "society": (
                "Cư dân đến từ nhiều địa phương, đoàn kết, giúp nhau trong sản xuất; công tác giữ gìn an ninh trật "
                "tự ở khu dân cư được duy trì tốt."
            ),
            "outlook": (
                "Xã tập trung chuyển đổi cơ cấu cây trồng hợp lý, phát triển vùng cây ăn quả gắn với liên kết tiêu "
                "thụ và hoàn thiện giao thông nông thôn."
            ),
        },
    },
    {
        "slug": "tan-minh",
        "kind": "commune",
        "name": "Xã Tân Minh",
        "email": f"ubndxa-tanminh@{MAIL_DOMAIN}",
        "trusted": False,
        "contact": {
            "editorial_head": "Phó Chủ tịch UBND xã Tân Minh",
            "address": "Thôn 2, xã Tân Minh, huyện Hàm Tân, tỉnh Bình Thuận",
            "phone": "(0252) 3878739",
        },
        "welcome_note": (
            "Tân Minh đang phát triển nông nghiệp kết hợp thương mại, dịch vụ dọc Quốc lộ 1A, đẩy mạnh chuyển đổi "
            "số để phục vụ người dân tốt hơn."
        ),
        "about": {
            "location": (
                "Xã Tân Minh có Quốc lộ 1A đi qua, thuận lợi giao thương với thị trấn Tân Nghĩa và các tỉnh Đông Nam "
                "Bộ; địa hình tương đối bằng phẳng xen lẫn đồi thấp."
            ),
            "economy": (
                "Bên cạnh sản xuất lúa, cao su, điều và chăn nuôi, thương mại, dịch vụ dọc quốc lộ phát triển khá; "
                "nhiều lao động trẻ làm việc tại các doanh nghiệp trong và ngoài tỉnh."
            ),
            "society": (
                "Xã chú trọng bảo đảm an ninh trật tự, an toàn giao thông trên tuyến quốc lộ; các mô hình tự quản ở "
                "khu dân cư phát huy hiệu quả."
            ),
            "outlook": (
                "Xã đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính, phát triển thương mại, dịch vụ và nâng "
                "cao chất lượng các tiêu chí nông thôn mới."
            ),
        },
    },
    {
        "slug": "tan-duc",
        "kind": "commune",
        "name": "Xã Tân Đức",
        "email": f"ubndxa-tanduc@{MAIL_DOMAIN}",
        "trusted": False,
        "contact": {
            "editorial_head": "Chủ tịch UBND xã Tân Đức",
            "address": "Thôn 1, xã Tân Đức, huyện Hàm Tân, tỉnh Bình Thuận",
            "phone": "(0252) 3879488",
        },
        "welcome_note": (
            "Tân Đức là xã vùng sâu giáp tỉnh Đồng Nai, với những đồi cao su, điều trải dài và đời sống nhân dân "
            "ngày càng khởi sắc."
        ),
        "about": {
            "location": (
                "Xã Tân Đức nằm ở phía Tây Bắc huyện Hàm Tân, giáp tỉnh Đồng Nai; địa hình đồi lượn sóng, có nhiều "
                "suối nhỏ, đất đai phù hợp với cây công nghiệp lâu năm."
            ),
            "economy": (
                "Kinh tế chủ yếu dựa vào cao su, điều và chăn nuôi; một phần diện tích được chuyển sang trồng cây ăn "
                "quả. Nhiều lao động làm công nhân tại các nông trường, doanh nghiệp trên địa bàn và vùng lân cận."
            ),
            "society": (
                "Trường học, trạm y tế và điện lưới đã về đến các thôn; công tác giảm nghèo bền vững và chăm lo gia "
                "đình chính sách được quan tâm."
            ),
            "outlook": (
                "Xã tập trung nâng cao chất lượng nguồn nhân lực, ứng dụng công nghệ thông tin trong quản lý, điều "
                "hành và cung cấp thông tin kịp thời trên trang thông tin điện tử của xã."
            ),
        },
    },
]
