"""Near-duplicate articles: MinHash signatures over word 5-grams, and LSH bands to find candidates fast.

A syndicated copy or an updated version of a story shares most of its five-word shingles with the
original; two different stories on the same subject share almost none. The Jaccard similarity of the
shingle sets is estimated from 128 MinHash values; 32 bands of 4 values each make any pair above
about 0.5 share at least one band (probability > 0.999 at 0.7), so only those pairs are compared.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from typing import Optional

import numpy as np

__all__ = ["signature", "bands", "similarity", "THRESHOLD", "NUM_HASHES", "NUM_BANDS", "SHINGLE"]

SHINGLE = 5
NUM_HASHES = 128
NUM_BANDS = 32
THRESHOLD = 0.7          # estimated Jaccard at or above which two articles are near-duplicates

_PRIME = np.uint64(4294967291)   # largest prime below 2**32: (a * h + b) stays below 2**64


def _coefficients() -> tuple[np.ndarray, np.ndarray]:
    # Fixed, derived from a hash rather than a random generator, so signatures stored by one version
    # of eventwire (or numpy) stay comparable with those computed by the next.
    raw = hashlib.shake_128(b"eventwire-minhash-v1").digest(NUM_HASHES * 8)
    words = np.frombuffer(raw, dtype="<u4").astype(np.uint64).reshape(NUM_HASHES, 2)
    return (words[:, 0] % (_PRIME - np.uint64(1))) + np.uint64(1), words[:, 1] % _PRIME


_A, _B = _coefficients()
_WORD = re.compile(r"\w+")


def _shingles(text: str) -> np.ndarray:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        grams = [" ".join(words)] if words else []
    else:
        grams = [" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]
    return np.fromiter({zlib.crc32(g.encode("utf-8")) for g in grams}, dtype=np.uint64)


def signature(text: str) -> Optional[list[int]]:
    """Return the MinHash signature (NUM_HASHES 32-bit values) of a text, or None when it has no words."""
    hashes = _shingles(text)
    if hashes.size == 0:
        return None
    values = (hashes[:, None] * _A[None, :] + _B[None, :]) % _PRIME
    return values.min(axis=0).astype(np.uint32).tolist()


def bands(sig: list[int]) -> list[tuple[int, int]]:
    """Return (band number, 63-bit key) for each LSH band of a signature (63 bits fit DuckDB's BIGINT)."""
    rows = NUM_HASHES // NUM_BANDS
    arr = np.asarray(sig, dtype="<u4")
    out = []
    for b in range(NUM_BANDS):
        digest = hashlib.blake2b(arr[b * rows:(b + 1) * rows].tobytes(), digest_size=8).digest()
        out.append((b, int.from_bytes(digest, "little") >> 1))
    return out


def similarity(a: list[int], b: list[int]) -> float:
    """Return the estimated Jaccard similarity of the shingle sets behind two signatures."""
    return float(np.mean(np.asarray(a, dtype=np.uint32) == np.asarray(b, dtype=np.uint32)))
