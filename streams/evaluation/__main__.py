"""``python -m streams.evaluation``: see streams.evaluation.cli."""
from streams.evaluation.cli import main

raise SystemExit(main())
