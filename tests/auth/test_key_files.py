"""Secret key files are created owner-only from the start, and never written through a symlink."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from ibkr_webapi import ConfigurationError
from ibkr_webapi.testing.keys import generate_oauth1_credentials, generate_oauth2_client

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes and symlinks")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def test_key_files_are_0600(tmp_path: Path) -> None:
    creds = generate_oauth1_credentials(cached=True)
    old = os.umask(0)  # even with a permissive umask
    try:
        written = creds.write(tmp_path / "keys")
    finally:
        os.umask(old)
    assert set(written) == {"signature_key", "encryption_key", "dhparam"}
    for path in written.values():
        assert mode(path) == 0o600, path
    assert mode(tmp_path / "keys") == 0o700
    assert written["signature_key"].read_text() == creds.signature_private_key_pem


def test_a_reader_that_opened_the_old_file_never_sees_the_new_secret(tmp_path: Path) -> None:
    """The secret goes into a new 0600 file, not into a file someone already holds open."""
    creds = generate_oauth1_credentials(cached=True)
    target = tmp_path / "private_signature.pem"
    target.write_text("")
    target.chmod(0o644)
    with open(target) as spy:
        creds.write(tmp_path)
        assert spy.read() == ""
    assert target.read_text() == creds.signature_private_key_pem
    assert mode(target) == 0o600


@pytest.mark.parametrize("which", ["oauth1", "oauth2"])
def test_a_symlink_at_the_target_is_refused(tmp_path: Path, which: str) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    keys = tmp_path / "keys"
    keys.mkdir()
    name = "private_signature.pem" if which == "oauth1" else "oauth2_private_key.pem"
    (keys / name).symlink_to(victim)
    with pytest.raises(ConfigurationError, match="symlink"):
        if which == "oauth1":
            generate_oauth1_credentials(cached=True).write(keys)
        else:
            generate_oauth2_client(cached=True).write(keys)
    assert victim.read_text() == "precious"
    assert (keys / name).is_symlink()


def test_rewriting_into_the_same_directory_works(tmp_path: Path) -> None:
    creds = generate_oauth1_credentials(cached=True)
    first = creds.write(tmp_path)
    second = creds.write(tmp_path)
    assert first == second and all(mode(p) == 0o600 for p in second.values())
