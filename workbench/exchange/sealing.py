"""Sealed package files: AES-256-GCM over the content, the clear header bound in as associated data.

A package file is `MAGIC`, the header's length (4 bytes, big-endian), the header (UTF-8 JSON) and
the ciphertext. The header says what the package is (kind, campaign, reviewer, sequence, time) so
that a wrong file is named before anything is decrypted; because it is authenticated with the
content, changing any byte of it, or of the content, makes opening fail.

Keys: a task package is sealed under a key derived with scrypt (memory-hard) from a passphrase the
organiser hands the reviewer; a result package under the reviewer's own 32-byte secret, which
travelled inside the task package, so one reviewer cannot make another's result. All cryptography is
the `cryptography` package's; nothing here is home-made.
"""

from __future__ import annotations

import json
import os
import secrets
import struct
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from workbench.common.errors import QT_TRANSLATE_NOOP, UserError

MAGIC = b"WBPKG\x01"
FORMAT = 1
TASK, RESULT = "task", "result"
SUFFIX = {TASK: ".wbtask", RESULT: ".wbresult"}
MAX_HEADER = 64 * 1024
MAX_PACKAGE = 4 * 1024**3  # 4 GiB: scans included
# scrypt cost: 2**15 × 8 × 128 B = 32 MiB of memory, about 0.1 s here; RFC 7914's interactive setting.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
# Passphrases: 5 groups of 4 from 32 unambiguous characters = 100 bits, readable aloud and on paper.
ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"


class PackageRefused(UserError):
    code = "package_refused"
    template = QT_TRANSLATE_NOOP("UserError", "无法打开数据包“{name}”：{why}")


@dataclass(frozen=True)
class Header:
    kind: str
    package_id: str
    campaign_id: str
    campaign_name: str
    reviewer_id: str
    reviewer_name: str
    sequence: int
    made_at: str
    salt: str = ""  # hex; task packages only
    nonce: str = ""  # hex

    def as_json(self) -> bytes:
        body = {"format": FORMAT, **self.__dict__}
        return json.dumps(body, ensure_ascii=False, sort_keys=True).encode("utf-8")


def new_passphrase() -> str:
    chars = "".join(secrets.choice(ALPHABET) for _ in range(20))
    return "-".join(chars[i : i + 4] for i in range(0, 20, 4))


def normalise_passphrase(text: str) -> str:
    """What a reviewer types: case, spaces and dashes do not matter; O/I read as 0/1 never occur."""
    return "".join(c for c in text.upper() if c.isalnum())


def new_secret() -> str:
    return secrets.token_hex(32)


@lru_cache(maxsize=16)
def _passphrase_key(passphrase: str, salt: bytes) -> bytes:
    kdf = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return kdf.derive(normalise_passphrase(passphrase).encode("ascii", "replace"))


def seal(
    header: Header, content: bytes, *, passphrase: str | None = None, secret: str | None = None
) -> bytes:
    """The whole package file: header in clear (authenticated), content encrypted."""
    nonce = os.urandom(12)
    if passphrase is not None:
        salt = os.urandom(16)
        key = _passphrase_key(passphrase, salt)
        header = Header(**{**header.__dict__, "salt": salt.hex(), "nonce": nonce.hex()})
    elif secret is not None:
        key = bytes.fromhex(secret)
        header = Header(**{**header.__dict__, "salt": "", "nonce": nonce.hex()})
    else:
        raise ValueError("a package is sealed under a passphrase or a secret")
    head = header.as_json()
    prefix = MAGIC + struct.pack(">I", len(head)) + head
    return prefix + AESGCM(key).encrypt(nonce, content, prefix)


def read_header(path: Path) -> tuple[Header, bytes, bytes]:
    """The header, the authenticated prefix and the ciphertext; refuses what is not a package."""
    name = Path(path).name
    try:
        size = Path(path).stat().st_size
        if size > MAX_PACKAGE:
            raise PackageRefused(name=name, why="文件过大，不是工作台的数据包")
        data = Path(path).read_bytes()
    except OSError as exc:
        raise PackageRefused(name=name, why=f"文件无法读取（{exc.strerror or exc}）") from exc
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4:
        raise PackageRefused(name=name, why="这不是工作台的数据包（或文件已损坏）")
    (length,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    end = len(MAGIC) + 4 + length
    if length > MAX_HEADER or end > len(data):
        raise PackageRefused(name=name, why="文件不完整或已损坏")
    try:
        fields: dict[str, Any] = json.loads(data[len(MAGIC) + 4 : end].decode("utf-8"))
        if fields.pop("format") != FORMAT:
            raise PackageRefused(name=name, why="数据包由其他版本的工作台制作，无法读取")
        header = Header(**fields)
        bytes.fromhex(header.nonce)
        bytes.fromhex(header.salt)
    except PackageRefused:
        raise
    except (ValueError, TypeError, KeyError, UnicodeDecodeError) as exc:
        raise PackageRefused(name=name, why="文件不完整或已损坏") from exc
    if header.kind not in SUFFIX:
        raise PackageRefused(name=name, why="文件不完整或已损坏")
    return header, data[:end], data[end:]


def unseal(path: Path, *, passphrase: str | None = None, secret: str | None = None) -> tuple[Header, bytes]:
    """Decrypt and authenticate; any flipped byte, truncation or wrong key is refused."""
    header, prefix, body = read_header(path)
    name = Path(path).name
    if passphrase is not None:
        if not header.salt:
            raise PackageRefused(name=name, why="这不是任务包")
        key = _passphrase_key(passphrase, bytes.fromhex(header.salt))
        wrong = "口令不正确，或文件已损坏"
    elif secret is not None:
        key = bytes.fromhex(secret)
        wrong = "文件已被改动或损坏，或不是该评查人员制作的回收包"
    else:
        raise ValueError("a package is opened with a passphrase or a secret")
    try:
        return header, AESGCM(key).decrypt(bytes.fromhex(header.nonce), body, prefix)
    except (InvalidTag, ValueError) as exc:
        raise PackageRefused(name=name, why=wrong) from exc
