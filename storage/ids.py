"""Time-ordered event ids, so the unique index on ids grows at its end."""

import os
import time


def uuid7() -> str:
    """Return a UUID version 7 as text: 48 bits of Unix milliseconds, then random bits."""
    random = bytearray(os.urandom(10))
    random[0] = 0x70 | (random[0] & 0x0F)  # version 7
    random[2] = 0x80 | (random[2] & 0x3F)  # RFC 4122 variant
    digits = ((time.time_ns() // 1_000_000) & 0xFFFF_FFFF_FFFF).to_bytes(6, "big").hex()
    digits += random.hex()
    return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"
