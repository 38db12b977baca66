"""Demo news of the demo district (huyện Hàm Tân) and its communes, as article data.

Plain structures only; `articles.demo` turns them into published `ArticlePage`s under each
site's "Tin tức – Sự kiện" section when the demo loader sends `demo_district_loaded`.

An item is a dict with `kind` (an `ArticleKind`), `title`, `summary` (the sapo), `body`,
`author` (the byline), `tags`, and optionally `featured` and `source` ({"name", "url",
"permission"} for content taken from another outlet, required for press reviews). `date`
(month, day) and `time` (hour, minute) date it on the latest such day before the day the demo
is loaded, so the demo always shows recent news in the right season. `body` is a list of
(block, value): "paragraph" and "heading" take plain text (escaped when loaded), "list" a list
of plain texts, "quote" a (text, attribution) pair. `{year}` in the summary, body or source
permission becomes the item's year; titles take no placeholder, since the page is found again
by the slug of its title.

District items name their contributing unit (`unit`, a department's name or short name as in
the seed articles); a commune's items are credited to the commune itself.
"""

from .models import ArticleKind

# Intro of each site's news section; `{unit}` is the unit's name inside a sentence ("xã Tân Hà").
NEWS_SECTION_INTRO = "Tin tức về hoạt động lãnh đạo, chỉ đạo, điều hành và đời sống kinh tế – xã hội của {unit}."

# News of the district's own site.
DISTRICT_NEWS = [
    {
        "kind": ArticleKind.NEWS,
        "title": "Nhiều đơn vị tham gia viết tin bài trên Trang thông tin điện tử huyện trong tháng 10",
        "date": (11, 3),
        "time": (15, 2),
        "author": "Huỳnh Ngọc Nghĩa",
        "unit": "Văn phòng HĐND&UBND",
        "tags": ["Ban biên tập", "tin bài", "cộng tác viên"],
        "summary": (
            "Trong tháng 10, 09 đơn vị và 01 địa phương gửi 19 tin bài, vượt chỉ tiêu tỉnh giao; vẫn còn 09 phòng, "
            "ban và 07 xã, thị trấn chưa gửi tin bài cho trang của huyện."
        ),
        "body": [
            (
                "paragraph",
                "Tháng 10/{year} (từ ngày 20/9 đến ngày 19/10), Ban biên tập Trang thông tin điện tử huyện đã gửi thư "
                "điện tử nhắc nhở các cơ quan thuộc huyện và các địa phương tham gia viết tin bài. Nhờ đó, nhiều đơn "
                "vị đã tham gia viết tin bài, giúp nội dung thông tin trên Trang thông tin điện tử của huyện thêm "
                "phong phú.",
            ),
            (
                "paragraph",
                "Có 09 đơn vị và 01 địa phương tham gia viết tin bài: Đài TT-TH, Văn phòng HĐND&UBND, Phòng VH&TT, "
                "Phòng TC-KH, Phòng Nội vụ, Phòng LĐTB&XH, Phòng Y tế, Phòng GD&ĐT, Ban QLDA và UBND xã Tân Hà. "
                "Phòng VH&TT phối hợp chặt chẽ với Văn phòng HĐND&UBND đưa tin bài kịp thời lên trang. Số lượng tin "
                "bài trong tháng vượt chỉ tiêu tỉnh giao (19/12 tin bài), phản ánh kịp thời hoạt động lãnh đạo, điều "
                "hành, công tác chuẩn bị tuyển quân, tình hình sản xuất nông nghiệp và các phong trào ở cơ sở.",
            ),
            ("heading", "Đơn vị, địa phương chưa gửi tin bài trong tháng"),
            (
                "list",
                [
                    "Phòng, ban, đơn vị thuộc huyện: Phòng TN&MT, Thanh tra huyện, Trung tâm GDNN-GDTX, Trung tâm "
                    "Phát triển quỹ đất, Phòng Kinh tế - Hạ tầng, Phòng Tư pháp, Phòng NN&PTNT, Ban quản lý CTCC, "
                    "Trung tâm VHTT&TT;",
                    "UBND các xã, thị trấn: Thắng Hải, Sơn Mỹ, Tân Xuân, Tân Nghĩa, Sông Phan, Tân Phúc, Tân Minh. "
                    "Riêng UBND xã Tân Đức có gửi tin bài nhưng nội dung chưa phù hợp.",
                ],
            ),
            (
                "paragraph",
                "Thời gian qua, số lượng tin bài trên Trang thông tin điện tử của huyện khá ổn định, nội dung được "
                "đầu tư nhờ sự cộng tác của nhiều đơn vị, địa phương. Để phản ánh toàn diện hơn, các đơn vị, địa "
                "phương cần thực hiện nghiêm chỉ đạo của UBND huyện về việc tham gia viết tin bài; đây cũng là một "
                "trong những nội dung xếp loại ứng dụng công nghệ thông tin của các đơn vị, địa phương hằng năm.",
            ),
        ],
    },
    {
        "kind": ArticleKind.NEWS,
        "title": "Sở Thông tin và Truyền thông kiểm tra việc chấp hành pháp luật về trang thông tin điện tử tại huyện",
        "date": (10, 21),
        "time": (17, 10),
        "author": "Thanh Huyền",
        "unit": "Phòng VH&TT",
        "tags": ["bản quyền", "trang thông tin điện tử", "kiểm tra"],
        "summary": (
            "Đoàn kiểm tra ghi nhận trang của huyện cập nhật thường xuyên, đồng thời yêu cầu kiểm tra kỹ bản quyền "
            "trước khi đăng phóng sự, ảnh, điểm báo và gỡ bỏ các liên kết quảng cáo không đủ điều kiện."
        ),
        "body": [
            (
                "paragraph",
                "Ngày 20/10, tại UBND huyện, đoàn kiểm tra của Sở Thông tin và Truyền thông tỉnh do Chánh Thanh tra "
                "Sở làm trưởng đoàn đã làm việc với huyện Hàm Tân về việc chấp hành pháp luật đối với trang thông "
                "tin điện tử và ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước. Làm việc với đoàn "
                "có Phó Chủ tịch UBND huyện, lãnh đạo Văn phòng HĐND&UBND, Phòng Văn hóa và Thông tin, Phòng Tài "
                "chính – Kế hoạch và Công an huyện.",
            ),
            (
                "paragraph",
                "Đoàn đã kiểm tra trực tiếp Trang thông tin điện tử của huyện và trang của các xã, thị trấn: việc cập "
                "nhật tin bài, đăng tải văn bản chỉ đạo, điều hành và thủ tục hành chính; quy trình biên tập, duyệt "
                "tin bài; thông tin tác giả, nguồn và văn bản cho phép đăng lại của ảnh, phóng sự, tin điểm báo; các "
                "liên kết, biểu ngữ đặt trên trang.",
            ),
            (
                "paragraph",
                "Sở ghi nhận trang của huyện hoạt động ổn định; chuyên mục Tin tức – Sự kiện phản ánh khá đầy đủ, "
                "kịp thời hoạt động trên các lĩnh vực từ cơ sở đến huyện; văn bản và thủ tục hành chính được cập "
                "nhật đầy đủ, góp phần nâng cao hiệu quả cải cách hành chính.",
            ),
            ("heading", "Những nội dung cần khắc phục"),
            (
                "list",
                [
                    "Kiểm tra kỹ điều kiện bản quyền trước khi đăng tải phóng sự, ảnh và mục Điểm báo; tin điểm báo "
                    "phải ghi rõ báo gốc, đường dẫn bài gốc và văn bản đồng ý cho đăng lại;",
                    "Gỡ bỏ các liên kết quảng cáo không đủ điều kiện trên trang của huyện và các xã, thị trấn;",
                    "Hướng dẫn, chỉ đạo các xã, thị trấn chấn chỉnh việc đăng tải thông tin khi chưa có bản quyền;",
                    "Nâng cao hiệu quả sử dụng hộp thư công vụ trong giao dịch công việc.",
                ],
            ),
            (
                "quote",
                (
                    "Huyện tiếp thu đầy đủ ý kiến của đoàn kiểm tra; Văn phòng HĐND&UBND phối hợp với Phòng Văn hóa "
                    "và Thông tin rà soát toàn bộ ảnh, liên kết trên trang của huyện và các xã, thị trấn, hoàn thành "
                    "trong tháng 11.",
                    "Phó Chủ tịch UBND huyện Hàm Tân",
                ),
            ),
        ],
    },
    {
        "kind": ArticleKind.NEWS,
        "title": "Ban biên tập Trang thông tin điện tử huyện họp đánh giá hoạt động 9 tháng đầu năm",
        "date": (10, 6),
        "time": (16, 20),
        "author": "Thu Hiền",
        "unit": "Văn phòng HĐND&UBND",
        "tags": ["Ban biên tập", "trang thông tin điện tử"],
        "summary": (
            "Ban biên tập đánh giá kết quả hoạt động của Trang thông tin điện tử huyện 9 tháng đầu năm và triển khai "
            "nhiệm vụ những tháng cuối năm."
        ),
        "body": [
            (
                "paragraph",
                "Sáng ngày 06/10, tại phòng họp UBND huyện, Ban biên tập Trang thông tin điện tử huyện Hàm Tân họp "
                "đánh giá tình hình hoạt động 9 tháng đầu năm và triển khai nhiệm vụ những tháng cuối năm {year}. "
                "Đồng chí Phó Chủ tịch UBND huyện chủ trì cuộc họp; dự họp có các thành viên Ban biên tập, lãnh đạo "
                "Phòng Văn hóa và Thông tin, Đài Truyền thanh – Truyền hình huyện và Văn phòng HĐND&UBND huyện.",
            ),
            (
                "paragraph",
                "Theo báo cáo của cơ quan thường trực, trong 9 tháng qua Trang thông tin điện tử huyện hoạt động ổn "
                "định, cập nhật kịp thời thông tin về lãnh đạo, chỉ đạo, điều hành, tình hình kinh tế – xã hội, quốc "
                "phòng, an ninh của huyện; văn bản chỉ đạo và thủ tục hành chính được đăng tải đầy đủ. Số tin bài do "
                "các phòng, ban và các xã, thị trấn gửi về tăng so với cùng kỳ.",
            ),
            (
                "paragraph",
                "Cuộc họp cũng chỉ ra một số hạn chế: một số đơn vị, địa phương chưa thường xuyên gửi tin bài; một số "
                "ảnh đăng kèm tin chưa ghi rõ tác giả, nguồn; chuyên mục Hỏi đáp còn ít câu hỏi được trả lời.",
            ),
            (
                "quote",
                (
                    "Mỗi cơ quan, đơn vị, địa phương phải xem việc cung cấp thông tin lên Trang thông tin điện tử là "
                    "nhiệm vụ thường xuyên; tin bài phải kịp thời, chính xác và bảo đảm quy định về bản quyền.",
                    "Phó Chủ tịch UBND huyện",
                ),
            ),
            (
                "paragraph",
                "Kết luận cuộc họp, đồng chí chủ trì đề nghị Văn phòng HĐND&UBND huyện phối hợp với Phòng Văn hóa và "
                "Thông tin rà soát, kiện toàn Ban biên tập, nâng cao chất lượng tin bài và hướng dẫn cộng tác viên các "
                "xã, thị trấn sử dụng tài khoản biên tập trên hệ thống mới.",
            ),
        ],
    },
    {
        "kind": ArticleKind.ARTICLE,
        "title": "Đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp",
        "date": (9, 15),
        "time": (9, 30),
        "author": "Hoài Thương",
        "unit": "Phòng Nội vụ",
        "tags": ["cải cách hành chính", "dịch vụ công trực tuyến"],
        "summary": (
            "Hàm Tân tiếp tục đơn giản hóa thủ tục, mở rộng dịch vụ công trực tuyến và nâng cao chất lượng hoạt động "
            "của Bộ phận Một cửa các cấp."
        ),
        "body": [
            (
                "paragraph",
                "Thời gian qua, UBND huyện Hàm Tân đã chỉ đạo các cơ quan chuyên môn và UBND các xã, thị trấn đẩy "
                "mạnh cải cách hành chính, lấy sự hài lòng của người dân, doanh nghiệp làm thước đo chất lượng phục "
                "vụ.",
            ),
            ("heading", "Một cửa và dịch vụ công trực tuyến"),
            (
                "paragraph",
                "Bộ phận Tiếp nhận và Trả kết quả của huyện và các xã, thị trấn niêm yết công khai, đầy đủ thủ tục "
                "hành chính; hồ sơ được tiếp nhận, giải quyết và trả kết quả đúng hạn. Người dân được hướng dẫn nộp "
                "hồ sơ trên Cổng Dịch vụ công quốc gia, thanh toán phí, lệ phí trực tuyến và nhận kết quả qua dịch vụ "
                "bưu chính công ích.",
            ),
            (
                "paragraph",
                "Thủ tục thuộc thẩm quyền giải quyết của huyện, của xã được công bố tại chuyên mục Thủ tục hành chính, "
                "kèm thành phần hồ sơ, thời hạn giải quyết và mẫu đơn, tờ khai.",
            ),
            (
                "quote",
                (
                    "Cải cách hành chính phải đi vào thực chất; cán bộ, công chức phải hướng dẫn tận tình, giải quyết "
                    "hồ sơ đúng hạn, không để người dân phải đi lại nhiều lần.",
                    "Chủ tịch UBND huyện Hàm Tân",
                ),
            ),
            (
                "paragraph",
                "Thời gian tới, huyện tiếp tục rà soát, đơn giản hóa thủ tục, số hóa hồ sơ và kết quả giải quyết thủ "
                "tục hành chính, tăng cường kiểm tra công vụ, xử lý nghiêm các trường hợp gây phiền hà cho người dân.",
            ),
        ],
    },
    {
        "kind": ArticleKind.NEWS,
        "title": "Các xã, thị trấn của huyện Hàm Tân có trang thông tin điện tử riêng trên hệ thống chung",
        "date": (8, 5),
        "time": (10, 0),
        "author": "Uyên Phương",
        "unit": "Văn phòng HĐND&UBND",
        "tags": ["chuyển đổi số", "trang thông tin điện tử"],
        "featured": True,
        "summary": (
            "09 xã, thị trấn được cấp trang thông tin điện tử và tài khoản biên tập; tin bài của xã được lãnh đạo xã "
            "duyệt và Ban biên tập huyện phê duyệt trước khi xuất bản."
        ),
        "body": [
            (
                "paragraph",
                "Ngày 05/8, UBND huyện tổ chức hội nghị triển khai hệ thống trang thông tin điện tử dùng chung cho "
                "huyện và 09 xã, thị trấn. Mỗi xã, thị trấn có trang riêng với địa chỉ riêng và các chuyên mục thống "
                "nhất: Giới thiệu, Tin tức – Sự kiện, Văn bản, Thủ tục hành chính, Hỏi đáp, Liên hệ.",
            ),
            (
                "paragraph",
                "Cán bộ, công chức phụ trách được cấp tài khoản theo vai trò: biên tập viên viết và gửi duyệt tin bài, "
                "lãnh đạo xã duyệt tin, cộng tác viên viết bản nháp. Tin bài của xã được lãnh đạo xã duyệt, sau đó "
                "Ban biên tập huyện phê duyệt trước khi xuất bản; riêng thị trấn Tân Nghĩa được tự xuất bản sau khi "
                "lãnh đạo thị trấn duyệt.",
            ),
            (
                "paragraph",
                "Ảnh và tài liệu đăng tải phải ghi rõ tác giả, nguồn và căn cứ được phép sử dụng; tin lấy từ báo chí "
                "phải có văn bản đồng ý của cơ quan báo chí.",
            ),
            (
                "quote",
                (
                    "Trang thông tin của xã là kênh gần dân nhất; mỗi xã phải cử người phụ trách, cập nhật thường "
                    "xuyên, không để trang trống tin.",
                    "Chánh Văn phòng HĐND&UBND huyện, Trưởng Ban biên tập",
                ),
            ),
        ],
    },
    {
        "kind": ArticleKind.ARTICLE,
        "title": "Sản xuất nông nghiệp 6 tháng đầu năm: cây trồng chủ lực phát triển ổn định",
        "date": (7, 10),
        "time": (14, 40),
        "author": "Ngọc Ánh",
        "unit": "Phòng NN&PTNT",
        "tags": ["nông nghiệp", "cây trồng", "chăn nuôi"],
        "summary": (
            "Các cây trồng chủ lực của huyện phát triển ổn định; nông dân chủ động chuyển đổi cây trồng kém hiệu quả "
            "và áp dụng tiến bộ kỹ thuật."
        ),
        "body": [
            (
                "paragraph",
                "Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, 6 tháng đầu năm {year}, sản xuất nông nghiệp "
                "trên địa bàn cơ bản thuận lợi. Vụ Đông Xuân đã thu hoạch xong; các địa phương đang xuống giống vụ Hè "
                "Thu theo lịch thời vụ, bảo đảm nước tưới từ các công trình thủy lợi.",
            ),
            ("heading", "Cây công nghiệp và cây ăn quả"),
            (
                "paragraph",
                "Cao su, điều và thanh long tiếp tục là các cây trồng chủ lực. Nhiều hộ đã chuyển đổi diện tích điều "
                "già cỗi, năng suất thấp sang trồng cây ăn quả hoặc trồng xen; các hợp tác xã, tổ hợp tác được hướng "
                "dẫn sản xuất theo hướng an toàn và liên kết tiêu thụ sản phẩm.",
            ),
            ("heading", "Chăn nuôi và thủy sản"),
            (
                "paragraph",
                "Đàn gia súc, gia cầm ổn định, không phát sinh dịch bệnh lớn; công tác tiêm phòng được thực hiện theo "
                "kế hoạch. Ở các xã ven biển, khai thác và nuôi trồng thủy sản được duy trì; người nuôi tôm được "
                "khuyến cáo tuân thủ lịch thời vụ và các biện pháp an toàn sinh học.",
            ),
            (
                "paragraph",
                "Trong 6 tháng cuối năm, ngành nông nghiệp huyện tiếp tục theo dõi sát diễn biến thời tiết, sâu bệnh, "
                "chủ động phương án phòng, chống thiên tai, hạn hán và hướng dẫn nông dân chăm sóc cây trồng, vật "
                "nuôi.",
            ),
        ],
    },
    {
        "kind": ArticleKind.NEWS,
        "title": "Tập huấn nghiệp vụ viết tin bài và bảo đảm bản quyền cho cộng tác viên",
        "date": (5, 21),
        "time": (16, 5),
        "author": "Huỳnh Ngọc Nghĩa",
        "unit": "Phòng VH&TT",
        "tags": ["cộng tác viên", "bản quyền", "tập huấn"],
        "summary": (
            "Cán bộ, công chức và cộng tác viên các phòng, ban, xã, thị trấn được hướng dẫn kỹ năng viết tin, chụp ảnh "
            "và các quy định về quyền tác giả."
        ),
        "body": [
            (
                "paragraph",
                "Ngày 21/5, Phòng Văn hóa và Thông tin huyện phối hợp với Văn phòng HĐND&UBND huyện tổ chức lớp tập "
                "huấn nghiệp vụ viết tin bài cho cán bộ, công chức, cộng tác viên của các phòng, ban và UBND các xã, "
                "thị trấn.",
            ),
            (
                "paragraph",
                "Học viên được hướng dẫn cách viết tin, bài ngắn gọn, chính xác; cách chụp và chọn ảnh minh họa; quy "
                "trình gửi tin bài, duyệt và xuất bản trên hệ thống trang thông tin điện tử của huyện và các xã, thị "
                "trấn.",
            ),
            ("heading", "Lưu ý về bản quyền"),
            (
                "paragraph",
                "Lớp học phổ biến các quy định về quyền tác giả: chỉ đăng ảnh, tư liệu do đơn vị tự thực hiện hoặc đã "
                "được tác giả, cơ quan chủ quản đồng ý; ghi rõ tác giả, nguồn; không đăng lại nguyên văn tin bài của "
                "báo chí khi chưa được phép; không gắn liên kết quảng cáo trên trang của cơ quan nhà nước.",
            ),
            (
                "quote",
                (
                    "Trang thông tin điện tử của cơ quan nhà nước phải đăng tải thông tin chính thống, chính xác và "
                    "tôn trọng quyền tác giả.",
                    "Trưởng phòng Văn hóa và Thông tin huyện",
                ),
            ),
        ],
    },
    {
        "kind": ArticleKind.REPORTAGE,
        "title": "Những người giữ rừng ở vùng đồi Hàm Tân",
        "date": (4, 2),
        "time": (19, 30),
        "author": "Quốc Bảo – Minh Tâm",
        "unit": "Đài TT-TH",
        "tags": ["bảo vệ rừng", "phòng cháy chữa cháy rừng", "phóng sự"],
        "summary": (
            "Cao điểm mùa khô, khi rừng phòng hộ dễ cháy nhất, những tổ bảo vệ rừng ở Hàm Tân thay nhau bám chòi "
            "canh, đi tuần suốt ngày đêm."
        ),
        "body": [
            (
                "paragraph",
                "Gần trưa, nắng đổ lửa trên những triền đồi phía Bắc huyện. Từ chòi canh lửa dựng bằng khung sắt cao "
                "gần chục mét, anh Lê Văn Hòa, tổ trưởng tổ bảo vệ rừng, đưa ống nhòm quan sát một lượt quanh khu "
                "rừng phòng hộ rồi mới cầm máy bộ đàm báo về trạm: “Mọi thứ bình thường”.",
            ),
            ("heading", "Mùa khô không rời rừng"),
            (
                "paragraph",
                "Tổ của anh Hòa có sáu người, nhận khoán bảo vệ hơn bốn trăm héc-ta rừng. Từ tháng 12 đến hết tháng "
                "4 năm sau, tổ chia nhau trực chòi canh cả ngày lẫn đêm; mỗi ngày hai lượt đi tuần theo các đường băng "
                "cản lửa, nhắc người vào rừng không mang lửa, không đốt thực bì.",
            ),
            (
                "quote",
                (
                    "Rừng mà cháy thì công sức mấy chục năm mất trong một buổi. Mùa này anh em ăn cơm ở chòi, tối ngủ "
                    "cũng ở chòi, thấy khói là biết ngay.",
                    "Anh Lê Văn Hòa, tổ trưởng tổ bảo vệ rừng",
                ),
            ),
            ("heading", "Giữ rừng bằng lòng dân"),
            (
                "paragraph",
                "Theo kiểm lâm địa bàn, phần lớn các vụ cháy rừng bắt nguồn từ việc đốt dọn rẫy, đốt rác gần rừng. Vì "
                "vậy, bên cạnh tuần tra, lực lượng bảo vệ rừng cùng chính quyền các xã đến từng hộ sống ven rừng vận "
                "động ký cam kết, hướng dẫn đốt dọn có kiểm soát và báo ngay khi phát hiện cháy.",
            ),
            (
                "paragraph",
                "Nhờ làm tốt công tác phòng ngừa, nhiều mùa khô liên tiếp trên địa bàn huyện không xảy ra cháy rừng "
                "lớn. Những cánh rừng phòng hộ đầu nguồn vẫn xanh, giữ nước cho các hồ thủy lợi, cho những cánh đồng "
                "và vườn cây ở hạ du.",
            ),
            (
                "quote",
                (
                    "Người giữ rừng vất vả, thu nhập không nhiều, nhưng anh em gắn bó vì hiểu rừng còn thì đồng ruộng, "
                    "làng xóm mới yên.",
                    "Một cán bộ kiểm lâm địa bàn huyện Hàm Tân",
                ),
            ),
        ],
    },
    {
        "kind": ArticleKind.NEWS,
        "title": "Hàm Tân tổ chức Ngày hội tòng quân, tiễn tân binh lên đường nhập ngũ",
        "date": (2, 26),
        "time": (10, 15),
        "author": "Quốc Bảo",
        "unit": "Đài TT-TH",
        "tags": ["nghĩa vụ quân sự", "tuyển quân"],
        "featured": True,
        "summary": "Các tân binh của huyện Hàm Tân lên đường nhập ngũ trong không khí trang trọng, phấn khởi.",
        "body": [
            (
                "paragraph",
                "Sáng ngày 26/02, tại Trung tâm Văn hóa Thông tin và Thể thao huyện, Hội đồng Nghĩa vụ quân sự huyện "
                "Hàm Tân tổ chức lễ giao nhận quân năm {year}. Dự buổi lễ có lãnh đạo Huyện ủy, HĐND, UBND, Ủy ban "
                "Mặt trận Tổ quốc Việt Nam huyện, Ban Chỉ huy Quân sự huyện, các đơn vị nhận quân cùng đông đảo gia "
                "đình tân binh và nhân dân.",
            ),
            (
                "paragraph",
                "Trong không khí Ngày hội tòng quân, các tân binh được gặp mặt, tặng quà và động viên trước khi lên "
                "đường. Công tác tuyển chọn, gọi công dân nhập ngũ năm nay được các xã, thị trấn thực hiện công khai, "
                "dân chủ, đúng quy trình; nhiều thanh niên đã tốt nghiệp cao đẳng, đại học tình nguyện lên đường nhập "
                "ngũ.",
            ),
            (
                "quote",
                (
                    "Các em hãy phát huy truyền thống quê hương, ra sức học tập, rèn luyện, hoàn thành tốt nhiệm vụ "
                    "được giao, xứng đáng với niềm tin của gia đình và nhân dân huyện nhà.",
                    "Chủ tịch UBND huyện, Chủ tịch Hội đồng Nghĩa vụ quân sự huyện",
                ),
            ),
            (
                "paragraph",
                "Sau lễ giao quân, các xã, thị trấn tiếp tục thực hiện tốt chính sách hậu phương quân đội, thăm hỏi, "
                "hỗ trợ các gia đình có con em lên đường thực hiện nghĩa vụ quân sự.",
            ),
        ],
    },
    {
        "kind": ArticleKind.PRESS_REVIEW,
        "title": "Hàm Tân: Chuyển đổi vườn điều già cỗi, nông dân tăng thu nhập",
        "date": (1, 20),
        "time": (9, 0),
        "author": "Ngọc Lân",
        "unit": "Văn phòng HĐND&UBND",
        "tags": ["điểm báo", "chuyển đổi cây trồng", "nông nghiệp"],
        "source": {
            "name": "Báo Bình Thuận",
            "url": "https://baobinhthuan.com.vn/ham-tan-chuyen-doi-vuon-dieu-gia-coi-nong-dan-tang-thu-nhap-128415.html",
            "permission": "Công văn số 15/BBT ngày 05/01/{year} của Báo Bình Thuận đồng ý cho đăng lại",
        },
        "summary": (
            "Báo Bình Thuận phản ánh việc nông dân các xã vùng đồi huyện Hàm Tân chuyển diện tích điều già cỗi sang "
            "cây ăn quả và trồng xen, từng bước nâng cao thu nhập."
        ),
        "body": [
            (
                "paragraph",
                "Nhiều diện tích điều trồng từ những năm 1990 ở các xã Tân Phúc, Tân Đức, Tân Hà nay đã già cỗi, năng "
                "suất thấp. Được ngành nông nghiệp huyện hướng dẫn, nông dân mạnh dạn cải tạo vườn, chuyển sang trồng "
                "sầu riêng, bơ, mít hoặc ghép cải tạo bằng giống điều cao sản.",
            ),
            (
                "paragraph",
                "Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, nhiều vườn cây ăn quả chuyển đổi từ các năm "
                "trước đã cho thu hoạch, thu nhập trên cùng diện tích cao hơn nhiều lần so với trồng điều thuần.",
            ),
            (
                "quote",
                (
                    "Trước đây mỗi sào điều chỉ thu được vài tạ hạt, giờ trồng xen sầu riêng, chăm đúng kỹ thuật thì "
                    "vườn cho thu nhập khá hơn nhiều.",
                    "Ông Nguyễn Văn T., nông dân xã Tân Phúc",
                ),
            ),
            (
                "paragraph",
                "Bài báo cũng lưu ý nông dân không chuyển đổi ồ ạt, cần tính toán nguồn nước tưới, đầu ra sản phẩm và "
                "làm theo hướng dẫn của ngành chuyên môn để tránh rủi ro.",
            ),
        ],
    },
    {
        "kind": ArticleKind.NEWS,
        "title": "Ban biên tập đề nghị các cơ quan, địa phương tăng cường gửi tin bài cho trang của huyện",
        "date": (1, 12),
        "time": (8, 45),
        "author": "Uyên Phương",
        "unit": "Văn phòng HĐND&UBND",
        "tags": ["Ban biên tập", "tin bài", "chỉ tiêu"],
        "summary": (
            "Mỗi phòng, ban gửi ít nhất 01 tin bài, mỗi xã, thị trấn đăng ít nhất 02 tin bài mỗi tháng; tin bài ghi "
            "rõ tác giả, đơn vị cung cấp và nguồn ảnh."
        ),
        "body": [
            (
                "paragraph",
                "Thực hiện chỉ đạo của UBND huyện về nâng cao chất lượng hoạt động của Trang thông tin điện tử, đầu "
                "năm {year}, Ban biên tập đã gửi thư điện tử đến các cơ quan chuyên môn, đơn vị sự nghiệp thuộc huyện "
                "và UBND các xã, thị trấn đề nghị tăng cường cung cấp tin bài.",
            ),
            (
                "paragraph",
                "Theo chỉ tiêu tỉnh giao, Trang thông tin điện tử huyện đăng tối thiểu 12 tin bài mỗi tháng về hoạt "
                "động của huyện, ngoài văn bản chỉ đạo, điều hành và thủ tục hành chính. Để bảo đảm chỉ tiêu và phản "
                "ánh đầy đủ hoạt động của các ngành, các địa phương, Ban biên tập đề nghị:",
            ),
            (
                "list",
                [
                    "Mỗi phòng, ban, đơn vị sự nghiệp thuộc huyện gửi ít nhất 01 tin bài mỗi tháng về hoạt động của "
                    "ngành;",
                    "UBND mỗi xã, thị trấn đăng ít nhất 02 tin bài mỗi tháng trên trang của địa phương; tin bài nổi "
                    "bật được Ban biên tập chọn đăng trên trang của huyện;",
                    "Tin bài gửi qua tài khoản biên tập trên hệ thống hoặc hộp thư công vụ, ghi rõ tác giả, đơn vị "
                    "cung cấp và nguồn ảnh;",
                    "Không sử dụng ảnh, tin bài của cơ quan báo chí, trang khác khi chưa được phép đăng lại.",
                ],
            ),
            (
                "paragraph",
                "Ban biên tập tổng hợp số tin bài của từng cơ quan, đơn vị, địa phương hằng tháng và thông báo trên "
                "Trang thông tin điện tử huyện; kết quả được dùng để đánh giá, xếp loại mức độ ứng dụng công nghệ "
                "thông tin cuối năm.",
            ),
            (
                "quote",
                (
                    "Thông tin trên trang của huyện chỉ phong phú khi ngành nào, địa phương nào cũng có người viết; đề "
                    "nghị thủ trưởng các đơn vị phân công cụ thể cán bộ phụ trách cung cấp tin bài.",
                    "Trưởng Ban biên tập Trang thông tin điện tử huyện",
                ),
            ),
        ],
    },
]

# News of each commune's site, by the commune's unit name.
COMMUNE_NEWS = {
    "Thị trấn Tân Nghĩa": [
        {
            "kind": ArticleKind.NEWS,
            "title": "Tân Nghĩa ra quân lập lại trật tự lòng đường, vỉa hè dọc Quốc lộ 1A",
            "date": (4, 8),
            "time": (10, 20),
            "author": "Minh Khoa",
            "tags": ["trật tự đô thị", "văn minh đô thị"],
            "featured": True,
            "summary": (
                "Thị trấn vận động các hộ kinh doanh tháo dỡ mái che, bảng hiệu lấn chiếm, trả lại lối đi cho người "
                "đi bộ."
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
                    "Trước đợt ra quân, thị trấn đã tuyên truyền trên hệ thống loa truyền thanh và gửi thông báo "
                    "đến từng hộ kinh doanh. Phần lớn các hộ tự giác tháo dỡ mái che, bảng hiệu lấn chiếm, sắp "
                    "xếp hàng hóa gọn gàng; lực lượng ra quân nhắc nhở, hướng dẫn các trường hợp còn vi phạm.",
                ),
                (
                    "quote",
                    (
                        (
                            "Chúng tôi chủ yếu vận động, nhắc nhở; mục tiêu là người dân tự giác giữ vỉa hè thông "
                            "thoáng, phố phường sạch đẹp."
                        ),
                        "Lãnh đạo UBND thị trấn Tân Nghĩa",
                    ),
                ),
                (
                    "paragraph",
                    "Sau đợt ra quân, thị trấn duy trì tổ kiểm tra thường xuyên, gắn việc giữ gìn trật tự vỉa hè "
                    "với tiêu chí bình xét khu phố văn hóa hằng năm.",
                ),
            ],
        },
        {
            "kind": ArticleKind.NEWS,
            "title": "Thị trấn Tân Nghĩa tuyên dương học sinh tiêu biểu",
            "date": (8, 18),
            "time": (16, 45),
            "author": "Ngọc Hân",
            "tags": ["khuyến học", "giáo dục"],
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
                    "Các em được khen thưởng là học sinh đạt giải trong kỳ thi học sinh giỏi cấp huyện, cấp "
                    "tỉnh, học sinh trúng tuyển đại học với kết quả cao và học sinh vượt khó học giỏi. Phần "
                    "thưởng do các nhà hảo tâm, doanh nghiệp trên địa bàn và quỹ khuyến học thị trấn trao tặng.",
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
            ],
        },
    ],
    "Xã Tân Hà": [
        {
            "kind": ArticleKind.NEWS,
            "title": "Tân Hà ra quân bê tông hóa đường giao thông nông thôn",
            "date": (3, 22),
            "time": (9, 15),
            "author": "Văn Thắng",
            "tags": ["nông thôn mới", "giao thông nông thôn"],
            "featured": True,
            "summary": "Người dân các thôn góp công, hiến đất cùng chính quyền bê tông hóa các tuyến đường nội thôn.",
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
                        (
                            "Có đường bê tông, xe chở nông sản vào tận vườn, mùa mưa bà con đi lại cũng không còn "
                            "lầy lội như trước."
                        ),
                        "Một người dân thôn 3, xã Tân Hà",
                    ),
                ),
                (
                    "paragraph",
                    "Ủy ban nhân dân xã giao các thôn thành lập ban giám sát cộng đồng để theo dõi chất lượng "
                    "công trình và công khai các khoản đóng góp của nhân dân.",
                ),
            ],
        },
        {
            "kind": ArticleKind.NEWS,
            "title": "Hội Nông dân xã Tân Hà tập huấn kỹ thuật chăm sóc cây điều",
            "date": (6, 5),
            "time": (15, 10),
            "author": "Thanh Tùng",
            "tags": ["nông nghiệp", "cây điều", "tập huấn"],
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
                    "Nông dân xã sẽ tiếp tục tổ chức các lớp tập huấn về cây ăn quả và chăn nuôi trong thời gian "
                    "tới.",
                ),
            ],
        },
        {
            "kind": ArticleKind.NEWS,
            "title": "Các thôn xã Tân Hà tổ chức Ngày hội Đại đoàn kết toàn dân tộc",
            "date": (11, 16),
            "time": (17, 30),
            "author": "Văn Thắng",
            "tags": ["Mặt trận Tổ quốc", "đại đoàn kết"],
            "summary": (
                "Hướng tới ngày truyền thống Mặt trận Tổ quốc Việt Nam 18/11, các thôn của xã Tân Hà đồng loạt tổ "
                "chức Ngày hội Đại đoàn kết."
            ),
            "body": [
                (
                    "paragraph",
                    "Hướng tới kỷ niệm ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11), ngày 16/11, Ban Công "
                    "tác Mặt trận các thôn của xã Tân Hà đồng loạt tổ chức Ngày hội Đại đoàn kết toàn dân tộc.",
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
            ],
        },
    ],
    "Xã Thắng Hải": [
        {
            "kind": ArticleKind.NEWS,
            "title": "Đoàn Thanh niên xã Thắng Hải ra quân Tiếp sức mùa thi",
            "date": (6, 24),
            "time": (11, 0),
            "author": "Hải Yến",
            "tags": ["thanh niên", "Tiếp sức mùa thi"],
            "featured": True,
            "summary": (
                "Đội hình thanh niên tình nguyện hỗ trợ thí sinh và phụ huynh trong kỳ thi tốt nghiệp trung học phổ "
                "thông."
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
                        ("Được các anh chị đưa đón tận nơi, em yên tâm hơn nhiều, chỉ cần tập trung làm bài thật tốt."),
                        "Một thí sinh ở xã Thắng Hải",
                    ),
                ),
                (
                    "paragraph",
                    "Chương trình được duy trì suốt thời gian diễn ra kỳ thi, góp phần cùng ngành giáo dục bảo "
                    "đảm kỳ thi an toàn, nghiêm túc.",
                ),
            ],
        },
        {
            "kind": ArticleKind.NEWS,
            "title": "Thắng Hải chủ động phòng, chống thiên tai mùa mưa bão",
            "date": (10, 14),
            "time": (14, 5),
            "author": "Công Danh",
            "tags": ["phòng chống thiên tai", "ngư dân"],
            "summary": "Xã rà soát các hộ dân ven biển, kiểm tra tàu thuyền và chuẩn bị phương án di dời khi có bão.",
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
                        (
                            "Phương châm bốn tại chỗ được quán triệt đến từng thôn, từng hộ; không để bị động, bất "
                            "ngờ khi thiên tai xảy ra."
                        ),
                        "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã Thắng Hải",
                    ),
                ),
            ],
        },
    ],
    "Xã Sơn Mỹ": [
        {
            "kind": ArticleKind.ARTICLE,
            "title": "Người nuôi tôm Sơn Mỹ áp dụng quy trình nuôi an toàn sinh học",
            "date": (8, 12),
            "time": (15, 40),
            "author": "Trọng Nhân",
            "tags": ["thủy sản", "nuôi tôm"],
            "featured": True,
            "summary": "Nhiều hộ nuôi tôm đầu tư ao lắng, lót bạt và kiểm soát môi trường nước để hạn chế dịch bệnh.",
            "body": [
                (
                    "paragraph",
                    "Những năm gần đây, nuôi tôm là nghề mang lại thu nhập chính cho nhiều hộ dân xã Sơn Mỹ. Để "
                    "hạn chế rủi ro dịch bệnh, các hộ nuôi đã từng bước áp dụng quy trình nuôi an toàn sinh học "
                    "theo hướng dẫn của ngành nông nghiệp.",
                ),
                (
                    "heading",
                    "Kiểm soát từ con giống đến nguồn nước",
                ),
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
                    "Ủy ban nhân dân xã khuyến khích các hộ liên kết thành tổ hợp tác, cùng tuân thủ lịch thời "
                    "vụ và báo ngay khi phát hiện dấu hiệu dịch bệnh để ngành chuyên môn hỗ trợ xử lý.",
                ),
            ],
        },
        {
            "kind": ArticleKind.NEWS,
            "title": "Sơn Mỹ ra quân làm sạch bãi biển hưởng ứng Chiến dịch Làm cho thế giới sạch hơn",
            "date": (9, 20),
            "time": (10, 30),
            "author": "Thu Trang",
            "tags": ["môi trường", "thanh niên"],
            "summary": (
                "Cán bộ, đoàn viên và người dân thu gom rác thải trên bãi biển, tuyên truyền giảm rác thải nhựa."
            ),
            "body": [
                (
                    "paragraph",
                    "Sáng ngày 20/9, Ủy ban nhân dân xã Sơn Mỹ phối hợp với Đoàn Thanh niên, Hội Liên hiệp Phụ "
                    "nữ xã ra quân làm sạch bãi biển, hưởng ứng Chiến dịch Làm cho thế giới sạch hơn năm {year}.",
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
            ],
        },
    ],
    "Xã Tân Xuân": [
        {
            "kind": ArticleKind.NEWS,
            "title": "Tân Xuân nạo vét kênh mương nội đồng chuẩn bị vụ Hè Thu",
            "date": (4, 20),
            "time": (16, 0),
            "author": "Quang Vinh",
            "tags": ["thủy lợi", "nông nghiệp"],
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
                # Copied from the provincial paper without recording the source: the lapse inspectors
                # flagged in seed 004, left in the demo for the compliance scan to find.
                ("paragraph", "(Theo Báo Bình Thuận)"),
            ],
        },
        {
            "kind": ArticleKind.NEWS,
            "title": "Trao nhà Đại đoàn kết cho hộ nghèo ở xã Tân Xuân",
            "date": (10, 25),
            "time": (9, 45),
            "author": "Bích Ngọc",
            "tags": ["giảm nghèo", "Mặt trận Tổ quốc"],
            "featured": True,
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
            ],
        },
    ],
    "Xã Sông Phan": [
        {
            "kind": ArticleKind.ARTICLE,
            "title": "Nông dân Sông Phan chong đèn chăm sóc thanh long trái vụ",
            "date": (11, 10),
            "time": (20, 15),
            "author": "Hữu Phước",
            "tags": ["thanh long", "nông nghiệp"],
            "featured": True,
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
                        (
                            "Giờ thương lái hỏi nhật ký sản xuất, hỏi phun thuốc gì, nên mình phải làm đúng quy "
                            "trình thì mới bán được giá."
                        ),
                        "Một nông dân trồng thanh long ở xã Sông Phan",
                    ),
                ),
                (
                    "paragraph",
                    "Ủy ban nhân dân xã khuyến cáo bà con không tự ý đấu nối điện, thường xuyên kiểm tra hệ "
                    "thống dây dẫn trong vườn để bảo đảm an toàn trong mùa chong đèn.",
                ),
            ],
        },
        {
            "kind": ArticleKind.NEWS,
            "title": "Sông Phan tăng cường phòng, chống cháy rừng mùa khô",
            "date": (3, 6),
            "time": (9, 0),
            "author": "Hữu Phước",
            "tags": ["bảo vệ rừng", "phòng cháy chữa cháy rừng"],
            "summary": (
                "Xã tổ chức tuần tra, vận động người dân không đốt thực bì, đốt rác gần rừng trong cao điểm mùa khô."
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
                        (
                            "Mỗi người dân sống gần rừng là một người giữ rừng; phát hiện cháy phải báo ngay cho "
                            "chính quyền và lực lượng chức năng."
                        ),
                        "Ban Chỉ huy phòng cháy, chữa cháy rừng xã Sông Phan",
                    ),
                ),
            ],
        },
    ],
    "Xã Tân Phúc": [
        {
            "kind": ArticleKind.ARTICLE,
            "title": "Tân Phúc hỗ trợ nông dân chuyển đổi cây trồng kém hiệu quả",
            "date": (5, 14),
            "time": (14, 20),
            "author": "Minh Đức",
            "tags": ["chuyển đổi cây trồng", "nông nghiệp"],
            "featured": True,
            "summary": (
                "Xã hướng dẫn nông dân chọn giống, cải tạo vườn và tìm đầu ra khi chuyển đổi vườn điều, "
                "cao su già cỗi."
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
                        (
                            "Chuyển đổi phải có tính toán, gắn với đầu ra sản phẩm; xã sẽ đồng hành cùng bà con từ "
                            "khâu chọn giống đến kết nối tiêu thụ."
                        ),
                        "Lãnh đạo UBND xã Tân Phúc",
                    ),
                ),
            ],
        },
        {
            "kind": ArticleKind.NEWS,
            "title": "Tân Phúc chuẩn bị công tác tuyển chọn, gọi công dân nhập ngũ",
            "date": (11, 18),
            "time": (8, 30),
            "author": "Văn Lực",
            "tags": ["nghĩa vụ quân sự", "tuyển quân"],
            "summary": "Xã rà soát nguồn thanh niên trong độ tuổi và tuyên truyền Luật Nghĩa vụ quân sự đến từng thôn.",
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
            ],
        },
    ],
    "Xã Tân Minh": [
        {
            "kind": ArticleKind.NEWS,
            "title": "Tân Minh nhân rộng mô hình camera an ninh ở khu dân cư",
            "date": (7, 22),
            "time": (10, 10),
            "author": "Hoàng Phúc",
            "tags": ["an ninh trật tự", "camera an ninh"],
            "featured": True,
            "summary": (
                "Camera lắp từ nguồn xã hội hóa tại các tuyến đường chính, ngã ba, ngã tư giúp giữ gìn "
                "an ninh trật tự."
            ),
            "body": [
                (
                    "paragraph",
                    "Thời gian qua, Công an xã Tân Minh phối hợp với các thôn vận động nhân dân, doanh nghiệp "
                    "đóng góp lắp đặt camera an ninh tại các tuyến đường chính, ngã ba, ngã tư và nơi đông dân "
                    "cư.",
                ),
                (
                    "paragraph",
                    "Hình ảnh từ camera giúp lực lượng chức năng kịp thời phát hiện, xử lý các vụ việc về trật "
                    "tự xã hội, tai nạn giao thông; đồng thời nâng cao ý thức chấp hành pháp luật của người tham "
                    "gia giao thông trên tuyến quốc lộ.",
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
            ],
        },
        {
            "kind": ArticleKind.NEWS,
            "title": "Tân Minh đẩy mạnh hướng dẫn người dân nộp hồ sơ trực tuyến",
            "date": (8, 27),
            "time": (15, 15),
            "author": "Kim Oanh",
            "tags": ["chuyển đổi số", "dịch vụ công trực tuyến"],
            "summary": "Tổ công nghệ số cộng đồng hỗ trợ người dân tạo tài khoản và nộp hồ sơ trên Cổng Dịch vụ công.",
            "body": [
                (
                    "paragraph",
                    "Nhằm đẩy mạnh chuyển đổi số, Ủy ban nhân dân xã Tân Minh phân công công chức Bộ phận Một "
                    "cửa và tổ công nghệ số cộng đồng các thôn trực tiếp hướng dẫn người dân nộp hồ sơ thủ tục "
                    "hành chính trực tuyến.",
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
                        (
                            "Ban đầu tôi còn lúng túng, được cán bộ chỉ tận tình nên giờ tự làm được ở nhà, khỏi "
                            "phải đi lại."
                        ),
                        "Một người dân thôn 4, xã Tân Minh",
                    ),
                ),
            ],
        },
    ],
    "Xã Tân Đức": [
        {
            "kind": ArticleKind.NEWS,
            "title": "Tân Đức tập huấn viết tin bài cho cán bộ, công chức xã",
            "date": (3, 11),
            "time": (16, 30),
            "author": "Thanh Sơn",
            "tags": ["tin bài", "tập huấn"],
            "summary": "Sau góp ý của Ban biên tập huyện, xã tổ chức tập huấn để nâng cao chất lượng tin bài gửi đăng.",
            "body": [
                (
                    "paragraph",
                    "Ngày 11/3, Ủy ban nhân dân xã Tân Đức tổ chức tập huấn kỹ năng viết tin bài cho cán bộ, "
                    "công chức và cộng tác viên các thôn, với sự hướng dẫn của cán bộ Phòng Văn hóa và Thông tin "
                    "huyện.",
                ),
                (
                    "paragraph",
                    "Thời gian qua, một số tin bài của xã gửi lên Trang thông tin điện tử huyện chưa được đăng "
                    "do nội dung chưa phù hợp, thiếu thông tin về thời gian, địa điểm hoặc dùng ảnh chưa rõ "
                    "nguồn. Tại buổi tập huấn, học viên được hướng dẫn viết tin ngắn đủ các yếu tố ai, làm gì, ở "
                    "đâu, khi nào, cùng cách ghi tác giả và nguồn ảnh.",
                ),
                (
                    "quote",
                    (
                        (
                            "Tin ở cơ sở phải nhanh nhưng phải đúng; viết điều mình trực tiếp chứng kiến, dùng ảnh "
                            "mình tự chụp là an toàn nhất."
                        ),
                        "Cán bộ Phòng Văn hóa và Thông tin huyện",
                    ),
                ),
                (
                    "paragraph",
                    "Sau tập huấn, xã giao công chức Văn hóa – Xã hội làm đầu mối tổng hợp, biên tập tin bài "
                    "trước khi trình lãnh đạo xã duyệt và gửi đăng.",
                ),
            ],
        },
        {
            "kind": ArticleKind.NEWS,
            "title": "Tân Đức thăm, tặng quà gia đình chính sách nhân ngày Thương binh – Liệt sĩ",
            "date": (7, 25),
            "time": (17, 0),
            "author": "Thanh Sơn",
            "tags": ["đền ơn đáp nghĩa", "người có công"],
            "featured": True,
            "summary": (
                "Nhân kỷ niệm ngày Thương binh – Liệt sĩ 27/7, lãnh đạo xã thăm, tặng quà các gia đình chính sách, "
                "người có công."
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
            ],
        },
    ],
}
