"""Load on the running service: concurrent clients sending pre-send checks.

The service runs under waitress on a free local port in this process; clients are
threads using the standard library's HTTP client, bounded in count and time. The
baseline is the same clients fetching the OpenAPI document, so the figure that
travels between machines is the ratio.
"""

import http.client
import json
import socket
import statistics
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from assistant.accounts import add_user, issue_token
from assistant.database import session_factory
from assistant.letters import LetterRecord

DEADLINE_SECONDS = 300


@dataclass(frozen=True)
class LoadResult:
    """Throughput, latency percentiles and errors of one load run."""

    name: str
    requests: int
    errors: int
    seconds: float
    latencies: list[float]

    def line(self) -> str:
        """Return the result as one line of the report."""
        p50, p95, p99 = (_percentile(self.latencies, q) for q in (50, 95, 99))
        return (
            f"{self.name:<22}{self.requests / self.seconds:9.1f} req/s  "
            f"p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  p99 {p99:7.1f} ms  "
            f"errors {self.errors}"
        )


def load_report(records: list[LetterRecord], clients: int, per_client: int) -> str:
    """Start the service, run the baseline and the check load, return the report."""
    from waitress.server import create_server

    from assistant.web import create_app

    folder = Path(tempfile.mkdtemp(prefix="load-"))
    url = f"sqlite:///{folder / 'load.db'}"
    token = _system_token(url)
    server = create_server(
        create_app({"DATABASE_URL": url}),
        host="127.0.0.1",
        port=_free_port(),
        threads=max(4, clients),
    )
    threading.Thread(target=server.run, daemon=True).start()
    port = server.effective_port

    bodies = [json.dumps(_body(record)).encode() for record in records]
    _run(port, token, "POST", "/api/v1/checks", bodies[:1], 1, 2, "warm-up")
    baseline = _run(
        port,
        token,
        "GET",
        "/api/v1/openapi.json",
        [b""],
        clients,
        per_client,
        "openapi (baseline)",
    )
    checks = _run(
        port,
        token,
        "POST",
        "/api/v1/checks",
        bodies,
        clients,
        per_client,
        "pre-send check",
    )
    server.close()

    ratio = statistics.median(checks.latencies) / statistics.median(baseline.latencies)
    return "\n".join(
        [
            f"{clients} concurrent clients x {per_client} requests, on this machine",
            baseline.line(),
            checks.line(),
            f"median latency ratio check / baseline: {ratio:.1f}",
        ]
    )


def _run(port, token, method, path, bodies, clients, per_client, name) -> LoadResult:
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    deadline = time.monotonic() + DEADLINE_SECONDS

    def client(number: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        for index in range(per_client):
            if time.monotonic() > deadline:
                break
            body = bodies[(number * per_client + index) % len(bodies)]
            started = time.perf_counter()
            ok = _request(connection, method, path, body, token)
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                latencies.append(elapsed)
                errors[0] += not ok
        connection.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return LoadResult(
        name, len(latencies), errors[0], time.perf_counter() - started, latencies
    )


def _request(connection, method: str, path: str, body: bytes, token: str) -> bool:
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    try:
        connection.request(method, path, body=body or None, headers=headers)
        response = connection.getresponse()
        response.read()
        return response.status == 200
    except OSError:
        return False


def _body(record: LetterRecord) -> dict:
    return {
        "letter": record.letter,
        "stage": record.stage,
        "complaint_type": record.complaint_type,
        "complaint": record.complaint,
        "complainant_name": record.complainant_name,
    }


def _system_token(url: str) -> str:
    with session_factory(url)() as session:
        user = add_user(session, "load-test", "complaints_coordinator", None)
        token = issue_token(session, user)
        session.commit()
    return token


def _percentile(values: list[float], q: int) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    index = min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))
    return ordered[index]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
