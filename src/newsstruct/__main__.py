"""``python -m newsstruct`` runs the command line."""

import sys

from newsstruct.apps.cli import main

sys.exit(main())
