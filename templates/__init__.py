"""Jinja2 templates shipped with timeline."""
