"""The demo's photos: drawn illustrations shipped in `demo/data/images/`, credited in `images.json`.

Each site's articles use images of its own unit's collection, as an editor's uploads would be; an
image is found again by its title in that collection, so a second run uploads nothing and a file
an editor has since re-credited keeps the editor's credits.
"""

from django.core.files.images import ImageFile

from cms.models import AttributedImage

from . import data

IMAGE_DIR = data.DATA_DIR / "images"


class DemoImages:
    """The demo images of each unit's collection, uploaded on first use."""

    def __init__(self, user):
        self.user = user
        self.created = 0
        self._found = {}

    def get(self, unit, name):
        key = (unit.pk, name)
        if key not in self._found:
            self._found[key] = self._find_or_upload(unit, name)
        return self._found[key]

    def _find_or_upload(self, unit, name):
        images = data.images()
        spec = images["images"][name]
        image = AttributedImage.objects.filter(collection_id=unit.collection_id, title=spec["title"]).first()
        if image is not None:
            return image
        with open(IMAGE_DIR / spec["file"], "rb") as file:
            image = AttributedImage(
                title=spec["title"],
                file=ImageFile(file, name=spec["file"]),
                collection_id=unit.collection_id,
                author=spec["author"],
                source=spec["source"],
                license=images["license"],
                uploaded_by_user=self.user,
            )
            image.save()
        self.created += 1
        return image
