# syntax=docker/dockerfile:1
# Production image: gunicorn as a non-root user, static files collected and served by WhiteNoise.
# CI runs these build steps without a Docker engine (.ci/dockerfile-steps): keep every RUN
# self-contained and every path absolute.

# 1. Front-end dependencies from npm (Leaflet), never from a CDN, bundled by esbuild.
FROM node:20-slim AS assets
WORKDIR /app
COPY package.json package-lock.json ./
# Only what the build needs: the devDependencies (axe-core, Lighthouse) are for the tests.
RUN npm ci --omit=dev --no-audit --no-fund
COPY site/assets site/assets
COPY places/assets places/assets
RUN npm run build

# 2. Pinned dependencies (hashes checked), then the project as a wheel, then static files.
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
COPY requirements.lock ./
RUN python -m venv /venv && /venv/bin/pip install --quiet --require-hashes --no-deps -r requirements.lock
COPY . .
COPY --from=assets /app/site/static/dist site/static/dist
COPY --from=assets /app/site/static/vendor site/static/vendor
RUN /venv/bin/pip install --quiet --no-deps --no-build-isolation . \
    && DJANGO_SETTINGS_MODULE=kreativorte.settings.build STATIC_ROOT=/app/static_collected \
       /venv/bin/python manage.py collectstatic --noinput --verbosity 0

# 3. Runtime: the virtual environment, collected static files and manage.py; no sources.
FROM python:3.11-slim
ENV PATH=/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=kreativorte.settings.production \
    STATIC_ROOT=/app/static_collected \
    MEDIA_ROOT=/app/media \
    PRIVATE_MEDIA_ROOT=/app/private_media \
    PORT=8000
RUN useradd --create-home --uid 10001 kreativorte
RUN mkdir -p /app/media /app/private_media && chown 10001 /app/media /app/private_media
WORKDIR /app
COPY --from=build /venv /venv
COPY --from=build /app/static_collected /app/static_collected
COPY --from=build /app/manage.py /app/manage.py
USER kreativorte
EXPOSE 8000
# Liveness only (no database): /readyz is for the orchestrator's readiness probe.
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen(f'http://127.0.0.1:{os.environ[\"PORT\"]}/healthz', timeout=2)"]
# Run `python manage.py migrate` once per release before starting new containers.
# The same image runs the worker that sends webhooks (one or more containers beside the web
# ones, same environment): docker run … IMAGE python manage.py db_worker --backend webhooks
CMD ["gunicorn", "kreativorte.wsgi:application", "--config", "python:kreativorte.gunicorn"]
