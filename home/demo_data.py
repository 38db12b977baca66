"""Demo data: huyện Hàm Tân (tỉnh Bình Thuận), its communes, departments, users and content.

Plain structures only; `home.demo` turns them into units, sites, users and pages.

A page is a dict with `slug`, `title`, `summary` and `body`, a list of (block, value):
"heading" and "paragraph" take plain text (the loader escapes it), "list" a list of plain
texts, "quote" a (text, attribution) pair and "source" the unit credited under a news item.
A news item also has `date` (month, day): the loader dates it on the latest such day before
today, so the demo always shows recent news in the right season; `{year}` in its text
becomes that year. Templates below use `{unit}` for the unit's name inside a sentence
("xã Tân Hà") and the contact fields (`{address}`, `{phone}`, ...).
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
    "tin-tuc-su-kien": "Tin tức về hoạt động lãnh đạo, chỉ đạo, điều hành và đời sống kinh tế – xã hội của {unit}.",
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
        "tin-tuc-su-kien": [
            {
                "slug": "ban-bien-tap-hop-danh-gia-hoat-dong-9-thang",
                "title": "Ban biên tập Trang thông tin điện tử huyện họp đánh giá hoạt động 9 tháng đầu năm {year}",
                "date": (10, 6),
                "summary": (
                    "Ban biên tập đánh giá kết quả hoạt động của Trang thông tin điện tử huyện 9 tháng đầu năm và "
                    "triển khai nhiệm vụ những tháng cuối năm."
                ),
                "body": [
                    (
                        "paragraph",
                        "Sáng ngày 06/10, tại phòng họp Ủy ban nhân dân huyện, Ban biên tập Trang thông tin điện "
                        "tử huyện Hàm Tân họp đánh giá tình hình hoạt động 9 tháng đầu năm và triển khai nhiệm vụ "
                        "những tháng cuối năm {year}. Đồng chí Phó Chủ tịch UBND huyện chủ trì cuộc họp; dự họp có "
                        "các thành viên Ban biên tập, lãnh đạo Phòng Văn hóa và Thông tin, Đài Truyền thanh – "
                        "Truyền hình huyện và Văn phòng HĐND&UBND huyện.",
                    ),
                    (
                        "paragraph",
                        "Theo báo cáo của cơ quan thường trực, trong 9 tháng qua Trang thông tin điện tử huyện "
                        "hoạt động ổn định, cập nhật kịp thời thông tin về lãnh đạo, chỉ đạo, điều hành, tình hình "
                        "kinh tế – xã hội, quốc phòng, an ninh của huyện; văn bản chỉ đạo và thủ tục hành chính "
                        "được đăng tải đầy đủ. Số tin bài do các phòng, ban và các xã, thị trấn gửi về tăng so với "
                        "cùng kỳ.",
                    ),
                    (
                        "paragraph",
                        "Cuộc họp cũng chỉ ra một số hạn chế: một số đơn vị, địa phương chưa thường xuyên gửi tin "
                        "bài; một số ảnh đăng kèm tin chưa ghi rõ tác giả, nguồn; chuyên mục Hỏi đáp còn ít câu "
                        "hỏi được trả lời.",
                    ),
                    (
                        "quote",
                        (
                            "Mỗi cơ quan, đơn vị, địa phương phải xem việc cung cấp thông tin lên Trang thông tin "
                            "điện tử là nhiệm vụ thường xuyên; tin bài phải kịp thời, chính xác và bảo đảm quy định "
                            "về bản quyền.",
                            "Phó Chủ tịch UBND huyện",
                        ),
                    ),
                    (
                        "paragraph",
                        "Kết luận cuộc họp, đồng chí chủ trì đề nghị Văn phòng HĐND&UBND huyện phối hợp với Phòng "
                        "Văn hóa và Thông tin rà soát, kiện toàn Ban biên tập, nâng cao chất lượng tin bài và "
                        "hướng dẫn cộng tác viên các xã, thị trấn sử dụng tài khoản biên tập trên hệ thống mới.",
                    ),
                    ("source", "Văn phòng HĐND&UBND"),
                ],
            },
            {
                "slug": "nhieu-don-vi-tham-gia-viet-tin-bai",
                "title": "Nhiều đơn vị tham gia viết tin bài trên Trang thông tin điện tử huyện trong tháng 10",
                "date": (11, 3),
                "summary": (
                    "Trong tháng 10, các phòng, ban và địa phương gửi tin bài vượt chỉ tiêu, phản ánh kịp thời "
                    "hoạt động của huyện; một số đơn vị vẫn chưa tham gia."
                ),
                "body": [
                    (
                        "paragraph",
                        "Trong tháng 10/{year}, Ban biên tập Trang thông tin điện tử huyện đã gửi thư điện tử nhắc "
                        "các cơ quan thuộc huyện và Ủy ban nhân dân các xã, thị trấn tham gia viết tin bài. Nhờ "
                        "đó, nhiều đơn vị đã tích cực cộng tác, giúp nội dung trang của huyện thêm phong phú.",
                    ),
                    (
                        "paragraph",
                        "Các đơn vị tham gia viết tin bài trong tháng gồm Đài TT-TH, Phòng VH&TT, Phòng TC-KH, "
                        "Phòng Nội vụ, Phòng LĐTB&XH, Phòng Y tế, Phòng GD&ĐT, Ban QLDA và Ủy ban nhân dân xã Tân "
                        "Hà. Tin bài phản ánh kịp thời hoạt động lãnh đạo, điều hành, công tác chuẩn bị tuyển "
                        "quân, tình hình sản xuất nông nghiệp và các phong trào ở cơ sở.",
                    ),
                    (
                        "paragraph",
                        "Bên cạnh đó, vẫn còn một số phòng, ban và địa phương chưa gửi tin bài trong tháng. Ban "
                        "biên tập đề nghị các đơn vị thực hiện nghiêm chỉ đạo của Ủy ban nhân dân huyện; kết quả "
                        "tham gia cung cấp thông tin là một trong những tiêu chí đánh giá mức độ ứng dụng công "
                        "nghệ thông tin của các cơ quan, đơn vị, địa phương hằng năm.",
                    ),
                    ("source", "Ban biên tập Trang thông tin điện tử huyện"),
                ],
            },
            {
                "slug": "ngay-hoi-tong-quan",
                "title": "Ngày hội tòng quân huyện Hàm Tân năm {year}",
                "date": (2, 26),
                "summary": "Các tân binh của huyện Hàm Tân lên đường nhập ngũ trong không khí trang trọng, phấn khởi.",
                "body": [
                    (
                        "paragraph",
                        "Sáng ngày 26/02, tại Trung tâm Văn hóa Thông tin và Thể thao huyện, Hội đồng Nghĩa vụ quân "
                        "sự huyện Hàm Tân tổ chức lễ giao nhận quân năm {year}. Dự buổi lễ có lãnh đạo Huyện ủy, "
                        "HĐND, UBND, Ủy ban Mặt trận Tổ quốc Việt Nam huyện, Ban Chỉ huy Quân sự huyện, các đơn vị "
                        "nhận quân cùng đông đảo gia đình tân binh và nhân dân.",
                    ),
                    (
                        "paragraph",
                        "Trong không khí Ngày hội tòng quân, các tân binh được gặp mặt, tặng quà và động viên trước "
                        "khi lên đường. Công tác tuyển chọn, gọi công dân nhập ngũ năm nay được các xã, thị trấn "
                        "thực hiện công khai, dân chủ, đúng quy trình; nhiều thanh niên đã tốt nghiệp cao đẳng, đại "
                        "học tình nguyện lên đường nhập ngũ.",
                    ),
                    (
                        "quote",
                        (
                            "Các em hãy phát huy truyền thống quê hương, ra sức học tập, rèn luyện, hoàn thành tốt "
                            "nhiệm vụ được giao, xứng đáng với niềm tin của gia đình và nhân dân huyện nhà.",
                            "Chủ tịch UBND huyện, Chủ tịch Hội đồng Nghĩa vụ quân sự huyện",
                        ),
                    ),
                    (
                        "paragraph",
                        "Sau lễ giao quân, các xã, thị trấn tiếp tục thực hiện tốt chính sách hậu phương quân đội, "
                        "thăm hỏi, hỗ trợ các gia đình có con em lên đường thực hiện nghĩa vụ quân sự.",
                    ),
                    ("source", "Đài TT-TH"),
                ],
            },
            {
                "slug": "san-xuat-nong-nghiep-6-thang-dau-nam",
                "title": "Sản xuất nông nghiệp 6 tháng đầu năm {year}: cây trồng chủ lực phát triển ổn định",
                "date": (7, 10),
                "summary": (
                    "Các cây trồng chủ lực của huyện phát triển ổn định; nông dân chủ động chuyển đổi cây trồng kém "
                    "hiệu quả và áp dụng tiến bộ kỹ thuật."
                ),
                "body": [
                    (
                        "paragraph",
                        "Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, 6 tháng đầu năm {year}, sản xuất "
                        "nông nghiệp trên địa bàn cơ bản thuận lợi. Vụ Đông Xuân đã thu hoạch xong; các địa phương "
                        "đang xuống giống vụ Hè Thu theo lịch thời vụ, bảo đảm nước tưới từ các công trình thủy lợi.",
                    ),
                    ("heading", "Cây công nghiệp và cây ăn quả"),
                    (
                        "paragraph",
                        "Cao su, điều và thanh long tiếp tục là các cây trồng chủ lực. Nhiều hộ đã chuyển đổi diện "
                        "tích điều già cỗi, năng suất thấp sang trồng cây ăn quả hoặc trồng xen; các hợp tác xã, tổ "
                        "hợp tác được hướng dẫn sản xuất theo hướng an toàn và liên kết tiêu thụ sản phẩm.",
                    ),
                    ("heading", "Chăn nuôi và thủy sản"),
                    (
                        "paragraph",
                        "Đàn gia súc, gia cầm ổn định, không phát sinh dịch bệnh lớn; công tác tiêm phòng được thực "
                        "hiện theo kế hoạch. Ở các xã ven biển, khai thác và nuôi trồng thủy sản được duy trì; người "
                        "nuôi tôm được khuyến cáo tuân thủ lịch thời vụ và các biện pháp an toàn sinh học.",
                    ),
                    (
                        "paragraph",
                        "Trong 6 tháng cuối năm, ngành nông nghiệp huyện tiếp tục theo dõi sát diễn biến thời tiết, "
                        "sâu bệnh, chủ động phương án phòng, chống thiên tai, hạn hán và hướng dẫn nông dân chăm sóc "
                        "cây trồng, vật nuôi.",
                    ),
                    ("source", "Phòng NN&PTNT"),
                ],
            },
            {
                "slug": "day-manh-cai-cach-hanh-chinh",
                "title": "Đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp",
                "date": (9, 15),
                "summary": (
                    "Hàm Tân tiếp tục đơn giản hóa thủ tục, mở rộng dịch vụ công trực tuyến và nâng cao chất lượng "
                    "hoạt động của Bộ phận Một cửa các cấp."
                ),
                "body": [
                    (
                        "paragraph",
                        "Thời gian qua, Ủy ban nhân dân huyện Hàm Tân đã chỉ đạo các cơ quan chuyên môn và Ủy ban "
                        "nhân dân các xã, thị trấn đẩy mạnh cải cách hành chính, lấy sự hài lòng của người dân, "
                        "doanh nghiệp làm thước đo chất lượng phục vụ.",
                    ),
                    ("heading", "Một cửa và dịch vụ công trực tuyến"),
                    (
                        "paragraph",
                        "Bộ phận Tiếp nhận và Trả kết quả của huyện và các xã, thị trấn niêm yết công khai, đầy đủ "
                        "thủ tục hành chính; hồ sơ được tiếp nhận, giải quyết và trả kết quả đúng hạn. Người dân "
                        "được hướng dẫn nộp hồ sơ trên Cổng Dịch vụ công quốc gia, thanh toán phí, lệ phí trực tuyến "
                        "và nhận kết quả qua dịch vụ bưu chính công ích.",
                    ),
                    (
                        "paragraph",
                        "Thủ tục thuộc thẩm quyền giải quyết của huyện, của xã được công bố tại chuyên mục Thủ tục "
                        "hành chính, kèm thành phần hồ sơ, thời hạn giải quyết và mẫu đơn, tờ khai.",
                    ),
                    (
                        "quote",
                        (
                            "Cải cách hành chính phải đi vào thực chất; cán bộ, công chức phải hướng dẫn tận tình, "
                            "giải quyết hồ sơ đúng hạn, không để người dân phải đi lại nhiều lần.",
                            "Chủ tịch UBND huyện Hàm Tân",
                        ),
                    ),
                    (
                        "paragraph",
                        "Thời gian tới, huyện tiếp tục rà soát, đơn giản hóa thủ tục, số hóa hồ sơ và kết quả giải "
                        "quyết thủ tục hành chính, tăng cường kiểm tra công vụ, xử lý nghiêm các trường hợp gây "
                        "phiền hà cho người dân.",
                    ),
                    ("source", "Phòng Nội vụ"),
                ],
            },
            {
                "slug": "tap-huan-viet-tin-bai-cho-cong-tac-vien",
                "title": "Tập huấn nghiệp vụ viết tin bài và bảo đảm bản quyền cho cộng tác viên",
                "date": (5, 21),
                "summary": (
                    "Cán bộ, công chức và cộng tác viên các phòng, ban, xã, thị trấn được hướng dẫn kỹ năng viết "
                    "tin, chụp ảnh và các quy định về quyền tác giả."
                ),
                "body": [
                    (
                        "paragraph",
                        "Ngày 21/5, Phòng Văn hóa và Thông tin huyện phối hợp với Văn phòng HĐND&UBND huyện tổ "
                        "chức lớp tập huấn nghiệp vụ viết tin bài cho cán bộ, công chức, cộng tác viên của các "
                        "phòng, ban và Ủy ban nhân dân các xã, thị trấn.",
                    ),
                    (
                        "paragraph",
                        "Học viên được hướng dẫn cách viết tin, bài ngắn gọn, chính xác; cách chụp và chọn ảnh minh "
                        "họa; quy trình gửi tin bài, duyệt và xuất bản trên hệ thống trang thông tin điện tử của "
                        "huyện và các xã, thị trấn.",
                    ),
                    ("heading", "Lưu ý về bản quyền"),
                    (
                        "paragraph",
                        "Lớp học phổ biến các quy định về quyền tác giả: chỉ đăng ảnh, tư liệu do đơn vị tự thực "
                        "hiện hoặc đã được tác giả, cơ quan chủ quản đồng ý; ghi rõ tác giả, nguồn; không đăng lại "
                        "nguyên văn tin bài của báo chí khi chưa được phép; không gắn liên kết quảng cáo trên trang "
                        "của cơ quan nhà nước.",
                    ),
                    (
                        "quote",
                        (
                            "Trang thông tin điện tử của cơ quan nhà nước phải đăng tải thông tin chính thống, chính "
                            "xác và tôn trọng quyền tác giả.",
                            "Trưởng phòng Văn hóa và Thông tin huyện",
                        ),
                    ),
                    ("source", "Phòng VH&TT"),
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
        "news": [
            {
                "slug": "ra-quan-lap-lai-trat-tu-via-he",
                "title": "Tân Nghĩa ra quân lập lại trật tự lòng đường, vỉa hè dọc Quốc lộ 1A",
                "date": (4, 8),
                "summary": (
                    "Thị trấn vận động các hộ kinh doanh tháo dỡ mái che, bảng hiệu lấn chiếm, trả lại lối đi cho "
                    "người đi bộ."
                ),
                "body": [
                    (
                        "paragraph",
                        "Sáng ngày 08/4, Ủy ban nhân dân thị trấn Tân Nghĩa phối hợp với Công an thị trấn và Ban "
                        "Quản lý các công trình công cộng huyện ra quân lập lại trật tự lòng đường, vỉa hè trên các "
                        "tuyến đường trung tâm và đoạn Quốc lộ 1A qua địa bàn.",
                    ),
                    (
                        "paragraph",
                        "Trước đợt ra quân, thị trấn đã tuyên truyền trên hệ thống loa truyền thanh và gửi thông "
                        "báo đến từng hộ kinh doanh. Phần lớn các hộ tự giác tháo dỡ mái che, bảng hiệu lấn chiếm, "
                        "sắp xếp hàng hóa gọn gàng; lực lượng ra quân nhắc nhở, hướng dẫn các trường hợp còn vi phạm.",
                    ),
                    (
                        "quote",
                        (
                            "Chúng tôi chủ yếu vận động, nhắc nhở; mục tiêu là người dân tự giác giữ vỉa hè thông "
                            "thoáng, phố phường sạch đẹp.",
                            "Lãnh đạo UBND thị trấn Tân Nghĩa",
                        ),
                    ),
                    (
                        "paragraph",
                        "Sau đợt ra quân, thị trấn duy trì tổ kiểm tra thường xuyên, gắn việc giữ gìn trật tự vỉa hè "
                        "với tiêu chí bình xét khu phố văn hóa hằng năm.",
                    ),
                    ("source", "UBND thị trấn Tân Nghĩa"),
                ],
            },
            {
                "slug": "tuyen-duong-hoc-sinh-tieu-bieu",
                "title": "Thị trấn Tân Nghĩa tuyên dương học sinh tiêu biểu",
                "date": (8, 18),
                "summary": (
                    "Học sinh đạt giải các kỳ thi học sinh giỏi và học sinh vượt khó học giỏi được khen thưởng trước "
                    "thềm năm học mới."
                ),
                "body": [
                    (
                        "paragraph",
                        "Ngày 18/8, Hội Khuyến học thị trấn Tân Nghĩa phối hợp với Ủy ban nhân dân thị trấn tổ chức "
                        "lễ tuyên dương, khen thưởng học sinh có thành tích xuất sắc trong năm học vừa qua.",
                    ),
                    (
                        "paragraph",
                        "Các em được khen thưởng là học sinh đạt giải trong kỳ thi học sinh giỏi cấp huyện, cấp tỉnh, "
                        "học sinh trúng tuyển đại học với kết quả cao và học sinh vượt khó học giỏi. Phần thưởng do "
                        "các nhà hảo tâm, doanh nghiệp trên địa bàn và quỹ khuyến học thị trấn trao tặng.",
                    ),
                    (
                        "quote",
                        (
                            "Thành tích của các em là niềm tự hào của gia đình, nhà trường và quê hương Tân Nghĩa.",
                            "Chủ tịch Hội Khuyến học thị trấn",
                        ),
                    ),
                    (
                        "paragraph",
                        "Dịp này, thị trấn phát động phong trào xây dựng gia đình học tập, dòng họ học tập và cộng "
                        "đồng học tập tại các khu phố.",
                    ),
                    ("source", "UBND thị trấn Tân Nghĩa"),
                ],
            },
        ],
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
        "news": [
            {
                "slug": "ra-quan-lam-duong-giao-thong-nong-thon",
                "title": "Tân Hà ra quân làm đường giao thông nông thôn năm {year}",
                "date": (3, 22),
                "summary": (
                    "Người dân các thôn góp công, hiến đất cùng chính quyền bê tông hóa các tuyến đường nội thôn."
                ),
                "body": [
                    (
                        "paragraph",
                        "Sáng ngày 22/3, Ủy ban nhân dân xã Tân Hà tổ chức lễ ra quân làm đường giao thông nông thôn "
                        "năm {year}. Tham gia ra quân có cán bộ, đoàn viên thanh niên, hội viên các đoàn thể và đông "
                        "đảo nhân dân các thôn.",
                    ),
                    (
                        "paragraph",
                        "Năm nay, xã tập trung bê tông hóa các tuyến đường nội thôn còn lại và nâng cấp một số tuyến "
                        "đường ra khu sản xuất. Nhiều hộ dân đã tự nguyện hiến đất, tháo dỡ hàng rào, chặt bỏ cây "
                        "trồng để mở rộng mặt đường.",
                    ),
                    (
                        "quote",
                        (
                            "Có đường bê tông, xe chở nông sản vào tận vườn, mùa mưa bà con đi lại cũng không còn "
                            "lầy lội như trước.",
                            "Một người dân thôn 3, xã Tân Hà",
                        ),
                    ),
                    (
                        "paragraph",
                        "Ủy ban nhân dân xã giao các thôn thành lập ban giám sát cộng đồng để theo dõi chất lượng "
                        "công trình và công khai các khoản đóng góp của nhân dân.",
                    ),
                    ("source", "UBND xã Tân Hà"),
                ],
            },
            {
                "slug": "tap-huan-ky-thuat-cham-soc-cay-dieu",
                "title": "Hội Nông dân xã Tân Hà tập huấn kỹ thuật chăm sóc cây điều",
                "date": (6, 5),
                "summary": "Hội viên nông dân được hướng dẫn tỉa cành, bón phân và phòng trừ sâu bệnh cho vườn điều.",
                "body": [
                    (
                        "paragraph",
                        "Ngày 05/6, Hội Nông dân xã Tân Hà phối hợp với cán bộ kỹ thuật ngành nông nghiệp huyện tổ "
                        "chức lớp tập huấn kỹ thuật chăm sóc cây điều cho hội viên nông dân trong xã.",
                    ),
                    (
                        "paragraph",
                        "Nông dân được hướng dẫn tỉa cành tạo tán, bón phân cân đối, quản lý cỏ dại và phòng trừ các "
                        "loại sâu bệnh thường gặp như bọ xít muỗi, sâu đục thân, bệnh thán thư. Cán bộ kỹ thuật cũng "
                        "giới thiệu cách ghép cải tạo vườn điều già cỗi bằng giống mới.",
                    ),
                    (
                        "paragraph",
                        "Sau phần lý thuyết, học viên thực hành ngay tại vườn điều của một hộ dân trong thôn. Hội "
                        "Nông dân xã sẽ tiếp tục tổ chức các lớp tập huấn về cây ăn quả và chăn nuôi trong thời "
                        "gian tới.",
                    ),
                    ("source", "Hội Nông dân xã Tân Hà"),
                ],
            },
            {
                "slug": "ngay-hoi-dai-doan-ket-toan-dan-toc",
                "title": "Các thôn xã Tân Hà tổ chức Ngày hội Đại đoàn kết toàn dân tộc",
                "date": (11, 16),
                "summary": (
                    "Hướng tới ngày truyền thống Mặt trận Tổ quốc Việt Nam 18/11, các thôn của xã Tân Hà đồng loạt "
                    "tổ chức Ngày hội Đại đoàn kết."
                ),
                "body": [
                    (
                        "paragraph",
                        "Hướng tới kỷ niệm ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11), ngày 16/11, Ban "
                        "Công tác Mặt trận các thôn của xã Tân Hà đồng loạt tổ chức Ngày hội Đại đoàn kết toàn dân "
                        "tộc.",
                    ),
                    (
                        "paragraph",
                        "Tại ngày hội, các thôn ôn lại truyền thống của Mặt trận, đánh giá kết quả cuộc vận động "
                        "“Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” và biểu dương các gia đình văn "
                        "hóa tiêu biểu. Nhiều suất quà được trao cho hộ nghèo, hộ có hoàn cảnh khó khăn.",
                    ),
                    (
                        "paragraph",
                        "Phần hội diễn ra sôi nổi với các tiết mục văn nghệ, trò chơi dân gian do chính người dân "
                        "trong thôn biểu diễn, góp phần gắn kết tình làng nghĩa xóm.",
                    ),
                    ("source", "UBND xã Tân Hà"),
                ],
            },
        ],
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
        "news": [
            {
                "slug": "tiep-suc-mua-thi",
                "title": "Đoàn Thanh niên xã Thắng Hải ra quân Tiếp sức mùa thi năm {year}",
                "date": (6, 24),
                "summary": (
                    "Đội hình thanh niên tình nguyện hỗ trợ thí sinh và phụ huynh trong kỳ thi tốt nghiệp trung học "
                    "phổ thông."
                ),
                "body": [
                    (
                        "paragraph",
                        "Sáng ngày 24/6, Đoàn Thanh niên xã Thắng Hải ra quân chương trình Tiếp sức mùa thi năm "
                        "{year}, hỗ trợ thí sinh trên địa bàn tham dự kỳ thi tốt nghiệp trung học phổ thông.",
                    ),
                    (
                        "paragraph",
                        "Các đoàn viên tình nguyện hướng dẫn thí sinh tìm phòng thi, giữ xe, cung cấp nước uống miễn "
                        "phí và điểm nghỉ chân cho phụ huynh; đồng thời đưa đón thí sinh ở thôn xa, có hoàn cảnh khó "
                        "khăn đến điểm thi đúng giờ.",
                    ),
                    (
                        "quote",
                        (
                            "Được các anh chị đưa đón tận nơi, em yên tâm hơn nhiều, chỉ cần tập trung làm bài thật "
                            "tốt.",
                            "Một thí sinh ở xã Thắng Hải",
                        ),
                    ),
                    (
                        "paragraph",
                        "Chương trình được duy trì suốt thời gian diễn ra kỳ thi, góp phần cùng ngành giáo dục bảo "
                        "đảm kỳ thi an toàn, nghiêm túc.",
                    ),
                    ("source", "Đoàn Thanh niên xã Thắng Hải"),
                ],
            },
            {
                "slug": "chu-dong-phong-chong-thien-tai",
                "title": "Thắng Hải chủ động phòng, chống thiên tai mùa mưa bão",
                "date": (10, 14),
                "summary": (
                    "Xã rà soát các hộ dân ven biển, kiểm tra tàu thuyền và chuẩn bị phương án di dời khi có bão."
                ),
                "body": [
                    (
                        "paragraph",
                        "Trước diễn biến phức tạp của thời tiết những tháng cuối năm, Ban Chỉ huy phòng, chống thiên "
                        "tai và tìm kiếm cứu nạn xã Thắng Hải đã triển khai các biện pháp ứng phó với mưa lớn, triều "
                        "cường và gió mạnh trên biển.",
                    ),
                    (
                        "paragraph",
                        "Xã rà soát các hộ sống sát mép biển, nhà ở không bảo đảm an toàn; kiểm tra trang thiết bị "
                        "an toàn trên tàu thuyền; hướng dẫn ngư dân theo dõi bản tin thời tiết và giữ liên lạc "
                        "thường xuyên với đất liền. Các điểm tránh trú tạm thời tại trường học, nhà văn hóa thôn "
                        "được chuẩn bị sẵn sàng.",
                    ),
                    (
                        "quote",
                        (
                            "Phương châm bốn tại chỗ được quán triệt đến từng thôn, từng hộ; không để bị động, bất "
                            "ngờ khi thiên tai xảy ra.",
                            "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã Thắng Hải",
                        ),
                    ),
                    ("source", "UBND xã Thắng Hải"),
                ],
            },
        ],
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
        "news": [
            {
                "slug": "nuoi-tom-an-toan-sinh-hoc",
                "title": "Người nuôi tôm Sơn Mỹ áp dụng quy trình nuôi an toàn sinh học",
                "date": (8, 12),
                "summary": (
                    "Nhiều hộ nuôi tôm đầu tư ao lắng, lót bạt và kiểm soát môi trường nước để hạn chế dịch bệnh."
                ),
                "body": [
                    (
                        "paragraph",
                        "Những năm gần đây, nuôi tôm là nghề mang lại thu nhập chính cho nhiều hộ dân xã Sơn Mỹ. Để "
                        "hạn chế rủi ro dịch bệnh, các hộ nuôi đã từng bước áp dụng quy trình nuôi an toàn sinh học "
                        "theo hướng dẫn của ngành nông nghiệp.",
                    ),
                    ("heading", "Kiểm soát từ con giống đến nguồn nước"),
                    (
                        "paragraph",
                        "Người nuôi chọn con giống có nguồn gốc rõ ràng, đã qua kiểm dịch; ao nuôi được lót bạt, có "
                        "ao lắng xử lý nước trước khi cấp vào ao; định kỳ kiểm tra các chỉ tiêu môi trường nước. "
                        "Nước thải sau nuôi được xử lý, không xả trực tiếp ra sông, ra biển.",
                    ),
                    (
                        "quote",
                        (
                            "Làm bài bản thì chi phí ban đầu cao hơn, nhưng tôm ít bệnh, vụ nuôi ổn định hơn hẳn.",
                            "Một hộ nuôi tôm ở xã Sơn Mỹ",
                        ),
                    ),
                    (
                        "paragraph",
                        "Ủy ban nhân dân xã khuyến khích các hộ liên kết thành tổ hợp tác, cùng tuân thủ lịch thời vụ "
                        "và báo ngay khi phát hiện dấu hiệu dịch bệnh để ngành chuyên môn hỗ trợ xử lý.",
                    ),
                    ("source", "UBND xã Sơn Mỹ"),
                ],
            },
            {
                "slug": "ra-quan-lam-sach-bai-bien",
                "title": "Sơn Mỹ ra quân làm sạch bãi biển hưởng ứng Chiến dịch Làm cho thế giới sạch hơn",
                "date": (9, 20),
                "summary": (
                    "Cán bộ, đoàn viên và người dân thu gom rác thải trên bãi biển, tuyên truyền giảm rác thải nhựa."
                ),
                "body": [
                    (
                        "paragraph",
                        "Sáng ngày 20/9, Ủy ban nhân dân xã Sơn Mỹ phối hợp với Đoàn Thanh niên, Hội Liên hiệp Phụ nữ "
                        "xã ra quân làm sạch bãi biển, hưởng ứng Chiến dịch Làm cho thế giới sạch hơn năm {year}.",
                    ),
                    (
                        "paragraph",
                        "Các lực lượng đã thu gom rác thải, phát quang bụi rậm dọc bờ biển và khu vực bến thuyền. "
                        "Đoàn viên thanh niên phát tờ rơi, vận động người dân và du khách hạn chế dùng túi ni lông, "
                        "đồ nhựa dùng một lần.",
                    ),
                    (
                        "paragraph",
                        "Xã sẽ duy trì ra quân vệ sinh môi trường vào sáng Chủ nhật hằng tháng và bố trí thêm thùng "
                        "rác tại những điểm đông người dọc bờ biển.",
                    ),
                    ("source", "Đoàn Thanh niên xã Sơn Mỹ"),
                ],
            },
        ],
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
        "news": [
            {
                "slug": "nao-vet-kenh-muong-noi-dong",
                "title": "Tân Xuân nạo vét kênh mương nội đồng chuẩn bị vụ Hè Thu",
                "date": (4, 20),
                "summary": (
                    "Người dân các thôn góp công nạo vét, phát quang kênh mương, bảo đảm nước tưới cho vụ lúa Hè Thu."
                ),
                "body": [
                    (
                        "paragraph",
                        "Chuẩn bị cho vụ Hè Thu năm {year}, Ủy ban nhân dân xã Tân Xuân đã vận động nhân dân các "
                        "thôn ra quân nạo vét, phát quang các tuyến kênh mương nội đồng.",
                    ),
                    (
                        "paragraph",
                        "Trong những ngày ra quân, hàng trăm lượt người dân cùng máy móc đã khơi thông dòng chảy, "
                        "gia cố bờ kênh bị sạt lở, dọn sạch rác và bùn đất bồi lắng. Các tổ dùng nước được kiện toàn "
                        "để điều tiết nước tưới hợp lý giữa các cánh đồng.",
                    ),
                    (
                        "quote",
                        (
                            "Kênh thông thoáng thì nước về đều, bà con yên tâm xuống giống đúng lịch thời vụ.",
                            "Tổ trưởng tổ dùng nước thôn 2, xã Tân Xuân",
                        ),
                    ),
                    ("source", "UBND xã Tân Xuân"),
                ],
            },
            {
                "slug": "trao-nha-dai-doan-ket",
                "title": "Trao nhà Đại đoàn kết cho hộ nghèo ở xã Tân Xuân",
                "date": (10, 25),
                "summary": "Căn nhà mới được xây dựng từ Quỹ Vì người nghèo và sự chung tay của bà con lối xóm.",
                "body": [
                    (
                        "paragraph",
                        "Ngày 25/10, Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Xuân tổ chức lễ bàn giao nhà Đại đoàn "
                        "kết cho một hộ nghèo ở thôn 3.",
                    ),
                    (
                        "paragraph",
                        "Căn nhà được xây dựng kiên cố từ Quỹ Vì người nghèo các cấp, cùng ngày công của đoàn viên "
                        "thanh niên, hội viên các đoàn thể và bà con lối xóm. Trước đây, gia đình sống trong căn nhà "
                        "tạm đã xuống cấp.",
                    ),
                    (
                        "paragraph",
                        "Thời gian tới, Mặt trận và các đoàn thể xã tiếp tục vận động nguồn lực xã hội, hỗ trợ hộ "
                        "nghèo, hộ cận nghèo sửa chữa, xây mới nhà ở để yên tâm lao động sản xuất.",
                    ),
                    ("source", "UBMTTQ Việt Nam xã Tân Xuân"),
                ],
            },
        ],
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
        "news": [
            {
                "slug": "chong-den-thanh-long-trai-vu",
                "title": "Nông dân Sông Phan chong đèn chăm sóc thanh long trái vụ",
                "date": (11, 10),
                "summary": (
                    "Vào mùa chong đèn, nông dân xã Sông Phan tập trung chăm sóc vườn thanh long, dùng đèn tiết kiệm "
                    "điện và hạn chế thuốc bảo vệ thực vật."
                ),
                "body": [
                    (
                        "paragraph",
                        "Những ngày này, nhiều vườn thanh long ở xã Sông Phan sáng đèn mỗi đêm. Nông dân chong đèn "
                        "kích thích cây ra hoa để thu hoạch trái vụ vào dịp cuối năm và Tết Nguyên đán, khi giá bán "
                        "thường cao hơn chính vụ.",
                    ),
                    (
                        "paragraph",
                        "Nhiều hộ đã chuyển sang bóng đèn LED tiết kiệm điện, dùng phân hữu cơ, hạn chế thuốc bảo vệ "
                        "thực vật và ghi chép nhật ký sản xuất để đáp ứng yêu cầu của thương lái, doanh nghiệp thu "
                        "mua.",
                    ),
                    (
                        "quote",
                        (
                            "Giờ thương lái hỏi nhật ký sản xuất, hỏi phun thuốc gì, nên mình phải làm đúng quy trình "
                            "thì mới bán được giá.",
                            "Một nông dân trồng thanh long ở xã Sông Phan",
                        ),
                    ),
                    (
                        "paragraph",
                        "Ủy ban nhân dân xã khuyến cáo bà con không tự ý đấu nối điện, thường xuyên kiểm tra hệ thống "
                        "dây dẫn trong vườn để bảo đảm an toàn trong mùa chong đèn.",
                    ),
                    ("source", "UBND xã Sông Phan"),
                ],
            },
            {
                "slug": "phong-chong-chay-rung-mua-kho",
                "title": "Sông Phan tăng cường phòng, chống cháy rừng mùa khô",
                "date": (3, 6),
                "summary": (
                    "Xã tổ chức tuần tra, vận động người dân không đốt thực bì, đốt rác gần rừng trong cao điểm mùa "
                    "khô."
                ),
                "body": [
                    (
                        "paragraph",
                        "Trong cao điểm mùa khô năm {year}, Ủy ban nhân dân xã Sông Phan đã kiện toàn Ban Chỉ huy "
                        "phòng cháy, chữa cháy rừng, phân công dân quân, kiểm lâm địa bàn và các hộ nhận khoán bảo "
                        "vệ rừng tuần tra thường xuyên.",
                    ),
                    (
                        "paragraph",
                        "Các hộ sống gần rừng ký cam kết không đốt thực bì, đốt rác bừa bãi; xã treo bảng cấm lửa "
                        "tại các lối vào rừng, phát quang đường băng cản lửa và chuẩn bị sẵn dụng cụ chữa cháy tại "
                        "các chòi canh.",
                    ),
                    (
                        "quote",
                        (
                            "Mỗi người dân sống gần rừng là một người giữ rừng; phát hiện cháy phải báo ngay cho "
                            "chính quyền và lực lượng chức năng.",
                            "Ban Chỉ huy phòng cháy, chữa cháy rừng xã Sông Phan",
                        ),
                    ),
                    ("source", "UBND xã Sông Phan"),
                ],
            },
        ],
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
        "news": [
            {
                "slug": "ho-tro-chuyen-doi-cay-trong",
                "title": "Tân Phúc hỗ trợ nông dân chuyển đổi cây trồng kém hiệu quả",
                "date": (5, 14),
                "summary": (
                    "Xã hướng dẫn nông dân chọn giống, cải tạo vườn và tìm đầu ra khi chuyển đổi vườn điều, cao su "
                    "già cỗi."
                ),
                "body": [
                    (
                        "paragraph",
                        "Thực hiện chủ trương chuyển đổi cơ cấu cây trồng, Ủy ban nhân dân xã Tân Phúc đã phối hợp "
                        "với ngành nông nghiệp huyện hướng dẫn nông dân chuyển diện tích điều, cao su già cỗi, năng "
                        "suất thấp sang cây ăn quả có giá trị kinh tế cao hơn.",
                    ),
                    (
                        "paragraph",
                        "Nông dân được tư vấn chọn giống phù hợp thổ nhưỡng, hướng dẫn làm đất, tưới tiết kiệm nước "
                        "và trồng xen để có thu nhập trong thời gian cây ăn quả chưa cho trái. Xã cũng khuyến cáo bà "
                        "con không chuyển đổi ồ ạt, chạy theo giá thị trường.",
                    ),
                    (
                        "quote",
                        (
                            "Chuyển đổi phải có tính toán, gắn với đầu ra sản phẩm; xã sẽ đồng hành cùng bà con từ "
                            "khâu chọn giống đến kết nối tiêu thụ.",
                            "Lãnh đạo UBND xã Tân Phúc",
                        ),
                    ),
                    ("source", "UBND xã Tân Phúc"),
                ],
            },
            {
                "slug": "chuan-bi-tuyen-quan",
                "title": "Tân Phúc chuẩn bị công tác tuyển chọn, gọi công dân nhập ngũ",
                "date": (11, 18),
                "summary": (
                    "Xã rà soát nguồn thanh niên trong độ tuổi và tuyên truyền Luật Nghĩa vụ quân sự đến từng thôn."
                ),
                "body": [
                    (
                        "paragraph",
                        "Chuẩn bị cho công tác tuyển chọn, gọi công dân nhập ngũ năm tới, Hội đồng Nghĩa vụ quân sự "
                        "xã Tân Phúc đã rà soát, nắm chắc nguồn thanh niên trong độ tuổi gọi nhập ngũ ở các thôn.",
                    ),
                    (
                        "paragraph",
                        "Ban Chỉ huy Quân sự xã phối hợp với các thôn tuyên truyền Luật Nghĩa vụ quân sự, vận động "
                        "thanh niên và gia đình sẵn sàng tham gia sơ tuyển, khám sức khỏe theo kế hoạch của huyện. "
                        "Việc tuyển chọn được thực hiện công khai, dân chủ tại từng thôn.",
                    ),
                    (
                        "paragraph",
                        "Xã phấn đấu tuyển chọn đủ chỉ tiêu, bảo đảm chất lượng, không để xảy ra sai sót trong công "
                        "tác tuyển quân.",
                    ),
                    ("source", "Ban Chỉ huy Quân sự xã Tân Phúc"),
                ],
            },
        ],
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
        "news": [
            {
                "slug": "camera-an-ninh-khu-dan-cu",
                "title": "Tân Minh nhân rộng mô hình camera an ninh ở khu dân cư",
                "date": (7, 22),
                "summary": (
                    "Camera lắp từ nguồn xã hội hóa tại các tuyến đường chính, ngã ba, ngã tư giúp giữ gìn an ninh "
                    "trật tự."
                ),
                "body": [
                    (
                        "paragraph",
                        "Thời gian qua, Công an xã Tân Minh phối hợp với các thôn vận động nhân dân, doanh nghiệp "
                        "đóng góp lắp đặt camera an ninh tại các tuyến đường chính, ngã ba, ngã tư và nơi đông dân cư.",
                    ),
                    (
                        "paragraph",
                        "Hình ảnh từ camera giúp lực lượng chức năng kịp thời phát hiện, xử lý các vụ việc về trật tự "
                        "xã hội, tai nạn giao thông; đồng thời nâng cao ý thức chấp hành pháp luật của người tham gia "
                        "giao thông trên tuyến quốc lộ.",
                    ),
                    (
                        "quote",
                        (
                            "Từ khi có camera, trộm cắp vặt ở khu dân cư giảm hẳn, bà con yên tâm làm ăn.",
                            "Trưởng thôn 2, xã Tân Minh",
                        ),
                    ),
                    (
                        "paragraph",
                        "Xã tiếp tục vận động lắp thêm camera ở các thôn còn lại, hướng tới mỗi khu dân cư đều có "
                        "điểm giám sát an ninh.",
                    ),
                    ("source", "Công an xã Tân Minh"),
                ],
            },
            {
                "slug": "huong-dan-nop-ho-so-truc-tuyen",
                "title": "Tân Minh đẩy mạnh hướng dẫn người dân nộp hồ sơ trực tuyến",
                "date": (8, 27),
                "summary": (
                    "Tổ công nghệ số cộng đồng hỗ trợ người dân tạo tài khoản và nộp hồ sơ trên Cổng Dịch vụ công."
                ),
                "body": [
                    (
                        "paragraph",
                        "Nhằm đẩy mạnh chuyển đổi số, Ủy ban nhân dân xã Tân Minh phân công công chức Bộ phận Một cửa "
                        "và tổ công nghệ số cộng đồng các thôn trực tiếp hướng dẫn người dân nộp hồ sơ thủ tục hành "
                        "chính trực tuyến.",
                    ),
                    (
                        "paragraph",
                        "Người dân được hỗ trợ kích hoạt tài khoản định danh điện tử, đăng nhập Cổng Dịch vụ công "
                        "quốc gia, chụp và tải hồ sơ, thanh toán phí, lệ phí trực tuyến. Các thủ tục như chứng thực, "
                        "đăng ký khai sinh, đăng ký kết hôn được nhiều người lựa chọn nộp trực tuyến.",
                    ),
                    (
                        "quote",
                        (
                            "Ban đầu tôi còn lúng túng, được cán bộ chỉ tận tình nên giờ tự làm được ở nhà, khỏi phải "
                            "đi lại.",
                            "Một người dân thôn 4, xã Tân Minh",
                        ),
                    ),
                    ("source", "UBND xã Tân Minh"),
                ],
            },
        ],
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
        "news": [
            {
                "slug": "tap-huan-viet-tin-bai",
                "title": "Tân Đức tập huấn viết tin bài cho cán bộ, công chức xã",
                "date": (3, 11),
                "summary": (
                    "Sau góp ý của Ban biên tập huyện, xã tổ chức tập huấn để nâng cao chất lượng tin bài gửi đăng."
                ),
                "body": [
                    (
                        "paragraph",
                        "Ngày 11/3, Ủy ban nhân dân xã Tân Đức tổ chức tập huấn kỹ năng viết tin bài cho cán bộ, "
                        "công chức và cộng tác viên các thôn, với sự hướng dẫn của cán bộ Phòng Văn hóa và Thông tin "
                        "huyện.",
                    ),
                    (
                        "paragraph",
                        "Thời gian qua, một số tin bài của xã gửi lên Trang thông tin điện tử huyện chưa được đăng do "
                        "nội dung chưa phù hợp, thiếu thông tin về thời gian, địa điểm hoặc dùng ảnh chưa rõ nguồn. "
                        "Tại buổi tập huấn, học viên được hướng dẫn viết tin ngắn đủ các yếu tố ai, làm gì, ở đâu, "
                        "khi nào, cùng cách ghi tác giả và nguồn ảnh.",
                    ),
                    (
                        "quote",
                        (
                            "Tin ở cơ sở phải nhanh nhưng phải đúng; viết điều mình trực tiếp chứng kiến, dùng ảnh "
                            "mình tự chụp là an toàn nhất.",
                            "Cán bộ Phòng Văn hóa và Thông tin huyện",
                        ),
                    ),
                    (
                        "paragraph",
                        "Sau tập huấn, xã giao công chức Văn hóa – Xã hội làm đầu mối tổng hợp, biên tập tin bài "
                        "trước khi trình lãnh đạo xã duyệt và gửi đăng.",
                    ),
                    ("source", "UBND xã Tân Đức"),
                ],
            },
            {
                "slug": "tham-tang-qua-gia-dinh-chinh-sach",
                "title": "Tân Đức thăm, tặng quà gia đình chính sách nhân ngày Thương binh – Liệt sĩ",
                "date": (7, 25),
                "summary": (
                    "Nhân kỷ niệm ngày Thương binh – Liệt sĩ 27/7, lãnh đạo xã thăm, tặng quà các gia đình chính "
                    "sách, người có công."
                ),
                "body": [
                    (
                        "paragraph",
                        "Nhân kỷ niệm ngày Thương binh – Liệt sĩ 27/7, ngày 25/7, đoàn công tác của Đảng ủy, HĐND, "
                        "UBND, Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Đức đã đến thăm, tặng quà các gia đình thương "
                        "binh, liệt sĩ và người có công với cách mạng trên địa bàn.",
                    ),
                    (
                        "paragraph",
                        "Tại mỗi gia đình, đoàn ân cần hỏi thăm sức khỏe, đời sống, bày tỏ lòng tri ân đối với những "
                        "hy sinh, cống hiến của thương binh, thân nhân liệt sĩ; đồng thời lắng nghe tâm tư, nguyện "
                        "vọng để kịp thời giải quyết chế độ, chính sách.",
                    ),
                    (
                        "paragraph",
                        "Cùng ngày, Đoàn Thanh niên xã tổ chức thắp nến tri ân các anh hùng liệt sĩ.",
                    ),
                    ("source", "UBND xã Tân Đức"),
                ],
            },
        ],
    },
]
