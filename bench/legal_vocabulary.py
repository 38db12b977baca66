"""What the generated legal documents are made of (bench/legal_data.py): the portals, places,
names and projects, the national documents portals repost, and the kinds of local documents
with the subjects of their summaries."""

from dataclasses import dataclass

# (kind, name, hostname label under the district's hostname): the towns and communes of Hàm Tân
# and of its neighbour Hàm Thuận Nam, so that the portal has 19 subsites.
COMMUNES = [
    ("town", "Thị trấn Tân Nghĩa", "tan-nghia"),
    ("town", "Thị trấn Tân Minh", "tan-minh"),
    ("commune", "Xã Tân Hà", "tan-ha"),
    ("commune", "Xã Sơn Mỹ", "son-my"),
    ("commune", "Xã Tân Thắng", "tan-thang"),
    ("commune", "Xã Thắng Hải", "thang-hai"),
    ("commune", "Xã Tân Đức", "tan-duc"),
    ("commune", "Xã Tân Phúc", "tan-phuc"),
    ("commune", "Xã Tân Xuân", "tan-xuan"),
    ("commune", "Xã Sông Phan", "song-phan"),
    ("commune", "Xã Tân Lập", "tan-lap"),
    ("commune", "Xã Tân Thuận", "tan-thuan"),
    ("commune", "Xã Tân Thành", "tan-thanh"),
    ("commune", "Xã Thuận Quý", "thuan-quy"),
    ("commune", "Xã Hàm Kiệm", "ham-kiem"),
    ("commune", "Xã Hàm Cường", "ham-cuong"),
    ("commune", "Xã Hàm Minh", "ham-minh"),
    ("commune", "Xã Mương Mán", "muong-man"),
    ("commune", "Xã Hàm Mỹ", "ham-my"),
]

PLACES = [
    "thôn Tân Lý",
    "thôn Hiệp Thành",
    "thôn Gò Đình",
    "thôn Tân Điền",
    "thôn Bàu Giêng",
    "thôn Suối Máu",
    "thôn Phú Sơn",
    "thôn Đông Thuận",
    "khu phố 1",
    "khu phố 2",
    "khu phố 3",
    "khu phố Tân Thiện",
    "thôn 4",
]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương", "Bùi", "Đặng", "Đỗ", "Ngô", "Dương"]
MIDDLE_MEN, MIDDLE_WOMEN = ["Văn", "Minh", "Đức", "Hữu", "Quốc", "Thanh"], ["Thị", "Ngọc", "Thu", "Kim", "Mỹ"]
GIVEN_MEN = ["Hùng", "Dũng", "Tuấn", "Phúc", "Thắng", "Long", "Sơn", "Tài", "Lộc", "Hải", "Trung", "Bình"]
GIVEN_WOMEN = ["Lan", "Mai", "Hương", "Hà", "Trâm", "Nga", "Yến", "Thảo", "Hằng", "Dung", "Oanh", "Liên"]
PROJECTS = [
    "đường giao thông nông thôn {place}",
    "Hồ chứa nước Sông Dinh 3",
    "Khu dân cư {place}",
    "nâng cấp Trường Tiểu học {place}",
    "kè chống sạt lở bờ biển {place}",
    "đường ĐT.720 đoạn qua {place}",
    "kênh tưới tiêu {place}",
    "Nhà văn hóa {place}",
    "Khu công nghiệp Tân Đức",
    "đường dây 110 kV Hàm Tân – La Gi",
    "trạm bơm điện {place}",
    "chợ {place}",
]
COMPANIES = [
    "Công ty TNHH Thanh Long Hàm Tân",
    "Công ty Cổ phần Đầu tư Tân Đức",
    "Công ty TNHH MTV Cao su Bình Thuận",
    "Hợp tác xã Nông nghiệp Tân Hà",
    "Công ty Cổ phần Năng lượng Mặt trời Sơn Mỹ",
]
FESTIVALS = ["Lễ hội Dinh Thầy Thím", "Lễ hội Cầu Ngư", "Lễ hội Nghinh Ông", "Lễ hội Katê"]
TET = {
    2010: "Canh Dần",
    2011: "Tân Mão",
    2012: "Nhâm Thìn",
    2013: "Quý Tỵ",
    2014: "Giáp Ngọ",
    2015: "Ất Mùi",
    2016: "Bính Thân",
    2017: "Đinh Dậu",
    2018: "Mậu Tuất",
    2019: "Kỷ Hợi",
    2020: "Canh Tý",
    2021: "Tân Sửu",
    2022: "Nhâm Dần",
    2023: "Quý Mão",
    2024: "Giáp Thìn",
    2025: "Ất Tỵ",
    2026: "Bính Ngọ",
    2027: "Đinh Mùi",
}
PROCEDURE_FIELDS = [
    ("hộ tịch", "Hộ tịch"),
    ("chứng thực", "Chứng thực"),
    ("đất đai", "Đất đai"),
    ("bảo trợ xã hội", "Bảo trợ xã hội"),
    ("thi đua, khen thưởng", "Thi đua, khen thưởng"),
]
HALVES = [
    ("6 tháng đầu năm", "6 tháng cuối năm"),
    ("9 tháng đầu năm", "quý IV"),
    ("quý I", "quý II"),
    ("năm", "năm sau"),
]

# National documents a portal reposts: (number, type, issuing body, issued, effective, expiry,
# status set by hand, fields, title). Real numbers, dates and titles.
NATIONAL = [
    (
        "42/2022/NĐ-CP",
        "Nghị định",
        "Chính phủ",
        "2022-06-24",
        "2022-08-01",
        "",
        "",
        "Thông tin và Truyền thông",
        "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng",
    ),
    ("30/2020/NĐ-CP", "Nghị định", "Chính phủ", "2020-03-05", "2020-03-05", "", "", "Nội vụ", "Về công tác văn thư"),
    (
        "61/2018/NĐ-CP",
        "Nghị định",
        "Chính phủ",
        "2018-04-23",
        "2018-06-21",
        "2025-07-01",
        "",
        "Nội vụ",
        "Về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
    ),
    (
        "107/2021/NĐ-CP",
        "Nghị định",
        "Chính phủ",
        "2021-12-06",
        "2022-02-01",
        "2025-07-01",
        "",
        "Nội vụ",
        "Sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về "
        "thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
    ),
    (
        "118/2025/NĐ-CP",
        "Nghị định",
        "Chính phủ",
        "2025-06-09",
        "2025-07-01",
        "",
        "",
        "Nội vụ",
        "Về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và "
        "Cổng Dịch vụ công quốc gia",
    ),
    (
        "45/2020/NĐ-CP",
        "Nghị định",
        "Chính phủ",
        "2020-04-08",
        "2020-05-22",
        "",
        "het_hieu_luc_mot_phan",
        "Thông tin và Truyền thông",
        "Về thực hiện thủ tục hành chính trên môi trường điện tử",
    ),
    (
        "123/2015/NĐ-CP",
        "Nghị định",
        "Chính phủ",
        "2015-11-15",
        "2016-01-01",
        "",
        "het_hieu_luc_mot_phan",
        "Hộ tịch;Tư pháp",
        "Quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
    ),
    (
        "23/2015/NĐ-CP",
        "Nghị định",
        "Chính phủ",
        "2015-02-16",
        "2015-04-10",
        "",
        "",
        "Chứng thực;Tư pháp",
        "Về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, "
        "giao dịch",
    ),
    (
        "43/2014/NĐ-CP",
        "Nghị định",
        "Chính phủ",
        "2014-05-15",
        "2014-07-01",
        "2024-08-01",
        "",
        "Đất đai",
        "Quy định chi tiết thi hành một số điều của Luật Đất đai",
    ),
    (
        "102/2024/NĐ-CP",
        "Nghị định",
        "Chính phủ",
        "2024-07-30",
        "2024-08-01",
        "",
        "",
        "Đất đai",
        "Quy định chi tiết thi hành một số điều của Luật Đất đai",
    ),
    (
        "91/2019/NĐ-CP",
        "Nghị định",
        "Chính phủ",
        "2019-11-19",
        "2020-01-05",
        "2024-10-15",
        "",
        "Đất đai",
        "Về xử phạt vi phạm hành chính trong lĩnh vực đất đai",
    ),
    (
        "07/2021/NĐ-CP",
        "Nghị định",
        "Chính phủ",
        "2021-01-27",
        "2021-03-15",
        "",
        "",
        "Bảo trợ xã hội;Lao động, Thương binh và Xã hội",
        "Quy định chuẩn nghèo đa chiều giai đoạn 2021 - 2025",
    ),
    (
        "20/2021/NĐ-CP",
        "Nghị định",
        "Chính phủ",
        "2021-03-15",
        "2021-07-01",
        "",
        "het_hieu_luc_mot_phan",
        "Bảo trợ xã hội",
        "Quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội",
    ),
    (
        "136/2020/NĐ-CP",
        "Nghị định",
        "Chính phủ",
        "2020-11-24",
        "2021-01-10",
        "2025-07-01",
        "",
        "Quốc phòng",
        "Quy định chi tiết một số điều và biện pháp thi hành Luật Phòng cháy và chữa cháy và Luật sửa đổi, bổ sung "
        "một số điều của Luật Phòng cháy và chữa cháy",
    ),
    (
        "13/2023/NĐ-CP",
        "Nghị định",
        "Chính phủ",
        "2023-04-17",
        "2023-07-01",
        "",
        "",
        "Thông tin và Truyền thông",
        "Về bảo vệ dữ liệu cá nhân",
    ),
    (
        "59/2022/NĐ-CP",
        "Nghị định",
        "Chính phủ",
        "2022-09-05",
        "2022-10-20",
        "",
        "",
        "Tư pháp",
        "Quy định về định danh và xác thực điện tử",
    ),
    (
        "33/2023/NĐ-CP",
        "Nghị định",
        "Chính phủ",
        "2023-06-10",
        "2023-08-01",
        "",
        "",
        "Nội vụ",
        "Quy định về cán bộ, công chức cấp xã và người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố",
    ),
    (
        "24/2023/NĐ-CP",
        "Nghị định",
        "Chính phủ",
        "2023-05-14",
        "2023-07-01",
        "2024-07-01",
        "",
        "Tài chính;Nội vụ",
        "Quy định mức lương cơ sở đối với cán bộ, công chức, viên chức và lực lượng vũ trang",
    ),
    (
        "73/2024/NĐ-CP",
        "Nghị định",
        "Chính phủ",
        "2024-06-30",
        "2024-07-01",
        "",
        "",
        "Tài chính;Nội vụ",
        "Quy định mức lương cơ sở và chế độ tiền thưởng đối với cán bộ, công chức, viên chức và lực lượng vũ trang",
    ),
    ("31/2024/QH15", "Luật", "Quốc hội", "2024-01-18", "2024-08-01", "", "", "Đất đai", "Luật Đất đai"),
    ("60/2014/QH13", "Luật", "Quốc hội", "2014-11-20", "2016-01-01", "", "", "Hộ tịch;Tư pháp", "Luật Hộ tịch"),
    (
        "80/2015/QH13",
        "Luật",
        "Quốc hội",
        "2015-06-22",
        "2016-07-01",
        "2025-04-01",
        "",
        "Tư pháp",
        "Luật Ban hành văn bản quy phạm pháp luật",
    ),
    (
        "64/2025/QH15",
        "Luật",
        "Quốc hội",
        "2025-02-19",
        "2025-04-01",
        "",
        "",
        "Tư pháp",
        "Luật Ban hành văn bản quy phạm pháp luật",
    ),
    (
        "04/2020/TT-BTP",
        "Thông tư",
        "Bộ Tư pháp",
        "2020-05-28",
        "2020-07-16",
        "",
        "",
        "Hộ tịch;Tư pháp",
        "Quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP ngày 15 tháng 11 "
        "năm 2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
    ),
    (
        "01/2020/TT-BTP",
        "Thông tư",
        "Bộ Tư pháp",
        "2020-03-03",
        "2020-04-19",
        "",
        "",
        "Chứng thực;Tư pháp",
        "Quy định chi tiết một số điều và biện pháp thi hành Nghị định số 23/2015/NĐ-CP ngày 16 tháng 02 năm 2015 "
        "của Chính phủ về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực "
        "hợp đồng, giao dịch",
    ),
    (
        "01/2018/TT-VPCP",
        "Thông tư",
        "Văn phòng Chính phủ",
        "2018-11-23",
        "2019-01-08",
        "2025-07-01",
        "",
        "Nội vụ",
        "Hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ "
        "về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
    ),
]
# Documents whose implementation local plans and letters cite (decrees, laws, circulars).
CITED = [entry for entry in NATIONAL if entry[1] in ("Nghị định", "Luật", "Thông tư")]


@dataclass(frozen=True)
class Kind:
    """A kind of local document: its type, number code, issuer, category, weight and summaries.

    Each summary is (fields separated by ";", template). Templates use {unit} (“xã Tân Hà”),
    {year}, {next_year}, {prev_year}, {place}, {person}, {project}, {company}, {n}, {month},
    {quarter}, {half}, {next_half}, {festival}, {tet}, {cited}, {procedure_field}, {parcel}.
    """

    doc_type: str
    code: str  # `QĐ-UBND` gives 123/QĐ-UBND; with `normative`, 7/2019/QĐ-UBND
    council: bool  # issued by the People's Council (HĐND) rather than the People's Committee
    category: str
    weight: int
    summaries: tuple
    normative: bool = False
    district_only: bool = False
    effective_after: int = 0  # days from issue to effect (-1: no effective date written)


KINDS = [
    Kind(
        "Quyết định",
        "QĐ-UBND",
        False,
        "chi_dao_dieu_hanh",
        40,
        (
            (
                "Bảo trợ xã hội;Lao động, Thương binh và Xã hội",
                "Về việc phê duyệt danh sách hộ nghèo, hộ cận nghèo năm {year} trên địa bàn {unit}",
            ),
            (
                "Bảo trợ xã hội",
                "Về việc công nhận kết quả rà soát hộ nghèo, hộ cận nghèo cuối năm {year} theo chuẩn nghèo đa chiều",
            ),
            ("Bảo trợ xã hội", "Về việc hỗ trợ tiền điện cho hộ nghèo, hộ chính sách xã hội quý {quarter} năm {year}"),
            ("Đất đai", "Về việc thu hồi đất của hộ {person} tại {place} để thực hiện dự án {project}"),
            (
                "Đất đai;Xây dựng",
                "Về việc phê duyệt phương án bồi thường, hỗ trợ và tái định cư dự án {project} (đợt {n})",
            ),
            (
                "Đất đai",
                "Về việc cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền "
                "với đất cho hộ {person}, thửa đất số {parcel}, tờ bản đồ số {n}",
            ),
            (
                "Đất đai;Thanh tra, tiếp công dân",
                "Về việc xử phạt vi phạm hành chính trong lĩnh vực đất đai đối với {person}, trú tại {place}",
            ),
            ("Xây dựng", "Về việc xử phạt vi phạm hành chính trong lĩnh vực xây dựng đối với {person}"),
            ("Đất đai", "Về việc cho thuê đất đối với {company} để thực hiện dự án {project}"),
            ("Đất đai;Tài nguyên và Môi trường", "Về việc phê duyệt kế hoạch sử dụng đất năm {year} của {unit}"),
            ("Thông tin và Truyền thông", "Về việc thành lập Ban Chỉ đạo chuyển đổi số {unit} năm {year}"),
            ("Thông tin và Truyền thông", "Về việc kiện toàn Tổ công nghệ số cộng đồng {place}"),
            (
                "Thi đua, khen thưởng;Văn hóa, Thể thao và Du lịch",
                "Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào “Toàn dân đoàn kết "
                "xây dựng đời sống văn hóa” năm {year}",
            ),
            (
                "Thi đua, khen thưởng",
                "Về việc tặng Giấy khen cho {person} đã có thành tích trong công tác phòng, chống thiên tai",
            ),
            (
                "Bảo trợ xã hội",
                "Về việc hỗ trợ kinh phí cho hộ gia đình có nhà ở bị thiệt hại do mưa lũ tháng {month} năm {year}",
            ),
            ("Bảo trợ xã hội", "Về việc trợ cấp xã hội hằng tháng đối với {person}, trú tại {place}"),
            (
                "{procedure_fields}",
                "Về việc công bố danh mục thủ tục hành chính lĩnh vực {procedure_field} thuộc thẩm "
                "quyền giải quyết của Ủy ban nhân dân cấp xã",
            ),
            ("Nội vụ", "Về việc ban hành Quy chế tổ chức và hoạt động của Bộ phận Tiếp nhận và Trả kết quả {unit}"),
            ("Tài chính", "Về việc giao dự toán thu, chi ngân sách nhà nước năm {year}"),
            ("Tài chính", "Về việc phê duyệt quyết toán ngân sách {unit} năm {prev_year}"),
            ("Xây dựng;Kế hoạch và Đầu tư", "Về việc phê duyệt báo cáo kinh tế - kỹ thuật công trình {project}"),
            ("Quốc phòng", "Về việc thành lập Hội đồng nghĩa vụ quân sự {unit} năm {year}"),
            ("Văn hóa, Thể thao và Du lịch;Tôn giáo", "Về việc cho phép tổ chức {festival} năm {year}"),
            ("Văn hóa, Thể thao và Du lịch", "Về việc công nhận {place} đạt danh hiệu “Khu dân cư văn hóa” năm {year}"),
            ("Thanh tra, tiếp công dân", "Về việc giải quyết khiếu nại của {person}, trú tại {place} (lần đầu)"),
            ("Kế hoạch và Đầu tư", "Về việc điều chỉnh kế hoạch đầu tư công năm {year} nguồn vốn ngân sách {unit}"),
        ),
        effective_after=0,
    ),
    Kind(
        "Quyết định",
        "QĐ-UBND",
        False,
        "qppl",
        2,
        (
            ("Xây dựng", "Ban hành Quy định quản lý trật tự xây dựng trên địa bàn {unit}"),
            ("Nội vụ", "Ban hành Quy chế làm việc của Ủy ban nhân dân {unit} nhiệm kỳ {year} - {term_end}"),
            (
                "Tài nguyên và Môi trường",
                "Ban hành Quy định bảo vệ môi trường, giữ gìn vệ sinh công cộng trên địa bàn {unit}",
            ),
        ),
        normative=True,
        district_only=True,
        effective_after=10,
    ),
    Kind(
        "Kế hoạch",
        "KH-UBND",
        False,
        "chi_dao_dieu_hanh",
        15,
        (
            (
                "Nông nghiệp và Phát triển nông thôn",
                "Triển khai thực hiện Chương trình mục tiêu quốc gia xây dựng nông "
                "thôn mới trên địa bàn {unit} năm {year}",
            ),
            ("Y tế", "Phòng, chống dịch bệnh sốt xuất huyết trên địa bàn {unit} năm {year}"),
            ("Y tế", "Triển khai công tác tiêm chủng mở rộng năm {year}"),
            (
                "Nông nghiệp và Phát triển nông thôn;Quốc phòng",
                "Phòng cháy, chữa cháy rừng mùa khô {year} - {next_year}",
            ),
            ("Tư pháp;Nội vụ", "Kiểm soát thủ tục hành chính năm {year}"),
            ("Tư pháp", "Phổ biến, giáo dục pháp luật và hòa giải ở cơ sở năm {year}"),
            ("{cited_fields}", "Triển khai thực hiện {cited} trên địa bàn {unit}"),
            ("Y tế;Công thương", "Tổ chức Tháng hành động vì an toàn thực phẩm năm {year}"),
            ("Quốc phòng", "Tuyển chọn và gọi công dân nhập ngũ năm {next_year}"),
            ("Thông tin và Truyền thông", "Chuyển đổi số {unit} năm {year}, định hướng đến năm {term_end}"),
            (
                "Tư pháp;Thông tin và Truyền thông",
                "Triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và "
                "xác thực điện tử (Đề án 06) năm {year}",
            ),
            ("Văn hóa, Thể thao và Du lịch", "Tổ chức Đại hội Thể dục thể thao {unit} lần thứ {n}"),
            ("Giao thông vận tải", "Ra quân giải tỏa lấn chiếm hành lang an toàn giao thông {place}"),
            ("Hộ tịch", "Đăng ký khai sinh, khai tử trực tuyến và số hóa sổ hộ tịch năm {year}"),
        ),
        effective_after=0,
    ),
    Kind(
        "Thông báo",
        "TB-UBND",
        False,
        "khac",
        12,
        (
            (
                "Thanh tra, tiếp công dân",
                "Lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân {unit} quý {quarter} năm {year}",
            ),
            ("Nội vụ", "Kết luận của Chủ tịch Ủy ban nhân dân {unit} tại cuộc họp giao ban tháng {month} năm {year}"),
            ("Đất đai", "Thu hồi đất để thực hiện dự án {project}"),
            ("Nội vụ", "Kết quả tuyển dụng công chức cấp xã năm {year}"),
            ("Bảo trợ xã hội", "Niêm yết công khai danh sách hộ nghèo, hộ cận nghèo năm {year} tại {place}"),
            ("Nội vụ", "Tạm dừng tiếp nhận hồ sơ thủ tục hành chính trực tiếp để nâng cấp hệ thống một cửa điện tử"),
            ("Y tế", "Lịch tiêm vắc xin phòng bệnh cho trẻ em tháng {month} năm {year} tại Trạm Y tế"),
        ),
        effective_after=-1,
    ),
    Kind(
        "Báo cáo",
        "BC-UBND",
        False,
        "khac",
        10,
        (
            ("Kế hoạch và Đầu tư", "Tình hình kinh tế - xã hội {half} {year} và phương hướng, nhiệm vụ {next_half}"),
            ("Nội vụ", "Kết quả thực hiện công tác cải cách hành chính {half} {year}"),
            (
                "Thanh tra, tiếp công dân",
                "Công tác tiếp công dân, giải quyết khiếu nại, tố cáo quý {quarter} năm {year}",
            ),
            ("Bảo trợ xã hội", "Kết quả rà soát hộ nghèo, hộ cận nghèo năm {year} trên địa bàn {unit}"),
            ("Tài chính", "Tình hình thực hiện dự toán ngân sách {half} {year}"),
            ("Nông nghiệp và Phát triển nông thôn", "Công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm {year}"),
            ("Tư pháp", "Kết quả thực hiện Đề án 06 tháng {month} năm {year}"),
        ),
        effective_after=-1,
    ),
    Kind(
        "Công văn",
        "UBND-VP",
        False,
        "chi_dao_dieu_hanh",
        12,
        (
            ("{cited_fields}", "Về việc triển khai thực hiện {cited}"),
            (
                "Nông nghiệp và Phát triển nông thôn",
                "Về việc tăng cường công tác phòng, chống dịch bệnh trên gia súc, gia cầm",
            ),
            ("Kế hoạch và Đầu tư;Tài chính", "Về việc đôn đốc tiến độ giải ngân vốn đầu tư công năm {year}"),
            ("Hộ tịch", "Về việc rà soát, cập nhật dữ liệu hộ tịch lên Hệ thống thông tin đăng ký và quản lý hộ tịch"),
            ("Chứng thực", "Về việc thực hiện chứng thực bản sao điện tử từ bản chính"),
            ("Xây dựng", "Về việc chấn chỉnh tình trạng xây dựng không phép tại {place}"),
            (
                "Đất đai",
                "Về việc tăng cường quản lý nhà nước về đất đai, ngăn chặn tình trạng phân lô, bán nền trái phép",
            ),
            ("Văn hóa, Thể thao và Du lịch", "Về việc tổ chức các hoạt động mừng Đảng, mừng Xuân {tet}"),
            (
                "Hộ tịch",
                "Về việc hướng dẫn người dân đăng ký khai sinh, khai tử trực tuyến trên Cổng Dịch vụ công quốc gia",
            ),
            ("Nông nghiệp và Phát triển nông thôn", "Về việc chủ động ứng phó với bão số {n} năm {year}"),
        ),
        effective_after=-1,
    ),
    Kind(
        "Chỉ thị",
        "CT-UBND",
        False,
        "chi_dao_dieu_hanh",
        2,
        (
            (
                "Nông nghiệp và Phát triển nông thôn",
                "Về tăng cường công tác phòng cháy, chữa cháy rừng mùa khô {year} - {next_year}",
            ),
            ("Nội vụ", "Về tăng cường kỷ luật, kỷ cương hành chính trong thực thi công vụ"),
            (
                "Văn hóa, Thể thao và Du lịch",
                "Về việc tổ chức Tết Nguyên đán {tet} vui tươi, lành mạnh, an toàn, tiết kiệm",
            ),
            ("Thông tin và Truyền thông", "Về đẩy mạnh cung cấp và sử dụng dịch vụ công trực tuyến toàn trình"),
        ),
        effective_after=0,
    ),
    Kind(
        "Nghị quyết",
        "NQ-HĐND",
        True,
        "chi_dao_dieu_hanh",
        4,
        (
            ("Tài chính", "Về dự toán thu ngân sách nhà nước trên địa bàn, thu, chi ngân sách {unit} năm {next_year}"),
            ("Kế hoạch và Đầu tư", "Về nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm {next_year}"),
            ("Tài chính", "Phê chuẩn quyết toán ngân sách năm {prev_year}"),
            ("Kế hoạch và Đầu tư", "Về kế hoạch đầu tư công năm {next_year}"),
            ("Nội vụ", "Về chương trình giám sát của Hội đồng nhân dân {unit} năm {next_year}"),
        ),
        effective_after=0,
    ),
    Kind(
        "Hướng dẫn",
        "HD-UBND",
        False,
        "chi_dao_dieu_hanh",
        3,
        (
            (
                "Hộ tịch;Y tế",
                "Thực hiện liên thông thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế "
                "cho trẻ em dưới 6 tuổi",
            ),
            ("Nội vụ", "Quy trình tiếp nhận, giải quyết hồ sơ thủ tục hành chính qua dịch vụ bưu chính công ích"),
            ("Văn hóa, Thể thao và Du lịch", "Tổ chức lễ cưới, việc tang và lễ hội theo nếp sống văn minh"),
            ("Chứng thực", "Chứng thực bản sao từ bản chính, chứng thực chữ ký tại Bộ phận Một cửa"),
        ),
        effective_after=-1,
    ),
]
