"""The one front door: `careassure VERB ...`.

Pure tools (`validate`, `quality check`) run without Django or a database; every other verb is a
Django management command (`migrate`, `import-903`, `export-903`, `demo-data`, `report`, ...).
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "validate":
        from ssda903.validation.cli import main as validate_main

        return validate_main(args[1:])
    if args[:2] == ["quality", "check"]:
        from casequality.cli import main as quality_main

        return quality_main(args[2:])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "careassure.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["careassure", *args])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
