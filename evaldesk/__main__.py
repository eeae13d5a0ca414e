from evaldesk import input_method

input_method.configure()  # before Qt starts: it reads QT_IM_MODULE once

from evaldesk.cli import main  # noqa: E402

raise SystemExit(main())
