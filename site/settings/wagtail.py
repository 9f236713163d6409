"""Wagtail, search and map settings (imported by base.py)."""

import os

from kreativorte.compounds import words as compound_words

from .env import env_mapping

WAGTAIL_SITE_NAME = "Kreativorte Sachsen"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "kreativorte.KreativorteImage"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
# mp4, webm and vtt: the videos of the Gebärdensprache page and their WebVTT captions.
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "txt", "xlsx", "zip"]
WAGTAILDOCS_EXTENSIONS += ["mp4", "webm", "vtt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Documents only through /dokumente/, which checks collection privacy; never a file URL.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# The admin's date and time fields show and read German formats (TT.MM.JJJJ HH:MM), for
# every admin language; kreativorte/formats/ accepts them, and ISO 8601 besides.
WAGTAIL_DATE_FORMAT = "%d.%m.%Y"
WAGTAIL_DATETIME_FORMAT = "%d.%m.%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# Search statistics are kept 90 days, by Wagtail's garbage collection and purge_search_logs.
WAGTAILSEARCH_HITS_MAX_AGE = 90

# Search: the database backend (PostgreSQL full text, SQLite FTS5) unless
# ELASTICSEARCH_URL points at an Elasticsearch 9 cluster.
GERMAN_INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "filter": {
                "german_stemmer": {"type": "stemmer", "language": "light_german"},
                "german_stop": {"type": "stop", "stopwords": "_german_"},
                # The parts of compounds beside the whole word, from the list the
                # search documents split with (kreativorte/compound_words.txt).
                "german_decompounder": {
                    "type": "dictionary_decompounder",
                    "word_list": sorted(compound_words()),
                    "min_subword_size": 3,
                    "only_longest_match": True,
                },
            },
            "analyzer": {
                # "default" applies to every text field the mapping does not name otherwise.
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [
                        "lowercase",
                        "german_stop",
                        "german_normalization",
                        "asciifolding",
                        "german_decompounder",
                        "german_stemmer",
                    ],
                },
            },
        }
    }
}
if os.environ.get("ELASTICSEARCH_URL"):
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch9",
            "URLS": [os.environ["ELASTICSEARCH_URL"]],
            "INDEX_PREFIX": os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "kreativorte_"),
            "TIMEOUT": 5,
            "INDEX_SETTINGS": GERMAN_INDEX_SETTINGS,
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            # Wagtail's database backend whose writes cost the same however big the index.
            "BACKEND": "search.backend",
            "SEARCH_CONFIG": "kreativorte_german",
        }
    }

# Maps: Leaflet is served by us; tiles come only from a server someone configured
# (no third-party requests by default; dev.py configures OpenStreetMap's).
MAP_TILE_URL = os.environ.get("MAP_TILE_URL", "")
MAP_TILE_ATTRIBUTION = os.environ.get(
    "MAP_TILE_ATTRIBUTION",
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>-Mitwirkende',
)
SAXONY_CENTRE = {"lat": 50.93, "lng": 13.46}
GEO_WIDGET_DEFAULT_LOCATION = SAXONY_CENTRE
GEO_WIDGET_ZOOM = 8
GEO_WIDGET_LEAFLET_TILE_LAYER = MAP_TILE_URL
GEO_WIDGET_LEAFLET_TILE_LAYER_OPTIONS = {"attribution": MAP_TILE_ATTRIBUTION, "maxZoom": 19}

# Draft preview in external front-ends (kreativorte.pages.ExternalPreviewMixin,
# headless/preview.py): the front-end URL that receives ?content_type=…&token=…, for every
# site (HEADLESS_PREVIEW_URL) and per site host (HEADLESS_PREVIEW_URLS "host=url,…").
# Without a URL for a page's site, its editors see only the website preview.
HEADLESS_PREVIEW_URL = os.environ.get("HEADLESS_PREVIEW_URL", "")
WAGTAIL_HEADLESS_PREVIEW = {
    "CLIENT_URLS": env_mapping("HEADLESS_PREVIEW_URLS")
    | ({"default": HEADLESS_PREVIEW_URL} if HEADLESS_PREVIEW_URL else {}),
    "ENFORCE_TRAILING_SLASH": False,  # the URL as configured
}
# How long a preview token may be read; at most a day (the package deletes snapshots from
# before yesterday).
HEADLESS_PREVIEW_TOKEN_SECONDS = int(os.environ.get("HEADLESS_PREVIEW_TOKEN_SECONDS", "3600"))
