"""Background tasks: Wagtail's own run at once; webhooks wait in the database for a worker
(`manage.py db_worker --backend webhooks`), which also retries them later."""

from .env import env_bool

TASKS = {
    # Wagtail's tasks (reference index, file deletion), in the request as before.
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "webhooks": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
# Webhook URLs may point at this machine or a private network (development, tests only):
# otherwise an administrator could make the server probe its own network.
WEBHOOKS_ALLOW_PRIVATE = env_bool("WEBHOOKS_ALLOW_PRIVATE", False)
WEBHOOKS_TIMEOUT_SECONDS = 10
