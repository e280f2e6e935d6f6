"""Build of the extension modules: the event coder (`timeline/coding`) compiled to C with
mypyc from its type-annotated source, which codes sentences in about half the time the
interpreter takes. Everything else is configured in pyproject.toml.

`TIMELINE_PURE_PYTHON=1 pip install …` skips the compilation; so does any failure to
compile (no C compiler, say), with a warning: the package then runs as plain Python, with
the same results.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

COMPILED = sorted(
    str(path) for path in Path("timeline/coding").glob("*.py") if path.name != "__init__.py"
)


def _warn(message: str) -> None:
    print(f"timeline: {message}; the event coder runs as plain Python", file=sys.stderr)


class OptionalBuildExt(build_ext):
    """Builds the compiled coder, or leaves the package plain Python if that fails."""

    def run(self) -> None:
        built = [Path(self.get_ext_fullpath(extension.name)) for extension in self.extensions]
        try:
            super().run()
        except Exception as error:  # any compiler or linker failure
            _warn(f"compiling the coder failed ({error})")
            for path in built:  # no half-built set of modules
                path.unlink(missing_ok=True)
            return
        for path in built:
            # A module copied from an earlier build keeps that build's time; it is as new
            # as the source it was just checked against.
            if path.exists():
                os.utime(path)


def _extensions() -> list:
    if os.environ.get("TIMELINE_PURE_PYTHON"):
        return []
    try:
        from mypyc.build import mypycify

        return mypycify(COMPILED, opt_level="3", group_name="timeline.coding.compiled")
    except (Exception, SystemExit) as error:  # mypyc missing, or it rejects the source
        _warn(f"mypyc cannot compile the coder ({error})")
        return []


setup(ext_modules=_extensions(), cmdclass={"build_ext": OptionalBuildExt})
