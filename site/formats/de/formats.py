# As the admin shows them (WAGTAIL_DATE_FORMAT and friends), with or without seconds.
DATE_INPUT_FORMATS = ["%d.%m.%Y"]
TIME_INPUT_FORMATS = ["%H:%M", "%H:%M:%S"]
DATETIME_INPUT_FORMATS = ["%d.%m.%Y %H:%M", "%d.%m.%Y %H:%M:%S"]
