"""One Markdown table row from wrk's output: requests/s, p50, p99, errors, and the share
of a reference rate. Exits 1 when any request failed.

    python scripts/wrk_summary.py LABEL WRK_OUTPUT_FILE [REFERENCE_REQUESTS_PER_SECOND]

Prints the row, and the requests/s alone on stderr (for the next row's reference).
"""

import re
import sys
from pathlib import Path


def ms(text: str, label: str) -> float:
    value, unit = re.search(rf"^\s+{label}\s+([\d.]+)(us|ms|s)\s*$", text, re.M).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def main(label: str, path: str, reference: str | None = None) -> int:
    text = Path(path).read_text()
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    bad = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", text))
    socket = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text
    )
    errors = bad + (sum(map(int, socket.groups())) if socket else 0)
    share = f" | {100 * rate / float(reference):.0f} %" if reference else ""
    print(
        f"| `{label}` | {rate:.0f} | {ms(text, '50%'):.1f} | {ms(text, '99%'):.1f} | {errors}{share} |"
    )
    print(f"{rate:.1f}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
