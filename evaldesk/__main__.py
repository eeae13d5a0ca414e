from evaldesk.cli import main

raise SystemExit(main())
