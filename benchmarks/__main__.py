"""`python -m benchmarks [--quick] [--json PATH] [--db URL]`."""

from benchmarks.run import main

raise SystemExit(main())
