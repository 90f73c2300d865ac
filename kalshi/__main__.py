"""`python -m kalshi`: the `kalshi` command line (see `kalshi.cli`)."""

import sys

from .cli import main

sys.exit(main())
