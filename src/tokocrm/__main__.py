"""`python -m tokocrm` behaves exactly like the `tokocrm` command."""

import sys

from tokocrm.cli import main

sys.exit(main())
