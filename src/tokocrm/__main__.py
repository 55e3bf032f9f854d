"""`python -m tokocrm` behaves exactly like the `tokocrm` command (and is the bundle's entry)."""

import os
import sys

from tokocrm import config

if getattr(sys, "frozen", False):
    # PyInstaller points matplotlib at a new temporary folder at every start, so it rebuilt its
    # font cache each time (~1 s); the user's cache folder keeps it.
    os.environ["MPLCONFIGDIR"] = str(config.cache_dir() / "matplotlib")

from tokocrm.cli import main  # after the environment is set

sys.exit(main())
