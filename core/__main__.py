"""`python -m aise`: the same as the `aise` command."""

import sys

from aise.cli import main

sys.exit(main())
