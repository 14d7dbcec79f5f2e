"""Sub-commands of ``desktop-crm contacts``: each module adds its parsers and runs its own.

A module has ``add_parsers(subparsers)`` and ``run(args, paths) -> int | None`` (None: not
mine). ``cli.py`` asks each in turn.
"""
