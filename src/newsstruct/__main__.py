"""``python -m newsstruct`` runs the command line."""

import sys

from newsstruct.cli import main

sys.exit(main())
