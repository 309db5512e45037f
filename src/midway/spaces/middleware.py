import logging
import time

log = logging.getLogger("midway.requests")


class RequestLogMiddleware:
    """One line per request on stdout: method, path, status, size and time taken."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        elapsed_ms = (time.perf_counter() - started) * 1000
        size = len(response.content) if not response.streaming else "-"
        log.info(
            '%s "%s %s" %s %s %.1fms',
            request.META.get("REMOTE_ADDR", "-"),
            request.method,
            request.get_full_path()[:300],
            response.status_code,
            size,
            elapsed_ms,
        )
        return response
