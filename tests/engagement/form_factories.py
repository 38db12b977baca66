"""What the citizens' public forms (Hỏi đáp, Ý kiến bạn đọc) post besides their own fields."""

import time

from engagement.spam import HONEYPOT_FIELD, STARTED_FIELD, started_token


def submission(fields, **overrides):
    """`fields` as a form posts them, with an empty honeypot and a start time a minute ago, then
    `overrides` (a value of None leaves that field out)."""
    data = {**fields, HONEYPOT_FIELD: "", STARTED_FIELD: started_token(time.time() - 60), **overrides}
    return {key: value for key, value in data.items() if value is not None}
