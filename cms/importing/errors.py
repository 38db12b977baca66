"""The errors and the report every import shares."""

from dataclasses import dataclass, field


class ImportSetupError(Exception):
    """The run cannot start (unknown site, unreadable file, bad header); nothing has been written."""


class RowError(Exception):
    """One row (line, record) cannot be imported; the message (Vietnamese) says why."""


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    errors: list = field(default_factory=list)  # (row number, reason)
    notices: list = field(default_factory=list)  # things the run created on the side, e.g. a new field
    index_warnings: list = field(default_factory=list)

    @property
    def failed(self):
        return len(self.errors)


def os_reason(error):
    """Why a file could not be read, in Vietnamese."""
    if isinstance(error, FileNotFoundError):
        return "không có tệp này"
    if isinstance(error, IsADirectoryError):
        return "đây là một thư mục, không phải tệp"
    if isinstance(error, PermissionError):
        return "không có quyền đọc"
    return f"lỗi hệ thống ({error.strerror or error})"


def validation_message(error):
    """A Django ValidationError as one line of text."""
    if hasattr(error, "message_dict"):
        return "; ".join(f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items())
    return " ".join(error.messages)
