"""The project's format modules (FORMAT_MODULE_PATH): how dates and times are typed.

Django reads the attributes a module here defines and takes the rest from its own
locale formats; ISO 8601 input (2027-01-15 18:00) is always accepted besides.
"""
