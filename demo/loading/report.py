"""What one run of the demo loader changed, and the one line `load_demo` prints about it."""

from dataclasses import dataclass, field

NO_CHANGE_MESSAGE = "Không có thay đổi: dữ liệu mẫu đã được nạp đầy đủ."


@dataclass
class DemoReport:
    sites: int = 0
    units: int = 0
    pages: int = 0
    users: int = 0
    # (count, label) pairs added by the content parts, e.g. (35, "tin bài")
    created: list = field(default_factory=list)
    updates: list = field(default_factory=list)
    new_unit_ids: set = field(default_factory=set)

    def add_created(self, count, label):
        if count:
            self.created.append((count, label))

    def add_update(self, text):
        self.updates.append(text)

    def is_new(self, unit):
        """Whether this run created `unit`: filling in a new unit's pages is part of creating it, not an update."""
        return unit.pk in self.new_unit_ids

    def note(self, unit, changes):
        """Record changes to what existed before this run; a new unit's set-up is not an update."""
        if not self.is_new(unit):
            for change in changes:
                self.add_update(f"{unit.name}: {change}")

    @property
    def changed(self):
        return bool(self.sites or self.units or self.pages or self.users or self.created or self.updates)

    def summary(self):
        if not self.changed:
            return NO_CHANGE_MESSAGE
        counts = [
            (self.sites, "trang thông tin điện tử"),
            (self.units, "đơn vị"),
            (self.pages, "trang (trang chủ, chuyên mục, trang nội dung)"),
            (self.users, "tài khoản"),
            *self.created,
        ]
        created = [f"{count} {label}" for count, label in counts if count]
        parts = [f"tạo {', '.join(created)}"] if created else []
        if self.updates:
            parts.append(f"cập nhật {len(self.updates)} mục đã có")
        return f"Đã nạp dữ liệu mẫu huyện Hàm Tân: {'; '.join(parts)}."
