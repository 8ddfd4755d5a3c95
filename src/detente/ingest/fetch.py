"""Fetch one web page: streamed, capped, under one deadline, every redirect checked by hand.

The body is read as it arrives and counted after decompression, so neither a huge body nor a
gzip bomb is ever held in memory. One deadline covers the whole fetch (name look-ups,
connections, redirects, body), so a server that drips bytes cannot hold a run. Every address
is checked before it is used: only http and https; never from a public host to a loopback,
private or link-local address; and, when ``allow_private`` is False (a server fetching URLs
sent by others), no such address at all, with the connection made to the very address checked.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import httpx

from detente.errors import Errors, InputError

FETCHABLE_SCHEMES = frozenset({"http", "https"})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
HEADERS = {"User-Agent": "detente/0.1 (+event coding)", "Accept-Encoding": "gzip, deflate"}
CHUNK_BYTES = 1 << 16
_DEFAULT_PORTS = {"http": 80, "https": 443}

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """Limits of one fetch (from IngestOptions)."""

    max_bytes: int
    deadline: float
    max_redirects: int
    allow_private: bool


class FetchFailed(Exception):
    """Why a fetch failed: the address, the network or the server (reported as E009)."""


class FetchRefused(Exception):
    """Why a fetch was not made: the policy forbids its address (reported as E027)."""


@dataclass(frozen=True, slots=True)
class Fetched:
    """A response: the body (empty for 304 Not Modified) and the validators to send next time."""

    body: bytes
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None


def fetch_page(url: str, policy: FetchPolicy) -> bytes:
    """The body of the page at ``url``, decompressed; InputError (E009, E027, E028) for anything else."""
    return fetch_conditional(url, policy).body


def fetch_conditional(url: str, policy: FetchPolicy, etag: str | None = None,
                      last_modified: str | None = None) -> Fetched:
    """Like ``fetch_page``, asking the server to answer 304 Not Modified when the page has the
    ``etag`` or has not changed since ``last_modified`` (what an earlier response said)."""
    headers = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", last_modified)) if v}
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(_fetch_within_deadline(url, policy, headers))
    with ThreadPoolExecutor(max_workers=1) as pool:  # called from async code, whose loop is busy
        return pool.submit(asyncio.run, _fetch_within_deadline(url, policy, headers)).result()


async def _fetch_within_deadline(url: str, policy: FetchPolicy, headers: dict[str, str]) -> Fetched:
    try:
        return await asyncio.wait_for(_fetch(url, policy, headers), timeout=policy.deadline)
    except asyncio.TimeoutError:
        detail = f"no complete response within {policy.deadline:g} s"
        raise InputError(Errors.E009.format(url=url, detail=detail)) from None
    except FetchRefused as exc:
        raise InputError(Errors.E027.format(url=url, detail=exc)) from None
    except FetchFailed as exc:
        raise InputError(Errors.E009.format(url=url, detail=exc)) from None
    except InputError:
        raise
    except Exception as exc:  # nothing a server sends may crash a run: every failure is this URL's error
        raise InputError(Errors.E009.format(url=url, detail=f"{type(exc).__name__}: {exc}")) from None


async def _fetch(url: str, policy: FetchPolicy, headers: dict[str, str]) -> Fetched:
    target = _checked_url(url)
    first_port = target.port
    public_seen = False
    async with httpx.AsyncClient(headers=HEADERS, timeout=None, follow_redirects=False,
                                 trust_env=policy.allow_private) as client:
        for hop in range(policy.max_redirects + 1):
            addresses = await _resolve(target)
            _check_addresses(target, addresses, policy.allow_private, public_seen, redirect=hop > 0)
            public_seen = public_seen or not any(map(is_internal, addresses))
            response = await _send(client, target, addresses, pin=not policy.allow_private, headers=headers)
            try:
                if response.status_code in REDIRECT_STATUSES:
                    target = _redirect_target(target, response, first_port)
                    continue
                if response.status_code >= 400:
                    raise FetchFailed(f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
                body = b"" if response.status_code == 304 else await _read_capped(response, policy.max_bytes)
                return Fetched(body, response.status_code, response.headers.get("etag"),
                               response.headers.get("last-modified"))
            finally:
                await response.aclose()
    raise FetchFailed(f"more than {policy.max_redirects} redirects")


def _checked_url(text: str, *, lead: str = "") -> httpx.URL:
    """An http(s) URL with a host and a valid port (schemes are case-insensitive)."""
    try:
        url = httpx.URL(text)
        port = url.port
    except (httpx.InvalidURL, ValueError, TypeError) as exc:
        raise FetchFailed(f"{lead}malformed URL ({exc})") from exc
    if url.scheme not in FETCHABLE_SCHEMES:
        raise FetchRefused(f"{lead}only http and https URLs can be fetched, not {url.scheme or 'a URL without scheme'}")
    if not url.raw_host:
        raise FetchFailed(f"{lead}malformed URL (no host name)")
    if port is not None and not 0 < port < 65536:
        raise FetchFailed(f"{lead}malformed URL (port {port} out of range)")
    return url


def _redirect_target(current: httpx.URL, response: httpx.Response, first_port: int | None) -> httpx.URL:
    location = response.headers.get("location")
    if not location:
        raise FetchFailed(f"HTTP {response.status_code} redirect without a Location header")
    try:
        joined = str(current.join(location))
    except (httpx.InvalidURL, ValueError, TypeError) as exc:
        raise FetchFailed(f"malformed redirect to {location!r} ({exc})") from exc
    target = _checked_url(joined, lead=f"it redirects to {location}, but ")
    if target.port not in (None, first_port):
        raise FetchRefused(f"it redirects to {target}, on port {target.port}: a redirect may only reach "
                           "the default port or the port first asked for")
    return target


def is_internal(address: IPAddress) -> bool:
    """Loopback, private, link-local, reserved or multicast: anything not on the public internet."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return not address.is_global or address.is_multicast


async def _resolve(url: httpx.URL) -> list[IPAddress]:
    """Every address the URL's host has (an address literal is its own)."""
    host = url.raw_host.decode("ascii")
    literal = _as_address(host)
    if literal is not None:
        return [literal]
    port = url.port or _DEFAULT_PORTS[url.scheme]
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise FetchFailed(f"could not resolve the host name {host} ({exc})") from exc
    found = (ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos)
    return list(dict.fromkeys(found))


def _check_addresses(url: httpx.URL, addresses: list[IPAddress], allow_private: bool, public_seen: bool,
                     *, redirect: bool) -> None:
    internal = [a for a in addresses if is_internal(a)]
    if not internal:
        return
    host = url.raw_host.decode("ascii")
    if _as_address(host) is None:
        where = f"{host} resolves to {internal[0]}, a loopback or private address"
    else:
        where = f"{internal[0]} is a loopback or private address"
    if redirect and public_seen:
        raise FetchRefused(f"it redirects from a public host to {url}, and {where}")
    if not allow_private:
        raise FetchRefused(f"it redirects to {url}, and {where}" if redirect else where)


async def _send(client: httpx.AsyncClient, url: httpx.URL, addresses: list[IPAddress], *,
                pin: bool, headers: dict[str, str]) -> httpx.Response:
    """The response headers, the body still to stream.

    Pinned, the connection goes to an address just checked (trying each in turn), with the host
    name kept for the Host header and TLS, so that a second name look-up cannot lead elsewhere.
    """
    host = url.raw_host.decode("ascii")
    if not pin or _as_address(host) is not None:
        return await client.send(client.build_request("GET", url, headers=headers), stream=True)
    failure: httpx.ConnectError | None = None
    for address in addresses:
        request = client.build_request("GET", url.copy_with(host=str(address)),
                                       headers={**headers, "Host": url.netloc.decode("ascii")},
                                       extensions={"sni_hostname": host})
        try:
            return await client.send(request, stream=True)
        except httpx.ConnectError as exc:
            failure = exc
    raise FetchFailed(f"ConnectError: {failure}")


def _as_address(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


class _Decompressor:
    """Decodes a body as it arrives, never making more than asked for, so a gzip bomb stops early."""

    def __init__(self, content_encoding: str) -> None:
        coding = content_encoding.strip().lower()
        if coding not in ("", "identity", "gzip", "x-gzip", "deflate"):
            raise FetchFailed(f"unsupported Content-Encoding {content_encoding!r}")
        # 32 + MAX_WBITS reads a gzip or a zlib header; "deflate" is sometimes sent raw instead
        self._inflater = zlib.decompressobj(32 + zlib.MAX_WBITS) if coding not in ("", "identity") else None
        self._may_be_raw = coding == "deflate"

    def decode(self, data: bytes, budget: int) -> bytes:
        """At most ``budget`` (>= 1) bytes of decoded body from the next raw chunk."""
        if self._inflater is None:
            return data[:budget]
        try:
            decoded = self._inflater.decompress(data, budget)
        except zlib.error as exc:
            if not self._may_be_raw:
                raise FetchFailed(f"corrupt compressed body ({exc})") from exc
            self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
            self._may_be_raw = False
            return self.decode(data, budget)
        self._may_be_raw = False
        return decoded


async def _read_capped(response: httpx.Response, limit: int) -> bytes:
    decompressor = _Decompressor(response.headers.get("content-encoding", ""))
    body = bytearray()
    async for chunk in response.aiter_raw(CHUNK_BYTES):
        body += decompressor.decode(chunk, limit - len(body) + 1)
        if len(body) > limit:
            raise InputError(Errors.E028.format(limit=limit))
    return bytes(body)
