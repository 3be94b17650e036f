"""Backup, wipe, restore, compare: pages, revisions, translations and media come back
exactly; a damaged archive is refused before anything is touched."""

import hashlib
import io
import tarfile

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, Translation

from tests.conftest import restore_demo_state
from website.backups import BackupError, create_backup, restore_backup, verify_backup
from website.models import ContentPage


@pytest.fixture
def committed_demo(transactional_db):
    # pg_dump reads committed rows only, so this test commits (and starts from the demo).
    restore_demo_state()


@pytest.fixture
def media(tmp_path):
    storage = FileSystemStorage(location=tmp_path / "media")
    storage.save("documents/cartaz.pdf", ContentFile(b"%PDF-1.4 cartaz"))
    storage.save("images/foto.png", ContentFile(b"\x89PNG foto"))
    return storage


@pytest.fixture
def private(tmp_path):
    """The private storage (certificate PDFs, import reports), as settings give it."""
    from website.storage import PrivateFileSystemStorage

    storage = PrivateFileSystemStorage(location=tmp_path / "private")
    storage.save("certificates/abc.pdf", ContentFile(b"%PDF-1.4 certificado"))
    return storage


def state(storage):
    def checksums():
        names = []
        for directory in ["documents", "images", "extra"]:
            if storage.exists(directory):
                names += [f"{directory}/{name}" for name in storage.listdir(directory)[1]]
        return {
            name: hashlib.sha256(storage.open(name).read()).hexdigest() for name in sorted(names)
        }

    return {
        "pages": list(Page.objects.order_by("pk").values_list("pk", "title", "path", "live")),
        "revisions": list(Revision.objects.order_by("pk").values_list("pk", "object_id")),
        "translations": Translation.objects.count(),
        "strings": StringTranslation.objects.count(),
        "media": checksums(),
    }


def test_backup_wipe_restore_gives_back_everything(committed_demo, media, private, tmp_path):
    before = state(media)
    archive = create_backup(tmp_path / "backups", storage=media, private_storage=private)
    assert archive.name.startswith("portal-backup-")
    assert archive.name.endswith(".tar.gz")

    # Wipe: a section and its translations, a revision, a media file; add a stray file.
    ContentPage.objects.filter(slug="sobre").delete()
    media.delete("images/foto.png")
    media.save("extra/intruso.txt", ContentFile(b"not in the backup"))
    private.delete("certificates/abc.pdf")
    private.save("certificates/outro.pdf", ContentFile(b"not in the backup"))
    assert state(media) != before

    restore_backup(archive, storage=media, private_storage=private)
    assert state(media) == before
    assert private.listdir("certificates")[1] == ["abc.pdf"]
    assert private.open("certificates/abc.pdf").read() == b"%PDF-1.4 certificado"


def test_the_manifest_lists_every_checksum(committed_demo, media, private, tmp_path):
    archive = create_backup(tmp_path, storage=media, private_storage=private)
    manifest = verify_backup(archive)
    assert set(manifest["media"]) == {"documents/cartaz.pdf", "images/foto.png"}
    assert set(manifest["private"]) == {"certificates/abc.pdf"}
    with tarfile.open(archive) as contents:
        assert "private/certificates/abc.pdf" in contents.getnames()
    assert (
        manifest["media"]["documents/cartaz.pdf"] == hashlib.sha256(b"%PDF-1.4 cartaz").hexdigest()
    )
    assert len(manifest["database"]["sha256"]) == 64


def damage(archive, tmp_path):
    """Copy ``archive`` with one media file's bytes changed."""
    damaged = tmp_path / "damaged.tar.gz"
    with tarfile.open(archive, "r:gz") as source, tarfile.open(damaged, "w:gz") as target:
        for member in source.getmembers():
            data = source.extractfile(member).read()
            if member.name == "media/documents/cartaz.pdf":
                data = b"%PDF-1.4 tampered"
                member.size = len(data)
            target.addfile(member, io.BytesIO(data))
    return damaged


def test_a_damaged_archive_changes_nothing(committed_demo, media, private, tmp_path):
    archive = create_backup(tmp_path, storage=media, private_storage=private)
    damaged = damage(archive, tmp_path)
    ContentPage.objects.filter(slug="sobre").delete()
    private.save("certificates/novo.pdf", ContentFile(b"made after the backup"))
    after_wipe = state(media)
    with pytest.raises(BackupError, match="checksum"):
        restore_backup(damaged, storage=media, private_storage=private)
    assert state(media) == after_wipe
    assert private.exists("certificates/novo.pdf")


def test_restore_command_refuses_what_is_not_a_backup(tmp_path):
    bogus = tmp_path / "bogus.tar.gz"
    with tarfile.open(bogus, "w:gz") as archive:
        info = tarfile.TarInfo("../etc/passwd")
        info.size = 1
        archive.addfile(info, io.BytesIO(b"x"))
    with pytest.raises(CommandError, match="Nothing was restored"):
        call_command("restore", str(bogus), "--yes")
    (tmp_path / "garbage.tar.gz").write_bytes(b"garbage")
    with pytest.raises(CommandError, match="cannot be read"):
        call_command("restore", str(tmp_path / "garbage.tar.gz"), "--check")


def test_backup_and_check_commands(committed_demo, tmp_path, capsys):
    call_command("backup", "--output", str(tmp_path))
    archive = next(tmp_path.glob("portal-backup-*.tar.gz"))
    call_command("restore", str(archive), "--check")
    assert "Archive is intact" in capsys.readouterr().out
