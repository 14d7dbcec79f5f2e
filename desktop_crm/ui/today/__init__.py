"""The Today page (``page.TodayPage``): the day's agenda and quick actions.

Nothing is imported here: walking the packages (tests/unit/test_architecture.py) imports
each package's __init__, which must not load Qt.
"""
