"""The private file storage: files only the portal's views may hand out.

Certificate PDFs, import reports and similar files go to ``STORAGES["private"]``, never to
the public media storage. Models point at it with ``storage=private_storage`` (a callable,
so tests and settings can swap the storage without a new migration).
"""

from django.core.files.storage import FileSystemStorage, storages


def private_storage():
    return storages["private"]


class PrivateFileSystemStorage(FileSystemStorage):
    """Files on disk outside MEDIA_ROOT, which the web server does not serve.

    They have no public address: a view reads them and decides who gets them."""

    def url(self, name):
        raise ValueError(
            "Private files have no public address; serve them through a view that checks "
            "who is asking."
        )
