from careassure.cli import main

raise SystemExit(main())
