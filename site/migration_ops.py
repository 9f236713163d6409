"""Migration operations shared by the apps."""

from django.db import migrations


def postgresql_sql(forward: str, backward: str) -> migrations.RunPython:
    """SQL that only PostgreSQL runs (text search); other databases skip it."""

    def run(sql):
        def operation(apps, schema_editor):
            if schema_editor.connection.vendor == "postgresql":
                schema_editor.execute(sql)

        return operation

    return migrations.RunPython(run(forward), run(backward))
