# syntax=docker/dockerfile:1
# Production image: gunicorn as a non-root user, static files collected and served by WhiteNoise.

# 1. Front-end dependencies from npm (Leaflet), never from a CDN, bundled by esbuild.
FROM node:20-slim AS assets
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY site/assets site/assets
COPY places places
RUN npm run build

# 2. Python dependencies and the project in a virtual environment.
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /venv
ENV PATH=/venv/bin:$PATH
WORKDIR /app
COPY . .
# Editable install: maps the import name `kreativorte` to the folder site/.
RUN pip install --upgrade pip && pip install -e .

# 3. Runtime.
FROM python:3.11-slim
ENV PATH=/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=kreativorte.settings.production \
    PORT=8000
RUN useradd --create-home --uid 10001 kreativorte
WORKDIR /app
COPY --from=build /venv /venv
COPY --from=build /app /app
COPY --from=assets /app/node_modules/leaflet/dist /app/node_modules/leaflet/dist
COPY --from=assets /app/site/static/dist /app/site/static/dist
RUN SECRET_KEY=collectstatic-only python manage.py collectstatic --noinput \
    && mkdir -p /app/media && chown kreativorte /app/media
USER kreativorte
EXPOSE 8000
# Run `python manage.py migrate` once per release before starting new containers.
CMD ["sh", "-c", "exec gunicorn kreativorte.wsgi:application --bind 0.0.0.0:${PORT} --workers ${WEB_CONCURRENCY:-3} --access-logfile -"]
