"""The private file storage: files only the portal's views may hand out.

Certificate PDFs, import reports and similar files go to ``STORAGES["private"]``, never to
the public media storage. Models point at it with ``storage=private_storage``: a callable,
so migrations name the function rather than a storage, and the object it returns looks
``STORAGES["private"]`` up lazily (like Django's ``default_storage``), so a change of
settings (S3 in production, a test server in tests) takes effect without a restart.
"""

from django.core.files.storage import FileSystemStorage, storages
from django.core.signals import setting_changed
from django.utils.functional import LazyObject, empty


class _PrivateStorage(LazyObject):
    def _setup(self):
        self._wrapped = storages["private"]


private_files = _PrivateStorage()


def private_storage():
    return private_files


def _reset(*, setting, **kwargs):
    if setting == "STORAGES":
        private_files._wrapped = empty


setting_changed.connect(_reset, dispatch_uid="portal_private_storage_reset")


class PrivateFileSystemStorage(FileSystemStorage):
    """Files on disk outside MEDIA_ROOT, which the web server does not serve.

    They have no public address: a view reads them and decides who gets them."""

    def url(self, name):
        raise ValueError(
            "Private files have no public address; serve them through a view that checks "
            "who is asking."
        )
