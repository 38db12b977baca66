"""The default legal basis of each rule, as data: the texts inspectors cite, editable in the admin.

Inspectors replace these through `RuleText.legal_basis` (the seed migration copies them there);
`catalogue.legal_basis(code)` answers with their text first. No logic here names a decree.
"""

COPYRIGHT_BASIS = (
    "Luật Sở hữu trí tuệ số 50/2005/QH11 (sửa đổi, bổ sung bởi các Luật số 36/2009/QH12, 42/2019/QH14 "
    "và 07/2022/QH15): tác phẩm, ảnh chỉ được sử dụng khi có sự đồng ý của chủ sở hữu quyền tác giả, "
    "trừ các trường hợp luật cho phép, và phải nêu tên tác giả, nguồn gốc tác phẩm. "
    "Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và "
    "dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng."
)
REPUBLISH_BASIS = (
    COPYRIGHT_BASIS + " Luật Báo chí số 103/2016/QH13: trích dẫn, đăng lại thông tin của cơ quan báo chí phải "
    "ghi rõ nguồn và được sự đồng ý khi pháp luật yêu cầu."
)
ADS_BASIS = (
    "Luật Quảng cáo số 16/2012/QH13 (đã được sửa đổi, bổ sung) và Nghị định số 181/2013/NĐ-CP quy định chi tiết "
    "thi hành Luật Quảng cáo. Nghị định số 42/2022/NĐ-CP của Chính phủ về cung cấp thông tin và dịch vụ công "
    "trực tuyến của cơ quan nhà nước trên môi trường mạng."
)
PAGE_ERROR_BASIS = (
    "Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công "
    "trực tuyến của cơ quan nhà nước trên môi trường mạng. Trang không kiểm tra được thì chưa xác định được "
    "nội dung có bảo đảm bản quyền và không chứa quảng cáo hay không."
)
