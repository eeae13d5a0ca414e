"""`evaldesk demo`: a realistic office on a built-in rubric, made through the services
(evaldesk.demo.office).

A program on top of the core, like the UI and the commands: no core package imports it. This
module only hands out ``build_demo`` and ``DemoResult`` on first use, so that the message
catalog can read the demo's wording (evaldesk.demo.wording) without loading the services,
the store and ReportLab with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from evaldesk.demo.office import DemoResult, build_demo

__all__ = ["DemoResult", "build_demo"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from evaldesk.demo import office

        return getattr(office, name)
    raise AttributeError(name)
