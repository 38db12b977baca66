"""The editor's guide: one admin page per task, in Vietnamese, for the portal's own screens and roles.

The help menu links here instead of Wagtail's English guide (see `cms/wagtail_hooks.py`). The
pages are templates in `templates/cms/guide/`; `TOPICS` orders them and says who does each task.
"""

from dataclasses import dataclass

from django.http import Http404
from django.urls import path, reverse
from django.views.generic import TemplateView

from wagtail.admin.views.generic import WagtailAdminTemplateMixin

GUIDE_URL_NAME = "cms_guide"
TOPIC_URL_NAME = "cms_guide_topic"


@dataclass(frozen=True)
class Topic:
    slug: str
    title: str
    who: str
    summary: str

    @property
    def template_name(self):
        return f"cms/guide/{self.slug.replace('-', '_')}.html"

    @property
    def url(self):
        return reverse(TOPIC_URL_NAME, args=[self.slug])


TOPICS = (
    Topic(
        "viet-tin-bai",
        "Viết một tin bài",
        "Biên tập viên, cộng tác viên",
        "Tạo tin trong chuyên mục “Tin tức – Sự kiện”, điền sapo, ảnh đại diện, nội dung, tác giả và nguồn.",
    ),
    Topic(
        "tai-anh-len",
        "Tải ảnh lên và ghi bản quyền",
        "Biên tập viên, cộng tác viên, lãnh đạo duyệt tin",
        "Tải ảnh vào thư mục của đơn vị và ghi tác giả, nguồn, giấy phép để ảnh được phép xuất bản.",
    ),
    Topic(
        "gui-duyet",
        "Gửi tin bài đi duyệt",
        "Biên tập viên, cộng tác viên",
        "Gửi bản nháp cho lãnh đạo xã duyệt, theo dõi bài đang ở bước nào và sửa khi bị yêu cầu chỉnh sửa.",
    ),
    Topic(
        "duyet-tin-bai",
        "Duyệt tin bài",
        "Lãnh đạo duyệt tin của xã, Ban biên tập",
        "Xem các bài đang chờ bạn duyệt, duyệt, duyệt kèm ý kiến hoặc yêu cầu chỉnh sửa có ghi rõ lý do.",
    ),
    Topic(
        "xuat-ban-bo-qua-canh-bao",
        "Xuất bản bỏ qua cảnh báo tuân thủ",
        "Ban biên tập",
        "Khi vi phạm mức cao chặn việc xuất bản: xem lại vi phạm và, nếu có căn cứ, xuất bản kèm lý do.",
    ),
    Topic(
        "xu-ly-vi-pham",
        "Xử lý một vi phạm do kiểm tra viên phát hiện",
        "Biên tập viên, lãnh đạo duyệt tin; kiểm tra viên",
        "Tìm vi phạm của trang, sửa trang và gửi duyệt lại; kiểm tra viên quét lại hoặc miễn vi phạm kèm lý do.",
    ),
)
TOPICS_BY_SLUG = {topic.slug: topic for topic in TOPICS}


class GuideView(WagtailAdminTemplateMixin, TemplateView):
    header_icon = "help"

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": "Trang chủ"},
            {"url": reverse(GUIDE_URL_NAME), "label": "Hướng dẫn biên tập"},
        ]


class GuideIndexView(GuideView):
    template_name = "cms/guide/index.html"
    page_title = "Hướng dẫn biên tập"

    def get_breadcrumbs_items(self):
        return super().get_breadcrumbs_items()[:1] + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(topics=TOPICS, **kwargs)


class GuideTopicView(GuideView):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.topic = TOPICS_BY_SLUG.get(kwargs["slug"])
        if self.topic is None:
            raise Http404("Không có hướng dẫn này.")

    def get_page_title(self):
        return self.topic.title

    def get_template_names(self):
        return [self.topic.template_name]

    def get_breadcrumbs_items(self):
        return super().get_breadcrumbs_items() + [{"url": "", "label": self.topic.title}]

    def get_context_data(self, **kwargs):
        index = TOPICS.index(self.topic)
        return super().get_context_data(
            topic=self.topic,
            topics=TOPICS,
            previous_topic=TOPICS[index - 1] if index else None,
            next_topic=TOPICS[index + 1] if index + 1 < len(TOPICS) else None,
            **kwargs,
        )


def guide_urls():
    """Registered with `register_admin_urls`, so only users who may use the admin reach them."""
    return [
        path("huong-dan/", GuideIndexView.as_view(), name=GUIDE_URL_NAME),
        path("huong-dan/<slug:slug>/", GuideTopicView.as_view(), name=TOPIC_URL_NAME),
    ]
