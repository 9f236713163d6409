"""GeoJSON import and export of places: validate everything first, write all or nothing."""

import copy
import json
import sys

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import PageLogEntry, ReferenceIndex, Revision

from places.factories import PlacePageFactory
from places.models import PlacePage

from .test_change_feed import changes_of, cursor_now

pytestmark = pytest.mark.django_db

VALID = {
    "type": "FeatureCollection",
    "features": [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [14.9877, 51.1526]},
            "properties": {
                "title": "Eisfabrik an der Neiße",
                "external_id": "kv-017",
                "subtitle": "Von der Eisfabrik zum Kulturort",
                "town": "Görlitz",
                "district": "Landkreis Görlitz",
                "types": ["Soziokulturelles Zentrum", "veranstaltungsort"],
                "submarkets": ["musikwirtschaft"],
                "status": "established",
                "former_use": "Eisfabrik",
                "description": "Eine ehemalige Eisfabrik mit Konzertsaal und Werkstätten.",
                "website": "https://eisfabrik.example",
            },
        },
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [13.2938, 51.3077]},
            "properties": {
                "title": "Kesselhaus Riesa",
                "external_id": "kv-018",
                "town": "Riesa",
                "district": "landkreis-meissen",
                "types": ["galerie-ausstellung"],
                "status": "in-the-making",
            },
        },
    ],
}


def run(*args):
    """Run a command; return its exit status as manage.py would (CommandError.returncode).

    Messages go to stdout, errors to stderr, as in a shell. (ManagementUtility itself
    would close the test's database connection on exit.)
    """
    try:
        call_command(*map(str, args), stdout=sys.stdout, stderr=sys.stderr)
    except CommandError as error:
        sys.stderr.write(f"CommandError: {error}\n")
        return error.returncode
    return 0


def write(tmp_path, data, name="orte.geojson"):
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def snapshot():
    return (
        sorted(PlacePage.objects.values_list("id", "title", "subtitle", "town", "latitude")),
        Revision.objects.count(),
    )


def test_a_valid_file_creates_published_places(tree, tmp_path, capsys):
    assert run("import_places", write(tmp_path, VALID)) == 0
    assert "neu: 2, aktualisiert: 0, unverändert: 0" in capsys.readouterr().out
    place = PlacePage.objects.get(external_id="kv-017")
    assert place.live and place.get_parent().id == tree.places.id
    assert (place.latitude, place.longitude) == (51.1526, 14.9877)
    assert place.district.slug == "landkreis-goerlitz"
    assert sorted(t.slug for t in place.place_types.all()) == [
        "soziokulturelles-zentrum",
        "veranstaltungsort",
    ]
    assert place.teaser.startswith("Eine ehemalige Eisfabrik")
    assert place.slug == "eisfabrik-an-der-neisse"
    assert PlacePage.objects.get(external_id="kv-018").status == "in-the-making"


def test_reimport_updates_by_external_id_and_never_duplicates(tree, tmp_path, capsys):
    path = write(tmp_path, VALID)
    run("import_places", path)
    assert run("import_places", path) == 0
    assert "neu: 0, aktualisiert: 0, unverändert: 2" in capsys.readouterr().out

    changed = copy.deepcopy(VALID)
    changed["features"][1]["properties"]["subtitle"] = "Vom Kesselhaus zur Kunsthalle"
    assert run("import_places", write(tmp_path, changed)) == 0
    out = capsys.readouterr().out
    assert "neu: 0, aktualisiert: 1, unverändert: 1" in out
    assert "Kesselhaus Riesa" in out and "subtitle" in out
    assert PlacePage.objects.count() == 2
    assert PlacePage.objects.get(external_id="kv-018").subtitle == "Vom Kesselhaus zur Kunsthalle"


def test_dry_run_reports_and_writes_nothing(tree, tmp_path, capsys):
    before = snapshot()
    assert run("import_places", write(tmp_path, VALID), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "+ Feature 0 „Eisfabrik an der Neiße“" in out
    assert "neu: 2" in out and "Probelauf" in out
    assert snapshot() == before


def broken(mutate):
    data = copy.deepcopy(VALID)
    mutate(data["features"][1])
    return data


INVALID_CASES = {
    "outside Saxony": (
        broken(lambda f: f["geometry"].update(coordinates=[13.405, 52.52])),
        "Feature 1 „Kesselhaus Riesa“, Feld geometry: [13.405, 52.52] liegt außerhalb Sachsens",
    ),
    "lat and lon swapped": (
        broken(lambda f: f["geometry"].update(coordinates=[51.3077, 13.2938])),
        "Feature 1 „Kesselhaus Riesa“, Feld geometry: Länge und Breite sind vertauscht",
    ),
    "unknown district": (
        broken(lambda f: f["properties"].update(district="Landkreis Hof")),
        "Feature 1 „Kesselhaus Riesa“, Feld district: „Landkreis Hof“ ist kein sächsischer Landkreis",
    ),
    "unknown type": (
        broken(lambda f: f["properties"].update(types=["Raumstation"])),
        "Feature 1 „Kesselhaus Riesa“, Feld types: unbekannt: Raumstation",
    ),
    "missing title": (
        broken(lambda f: f["properties"].pop("title")),
        "Feature 1 (ohne Titel), Feld title: fehlt (Pflichtfeld)",
    ),
    "unknown status": (
        broken(lambda f: f["properties"].update(status="abgerissen")),
        "Feature 1 „Kesselhaus Riesa“, Feld status: „abgerissen“ ist unbekannt",
    ),
    "malformed JSON": ('{"type": "FeatureCollection", "features": [', "Keine gültige JSON-Datei"),
    "not a collection": ({"type": "Feature"}, "FeatureCollection"),
}


@pytest.mark.parametrize("case", INVALID_CASES)
def test_an_invalid_file_is_refused_with_a_message_and_nothing_is_written(
    tree, tmp_path, capsys, case
):
    PlacePageFactory(parent=tree.places, title="Bestehender Ort", external_id="kv-018")
    data, message = INVALID_CASES[case]
    before = snapshot()
    assert run("import_places", write(tmp_path, data)) == 1
    err = capsys.readouterr().err
    assert message in err
    assert "nichts wurde geschrieben" in err
    assert snapshot() == before


def test_all_problems_are_reported_at_once(tree, tmp_path, capsys):
    data = copy.deepcopy(VALID)
    data["features"][0]["properties"]["district"] = "Bayern"
    data["features"][1]["geometry"]["coordinates"] = [0, 0]
    assert run("import_places", write(tmp_path, data)) == 1
    err = capsys.readouterr().err
    assert "Feature 0 „Eisfabrik an der Neiße“, Feld district" in err
    assert "Feature 1 „Kesselhaus Riesa“, Feld geometry" in err


def test_a_missing_file_is_a_clear_error(tree, tmp_path, capsys):
    assert run("import_places", tmp_path / "fehlt.geojson") == 1
    assert "Datei nicht lesbar" in capsys.readouterr().err


def test_export_then_import_changes_nothing(tree, tmp_path, capsys):
    run("import_places", write(tmp_path, VALID))
    PlacePageFactory(parent=tree.places, title="Im Admin angelegt", town="Plauen")
    PlacePageFactory(parent=tree.places, title="Entwurf", live=False)
    exported = tmp_path / "export.geojson"
    assert run("export_places", exported) == 0
    collection = json.loads(exported.read_text(encoding="utf-8"))
    assert len(collection["features"]) == 3  # live places only
    feature = next(f for f in collection["features"] if f["properties"]["external_id"] == "kv-017")
    assert feature["geometry"] == {"type": "Point", "coordinates": [14.9877, 51.1526]}
    assert feature["properties"]["district"] == "landkreis-goerlitz"

    before = snapshot()
    capsys.readouterr()
    assert run("import_places", exported) == 0
    assert "neu: 0, aktualisiert: 0, unverändert: 3" in capsys.readouterr().out
    assert snapshot() == before
    assert run("export_places", tmp_path / "again.geojson") == 0
    assert (tmp_path / "again.geojson").read_text() == exported.read_text()


def minimal(data):
    """The same places with only the required properties."""
    data = copy.deepcopy(data)
    for feature in data["features"]:
        props = feature["properties"]
        feature["properties"] = {
            k: props[k] for k in ("title", "external_id", "town", "district") if k in props
        }
    return data


def test_properties_a_file_leaves_out_keep_their_values(tree, tmp_path, capsys):
    run("import_places", write(tmp_path, VALID))
    assert run("import_places", write(tmp_path, minimal(VALID), "minimal.geojson")) == 0
    assert "unverändert: 2" in capsys.readouterr().out
    place = PlacePage.objects.get(external_id="kv-017")
    assert place.subtitle == "Von der Eisfabrik zum Kulturort"
    assert place.place_types.count() == 2


def test_too_long_values_are_refused_before_writing_even_in_a_dry_run(tree, tmp_path, capsys):
    data = copy.deepcopy(VALID)
    data["features"][1]["properties"]["subtitle"] = "lang " * 40
    before = snapshot()
    assert run("import_places", write(tmp_path, data), "--dry-run") == 1
    assert (
        "Feature 1 „Kesselhaus Riesa“, Feld subtitle: ist 200 Zeichen lang"
        in capsys.readouterr().err
    )
    assert snapshot() == before


def test_files_from_other_tools_import(tree, tmp_path, capsys):
    """A byte-order mark, an altitude and extra properties are no reason to refuse a file."""
    data = copy.deepcopy(VALID)
    data["features"][0]["geometry"]["coordinates"] = [14.9877, 51.1526, 199.5]
    data["features"][0]["properties"]["fid"] = 17
    path = tmp_path / "qgis.geojson"
    path.write_text("\ufeff" + json.dumps(data), encoding="utf-8")
    assert run("import_places", path) == 0
    captured = capsys.readouterr()
    assert "neu: 2" in captured.out
    assert (
        "Feature 0 „Eisfabrik an der Neiße“: ignoriert unbekannte Eigenschaften fid" in captured.err
    )


def test_a_failure_while_writing_rolls_back_the_whole_file(tree, tmp_path, monkeypatch, capsys):
    from places import geojson

    calls = []

    def fail_after_writing(pages):
        calls.append(PlacePage.objects.count())
        raise geojson.GeoJSONError(["Suchindex nicht erreichbar"])

    monkeypatch.setattr(geojson, "index", fail_after_writing)
    before = snapshot()
    assert run("import_places", write(tmp_path, VALID)) == 1
    assert calls == [2]  # the places were written before the failure
    assert "nichts wurde geschrieben" in capsys.readouterr().err
    assert snapshot() == before


def test_a_draft_place_settles_after_one_import(tree, tmp_path, capsys):
    run("import_places", write(tmp_path, VALID), "--draft")
    assert not PlacePage.objects.get(external_id="kv-017").live
    revisions = Revision.objects.count()
    assert run("import_places", write(tmp_path, VALID)) == 0
    assert "unverändert: 2" in capsys.readouterr().out
    assert Revision.objects.count() == revisions


def test_a_place_with_an_editors_pending_draft_is_skipped(tree, tmp_path, capsys):
    run("import_places", write(tmp_path, VALID))
    place = PlacePage.objects.get(external_id="kv-018")
    place.subtitle = "Entwurf der Redaktion"
    place.save_revision()
    changed = copy.deepcopy(VALID)
    changed["features"][1]["properties"]["town"] = "Riesa-Gröba"
    assert run("import_places", write(tmp_path, changed)) == 0
    assert "übersprungen: Feature 1 „Kesselhaus Riesa“" in capsys.readouterr().out
    latest = PlacePage.objects.get(pk=place.pk).get_latest_revision_as_object()
    assert (latest.subtitle, latest.town) == ("Entwurf der Redaktion", "Riesa")


def test_a_copied_place_gets_its_own_external_id(tree):
    place = PlacePageFactory(parent=tree.places, title="Alte Post", town="Zittau")
    assert place.external_id == "alte-post-zittau"
    copy_ = place.copy(
        to=tree.places, update_attrs={"slug": "alte-post-2", "title": "Alte Post II"}
    )
    assert copy_.external_id == "alte-post-ii-zittau"


def test_duplicate_external_ids_in_the_database_stop_the_import(tree, tmp_path, capsys):
    PlacePageFactory(parent=tree.places, title="Eins", external_id="kv-017")
    other = PlacePageFactory(parent=tree.places, title="Zwei")
    PlacePage.objects.filter(pk=other.pk).update(external_id="kv-017")
    assert run("import_places", write(tmp_path, VALID)) == 1
    assert "Mehrere Orte haben dieselbe externe ID: „kv-017“" in capsys.readouterr().err


def collection(count, start=0):
    """`count` places in the format of VALID, each with its own title and key."""
    template = VALID["features"][1]
    features = []
    for number in range(start, start + count):
        feature = copy.deepcopy(template)
        feature["properties"].update(
            title=f"Kühlturm Nummer {number}", external_id=f"bulk-{number}"
        )
        features.append(feature)
    return {"type": "FeatureCollection", "features": features}


@pytest.mark.usefixtures("fresh_cache")
def test_new_places_imported_in_bulk_are_everywhere_a_published_page_is(
    tree, tmp_path, client, admin_client, capsys
):
    cursor = cursor_now(client)
    assert run("import_places", write(tmp_path, collection(3))) == 0
    places = PlacePage.objects.filter(external_id__startswith="bulk-").order_by("pk")
    assert places.count() == 3 and len({p.slug for p in places}) == 3
    for place in places:
        assert place.live and place.live_revision_id == place.latest_revision_id
        assert place.first_published_at and place.last_published_at
        assert place.get_parent().id == tree.places.id
        assert PageLogEntry.objects.filter(page=place, action="wagtail.publish").count() == 1
        assert ReferenceIndex.objects.filter(object_id=str(place.pk)).exists()  # its district
        assert place.get_latest_revision_as_object().title == place.title
    ids = {p.pk for p in places}
    listed = client.get("/api/v1/places/", {"limit": 50}).json()["results"]
    assert ids <= {item["id"] for item in listed}
    found = client.get("/api/v1/search/", {"q": "Kühlturm"}).json()["results"]
    assert {hit["title"] for hit in found} >= {p.title for p in places}
    admin = admin_client.get("/admin/pages/search/", {"q": "Kühlturm"}).content.decode()
    assert all(p.title in admin for p in places)
    assert {("upsert", "place", pk) for pk in ids} <= set(changes_of(client, cursor))
    tree.places.refresh_from_db()
    assert tree.places.numchild == tree.places.get_children().count()


def test_a_bulk_import_of_drafts_is_not_public(tree, tmp_path, client):
    assert run("import_places", write(tmp_path, collection(2)), "--draft") == 0
    place = PlacePage.objects.get(external_id="bulk-0")
    assert not place.live and place.has_unpublished_changes and place.live_revision is None
    assert place.latest_revision and place.first_published_at is None
    assert client.get("/api/v1/search/", {"q": "Kühlturm"}).json()["results"] == []


def test_importing_places_in_bulk_costs_a_bounded_number_of_queries(
    tree, tmp_path, django_assert_max_num_queries
):
    run("import_places", write(tmp_path, collection(1)))  # warms lookups cached per process
    path = write(tmp_path, collection(50, start=1), "fuenfzig.geojson")
    # One by one (add_child, save_revision, publish) it took about 140 per place; in bulk
    # about 8 remain (validating a page, its reference index entries, its search words).
    with django_assert_max_num_queries(50 * 10):
        assert run("import_places", path) == 0
