"""Small helpers to read typed values from environment variables."""

import os

TRUE_VALUES = {"1", "true", "yes", "on"}


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    return default if value is None else value.strip().lower() in TRUE_VALUES


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_mapping(name: str) -> dict[str, str]:
    """Reads "key=value,key2=value2" as a dict; items without "=" are ignored."""
    pairs = (item.partition("=") for item in env_list(name, ""))
    return {key.strip(): value.strip() for key, sep, value in pairs if sep and key.strip()}
