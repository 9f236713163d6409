#!/usr/bin/env python
import os
import sys

if __name__ == "__main__":
    # Production unless told otherwise: `make run` and the tests choose dev and test settings.
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kreativorte.settings.production")

    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
