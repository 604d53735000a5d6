"""``python -m hamsession`` is the same program as the ``hamsession`` command."""

import sys

from hamsession.cli import main

sys.exit(main())
