"""Backups that can be trusted: the database and every media file, with a manifest of
SHA-256 checksums, written to one ``.tar.gz``; and a restore that checks the archive
before touching anything.

The database is copied with the engine's own consistent-snapshot tool: SQLite's online
backup API (safe while the site runs) or ``pg_dump --format=custom`` for PostgreSQL.
Media files, public (``media/``) and private (``private/``: certificates, import
reports), are read through Django's storage API, so the same code backs up a folder on
disk or an S3 bucket.
"""

import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages
from django.db import connection

MANIFEST = "manifest.json"
FORMAT_VERSION = 1


class BackupError(Exception):
    pass


def _sha256(data_or_file):
    digest = hashlib.sha256()
    if isinstance(data_or_file, bytes):
        digest.update(data_or_file)
    else:
        for chunk in iter(lambda: data_or_file.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _walk_storage(storage, prefix=""):
    try:
        directories, files = storage.listdir(prefix)
    except FileNotFoundError:
        return  # a folder on disk not created yet: no files
    for name in files:
        yield f"{prefix}{name}"
    for directory in directories:
        yield from _walk_storage(storage, f"{prefix}{directory}/")


def _pg_environment():
    settings = connection.settings_dict
    env = os.environ.copy()
    if settings.get("PASSWORD"):
        env["PGPASSWORD"] = settings["PASSWORD"]
    args = ["--dbname", settings["NAME"]]
    if settings.get("HOST"):
        args += ["--host", settings["HOST"]]
    if settings.get("PORT"):
        args += ["--port", str(settings["PORT"])]
    if settings.get("USER"):
        args += ["--username", settings["USER"]]
    return env, args


def _client(name):
    path = shutil.which(name)
    if path is None:
        raise BackupError(f"{name} is not installed (Debian package postgresql-client).")
    return path


def _dump_database(target):
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        destination = sqlite3.connect(target)
        try:
            connection.connection.backup(destination)
        finally:
            destination.close()
    elif connection.vendor == "postgresql":
        env, args = _pg_environment()
        subprocess.run(  # noqa: S603 - fixed argument list, no shell
            [_client("pg_dump"), "--format=custom", "--no-owner", "--file", str(target), *args],
            env=env,
            check=True,
            capture_output=True,
        )
    else:
        raise BackupError(f"Backups of {connection.vendor} databases are not supported.")


def _load_database(source):
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        origin = sqlite3.connect(source)
        try:
            origin.backup(connection.connection)
        finally:
            origin.close()
    elif connection.vendor == "postgresql":
        connection.close()
        env, args = _pg_environment()
        result = subprocess.run(  # noqa: S603 - fixed argument list, no shell
            [
                _client("pg_restore"),
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",
                *args,
                str(source),
            ],
            env=env,
            check=False,
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise BackupError("pg_restore failed: " + result.stderr.strip()[-2000:])
    else:
        raise BackupError(f"Restoring {connection.vendor} databases is not supported.")


# archive folder -> manifest key, for the two file storages
SECTIONS = (("media", "media"), ("private", "private"))


def _storages(storage, private_storage):
    return {
        "media": storage,
        "private": storages["private"] if private_storage is None else private_storage,
    }


def _add_files(archive, folder, storage):
    checksums = {}
    for name in sorted(_walk_storage(storage)):
        with storage.open(name, "rb") as handle:
            data = handle.read()
        checksums[name] = _sha256(data)
        info = tarfile.TarInfo(f"{folder}/{name}")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    return checksums


def create_backup(output_dir, storage=default_storage, private_storage=None):
    """Write ``portal-backup-<timestamp>.tar.gz`` into ``output_dir``; return its path.
    ``private_storage`` defaults to ``STORAGES["private"]``."""
    file_storages = _storages(storage, private_storage)
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    archive_path = output_dir / f"portal-backup-{stamp}.tar.gz"
    database_name = "database.sqlite3" if connection.vendor == "sqlite" else "database.dump"
    with tempfile.TemporaryDirectory() as workdir:
        database_path = Path(workdir) / database_name
        _dump_database(database_path)
        with database_path.open("rb") as handle:
            database_checksum = _sha256(handle)
        partial = archive_path.with_suffix(".partial")
        with tarfile.open(partial, "w:gz") as archive:
            archive.add(database_path, arcname=database_name)
            files = {
                key: _add_files(archive, folder, file_storages[key]) for folder, key in SECTIONS
            }
            manifest = json.dumps(
                {
                    "format": FORMAT_VERSION,
                    "created_at": datetime.now(UTC).isoformat(),
                    "database": {
                        "vendor": connection.vendor,
                        "file": database_name,
                        "sha256": database_checksum,
                    },
                    "media": files["media"],
                    "private": files["private"],
                },
                indent=1,
                sort_keys=True,
            ).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size = len(manifest)
            archive.addfile(info, io.BytesIO(manifest))
        # Only a finished archive gets its final name: a crash leaves no half backup.
        partial.rename(archive_path)
    return archive_path


def _safe_member(member):
    name = member.name
    return (
        member.isfile()
        and not name.startswith("/")
        and ".." not in Path(name).parts
        and (
            name in (MANIFEST, "database.sqlite3", "database.dump")
            or name.startswith(("media/", "private/"))
        )
    )


def verify_backup(archive_path):
    """Check every checksum of the archive; return its manifest. Raises BackupError."""
    try:
        with tarfile.open(archive_path, "r:gz") as archive:
            members = {member.name: member for member in archive.getmembers()}
            if MANIFEST not in members:
                raise BackupError("The archive has no manifest: it is not a portal backup.")
            unsafe = [name for name, member in members.items() if not _safe_member(member)]
            if unsafe:
                raise BackupError(f"The archive holds unexpected entries: {unsafe[:5]}")
            manifest = json.loads(archive.extractfile(MANIFEST).read())
            if manifest.get("format") != FORMAT_VERSION:
                raise BackupError("The archive was written by an unknown version.")
            database = manifest["database"]
            if database["vendor"] != connection.vendor:
                raise BackupError(
                    f"The backup is of a {database['vendor']} database; "
                    f"this site runs on {connection.vendor}."
                )
            expected = {database["file"]: database["sha256"]}
            for folder, key in SECTIONS:
                # Archives written before private files were backed up have no "private".
                expected.update(
                    {f"{folder}/{name}": digest for name, digest in manifest.get(key, {}).items()}
                )
            for name, digest in expected.items():
                if name not in members:
                    raise BackupError(f"{name} is missing from the archive.")
                if _sha256(archive.extractfile(members[name])) != digest:
                    raise BackupError(
                        f"{name} does not match its checksum: the archive is damaged."
                    )
            return manifest
    except (tarfile.TarError, OSError, EOFError, json.JSONDecodeError, KeyError) as error:
        raise BackupError(f"The archive cannot be read: {error}") from error


def restore_backup(archive_path, storage=default_storage, private_storage=None):
    """Verify ``archive_path`` completely, then replace the database and the files of
    both storages (``private_storage`` defaults to ``STORAGES["private"]``)."""
    manifest = verify_backup(archive_path)
    file_storages = _storages(storage, private_storage)
    with tempfile.TemporaryDirectory() as workdir, tarfile.open(archive_path, "r:gz") as archive:
        database_file = Path(workdir) / manifest["database"]["file"]
        with database_file.open("wb") as out:
            shutil.copyfileobj(archive.extractfile(manifest["database"]["file"]), out)
        _load_database(database_file)
        for folder, key in SECTIONS:
            _restore_files(archive, folder, manifest.get(key, {}), file_storages[key])
    return manifest


def _restore_files(archive, folder, wanted, storage):
    for name in list(_walk_storage(storage)):
        if name not in wanted:
            storage.delete(name)
    for name in wanted:
        data = archive.extractfile(f"{folder}/{name}").read()
        if storage.exists(name):
            storage.delete(name)
        saved = storage.save(name, ContentFile(data))
        if saved != name:
            raise BackupError(f"The storage renamed {name} to {saved}.")
