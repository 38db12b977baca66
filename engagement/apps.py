import atexit

from django.apps import AppConfig


class EngagementConfig(AppConfig):
    name = "engagement"
    verbose_name = "Tương tác bạn đọc"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from cms.page_cache import register_filler
        from cms.page_cache.signals import page_served

        from . import checks, questions, ratings, view_counts, visits  # noqa: F401  (checks registers the system checks)
        from .models import Question

        page_served.connect(view_counts.count_served_page, dispatch_uid="engagement_count_view")
        page_served.connect(visits.count_served_page, dispatch_uid="engagement_count_visit")
        for signal in (post_save, post_delete):
            signal.connect(
                questions.expire_published_question, sender=Question, dispatch_uid="engagement_question_pages"
            )
        register_filler(view_counts.PLACEHOLDER_KIND, view_counts.current_view_counts, many=True)
        register_filler(visits.PLACEHOLDER_KIND, visits.fill_visitor_placeholders, many=True)
        register_filler(ratings.PLACEHOLDER_KIND, ratings.fill_rating_placeholders, many=True)
        counter = self.get_model("SiteVisitCounter")
        post_save.connect(visits.forget_counter_site, sender=counter, dispatch_uid="engagement_counter_saved")
        post_delete.connect(visits.forget_counter_site, sender=counter, dispatch_uid="engagement_counter_deleted")
        for buffer_owner in (view_counts, visits, ratings):
            atexit.register(buffer_owner.flush_at_exit)
        _altcha_key_from_secret_key()


def _altcha_key_from_secret_key():
    """django-altcha signs its challenges with ALTCHA_HMAC_KEY; without one set, a key derived
    from SECRET_KEY (the settings modules define SECRET_KEY after the shared base is read)."""
    import hashlib
    import hmac

    from django.conf import settings

    if not getattr(settings, "ALTCHA_HMAC_KEY", ""):
        settings.ALTCHA_HMAC_KEY = hmac.new(settings.SECRET_KEY.encode(), b"altcha", hashlib.sha256).hexdigest()
