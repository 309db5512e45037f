import os
import stat

import pytest
from django.core.exceptions import ImproperlyConfigured

from midway import conf


def test_env_bool_refuses_anything_but_true_or_false(monkeypatch):
    monkeypatch.setenv("X_FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="X_FLAG must be true or false"):
        conf.env_bool("X_FLAG", False)
    monkeypatch.setenv("X_FLAG", "TRUE")
    assert conf.env_bool("X_FLAG", False) is True


def test_env_int_names_the_variable(monkeypatch):
    monkeypatch.setenv("X_NUM", "ten")
    with pytest.raises(ImproperlyConfigured, match="X_NUM must be a whole number"):
        conf.env_int("X_NUM", 5)


def test_env_choice_lists_the_choices(monkeypatch):
    monkeypatch.setenv("MIDWAY_SIGNUP", "sometimes")
    with pytest.raises(ImproperlyConfigured, match="invite-only, open"):
        conf.env_choice("MIDWAY_SIGNUP", ["invite-only", "open"], "invite-only")


def test_secret_can_come_from_a_file(monkeypatch, tmp_path):
    secret = tmp_path / "secret"
    secret.write_text("from-a-file\n")
    monkeypatch.delenv("X_SECRET", raising=False)
    monkeypatch.setenv("X_SECRET_FILE", str(secret))
    assert conf.env_str("X_SECRET", "") == "from-a-file"


def test_secret_key_is_generated_once_and_private(tmp_path):
    first = conf.load_or_create_secret_key(tmp_path)
    assert len(first) > 40
    assert conf.load_or_create_secret_key(tmp_path) == first
    mode = stat.S_IMODE(os.stat(tmp_path / "secret_key").st_mode)
    assert mode == 0o600


def test_checkout_keeps_its_data_beside_the_code():
    assert conf.data_dir_default().name == "data"


def test_trusted_proxies_are_addresses_or_networks(monkeypatch):
    monkeypatch.setenv("X_PROXIES", "127.0.0.1, 10.0.0.0/8 ,::1")
    assert conf.env_networks("X_PROXIES") == ["127.0.0.1/32", "10.0.0.0/8", "::1/128"]
    monkeypatch.setenv("X_PROXIES", "127.0.0.1, my-proxy")
    with pytest.raises(ImproperlyConfigured, match="X_PROXIES must list IP addresses"):
        conf.env_networks("X_PROXIES")


def test_public_url_must_be_an_http_address(monkeypatch):
    monkeypatch.setenv("X_URL", "https://midway.example.org/")
    assert conf.env_url("X_URL") == "https://midway.example.org"
    for bad in ("midway.example.org", "ftp://x.org", "https://x.org/?next=1", "https://"):
        monkeypatch.setenv("X_URL", bad)
        with pytest.raises(ImproperlyConfigured, match="X_URL must be an address"):
            conf.env_url("X_URL")
