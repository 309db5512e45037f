"""What a careless or hostile client sends gets a clear 4xx in JSON, never a 500."""

import json

import pytest

from midway.letters.models import Letter

pytestmark = pytest.mark.django_db


def _detail(response) -> str:
    assert response["Content-Type"].startswith("application/json")
    return str(response.json()["detail"])


def test_bad_json_is_a_400_that_says_so(ivy_api):
    response = ivy_api.post("/letters", '{"body": "unfinished')
    assert response.status_code == 400
    assert "not valid JSON" in _detail(response)


def test_a_lone_surrogate_is_a_400(ivy_api):
    response = ivy_api.post("/letters", '{"body": "\\ud800"}')
    assert response.status_code == 400
    assert "surrogate" in _detail(response)
    assert not Letter.objects.exists()


def test_a_nul_character_is_a_400(ivy_api):
    response = ivy_api.post("/letters", '{"body": "a\\u0000b"}')
    assert response.status_code == 400
    assert "NUL" in _detail(response)
    assert not Letter.objects.exists()


@pytest.mark.parametrize("depth", [25, 100_000])
def test_deeply_nested_json_is_a_400(ivy_api, depth):
    response = ivy_api.post("/letters", "[" * depth + "]" * depth)
    assert response.status_code == 400
    assert "nested" in _detail(response)


def test_a_10_mb_body_is_refused(ivy_api):
    body = json.dumps({"body": "x" * 10_000_000})
    response = ivy_api.post("/letters", body)
    assert response.status_code == 413
    assert "too large" in _detail(response)
    assert not Letter.objects.exists()


def test_a_body_that_is_not_utf8_is_a_400(ivy_api):
    response = ivy_api.post("/letters", '{"body": "caf\xe9"}'.encode("latin-1"))
    assert response.status_code == 400
    assert "UTF-8" in _detail(response)


def test_nan_is_not_a_number_json_allows(ivy_api, ivy):
    from midway.letters.services import start_letter

    letter = start_letter(ivy, body="x")
    response = ivy_api.put(f"/letters/{letter.pk}", '{"title": "", "body": "y", "revision": NaN}')
    assert response.status_code == 400


def test_wrong_types_are_a_422_naming_the_field(ivy_api):
    response = ivy_api.post("/letters", {"body": ["not", "text"]})
    assert response.status_code == 422
    assert "body" in json.dumps(response.json())


def test_an_id_too_big_for_the_database_is_a_4xx(ivy_api):
    assert ivy_api.get(f"/letters/{2**64}").status_code == 422
    assert ivy_api.get("/letters/99999").status_code == 404


def test_unknown_api_paths_answer_in_json(ivy_api):
    response = ivy_api.get("/no-such-thing")
    assert response.status_code == 404
    assert _detail(response) == "Not found."
    assert ivy_api.get("/letters/not-a-number").status_code == 404
    assert _detail(ivy_api.get("/")) == "Not found."


def test_the_openapi_document_is_served_and_the_cdn_docs_page_is_not(anon_client):
    schema = anon_client.get("/api/v1/openapi.json")
    assert schema.status_code == 200
    paths = schema.json()["paths"]
    assert "/api/v1/letters" in paths and "/api/v1/checkins/today" in paths
    assert anon_client.get("/api/v1/docs").status_code == 404


def test_api_calls_need_no_csrf_token(ivy):
    from django.test import Client

    from midway.api.tokens import create_token

    client = Client(enforce_csrf_checks=True)
    _record, token = create_token(ivy)
    response = client.post(
        "/api/v1/letters",
        data=json.dumps({"body": "hi"}),
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 201


def test_a_post_to_a_wrong_api_path_is_a_json_404_not_a_csrf_page(ivy_api):
    response = ivy_api.post("/letters/not-a-number/share")
    assert response.status_code == 404
    assert _detail(response) == "Not found."


@pytest.mark.parametrize("body", ["[]", '"text"', "1", "null"])
def test_a_body_that_is_not_a_json_object_is_a_400(ivy_api, body):
    response = ivy_api.post("/letters", body)
    assert response.status_code == 400
    assert "JSON object" in _detail(response)
    assert not Letter.objects.exists()


def test_a_field_the_api_does_not_know_is_a_422_not_ignored(ivy_api):
    response = ivy_api.post("/letters", {"body": "hi", "colour": "blue"})
    assert response.status_code == 422
    assert "colour" in json.dumps(response.json())
