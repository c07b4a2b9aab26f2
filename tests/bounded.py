"""Running hostile input in a child process with an address-space limit, and reading that child's own peak memory.

Shared by the workbook and package limit tests: the limit keeps a bomb from taking the machine, the peak shows the
memory stayed bounded."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MEMORY_LIMIT_MB = 300
ADDRESS_SPACE = 1536 << 20
# The child's own peak: VmHWM belongs to the memory it has since exec; ru_maxrss would carry the parent's (Linux
# keeps the high-water mark across fork and exec).
PEAK = ("def peak():  return next(int(line.split()[1]) // 1024 for line in open('/proc/self/status') "
        "if line.startswith('VmHWM:'))")


def bounded_cli(home: Path, *args: object, timeout: float = 300,
                env_extra: dict[str, str] | None = None) -> tuple[subprocess.CompletedProcess[str], int]:
    """`fieldapp ARGS` in a child with an address-space limit; its result and its peak memory in MB.
    `env_extra`: variables set for the child after the sign-in ones were removed (an account to sign in with)."""
    peak_file = home / "peak.txt"
    child = textwrap.dedent(f"""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, ({ADDRESS_SPACE}, {ADDRESS_SPACE}))
        {PEAK}
        from fieldapp.cli import main
        try:
            code = main(sys.argv[1:])
        finally:
            with open({str(peak_file)!r}, "w") as fh:
                fh.write(str(peak()))
        sys.exit(code)
    """)
    env = {**os.environ, "FIELDAPP_HOME": str(home), "FIELDAPP_FAST_KDF": "1"}
    env.pop("FIELDAPP_USER", None)
    env.pop("FIELDAPP_PASSWORD", None)
    env.update(env_extra or {})
    done = subprocess.run([sys.executable, "-c", child, *(str(a) for a in args)], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=ROOT)
    return done, int(peak_file.read_text())
