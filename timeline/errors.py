"""Errors a user can fix; the CLI turns them into one-line messages."""

from __future__ import annotations


class TimelineError(Exception):
    """Base class for errors a user can fix."""


class InputError(TimelineError):
    """An input path or its content cannot be read as an article."""


class MissingPublicationDate(TimelineError):
    """No publication date was given or found for an article."""


class BadDate(TimelineError):
    """A date string (option or metadata) cannot be parsed."""


class OutputError(TimelineError):
    """An output file or folder cannot be written."""
