#!/usr/bin/env python3
"""Serves dist/ on 127.0.0.1 with the strict Content-Security-Policy the widget must
work under. Used by scripts/serve, scripts/test and scripts/bench; no other dependency.

By default it serves like a server nobody configured, which is what most municipal
servers are: every file as it is on disk, no Content-Encoding, and a `.gz` or `.br` twin
is just another file (application/gzip, application/octet-stream). With --compress it
serves like a configured one: gzip on the fly (level 6, as nginx's gzip_comp_level 6) for
text, JavaScript, wasm and the directory, when the browser asks for gzip."""

import argparse
import functools
import gzip
import http.server
import io
import json
import os

STRICT_CSP = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; "
    "style-src 'self'; img-src 'self' data:; "
    # Violations are reported back to this server, so the tests can check every engine,
    # not only those whose driver can listen for securitypolicyviolation events.
    "report-uri /__csp-reports"
)
REPORTS_PATH = "/__csp-reports"


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".css": "text/css",
        ".html": "text/html; charset=utf-8",
        ".tsv": "text/tab-separated-values; charset=utf-8",
        # Stock servers know neither as an encoding of the file inside: raw bytes.
        ".gz": "application/gzip",
        ".br": "application/octet-stream",
    }

    def guess_type(self, path):
        # The last extension decides, as on a stock server (Python's own guess would call
        # `x.wasm.br` application/wasm, which no real server does).
        _, ext = os.path.splitext(path)
        return self.extensions_map.get(ext.lower()) or super().guess_type(path)

    def do_POST(self):
        if self.path != REPORTS_PATH:
            self.send_error(405)
            return
        length = int(self.headers.get("Content-Length") or 0)
        self.server.csp_reports.append(self.rfile.read(min(length, 65536)).decode("utf-8", "replace"))
        self.send_response(204)
        self.end_headers()

    def do_GET(self):
        if self.path == REPORTS_PATH:
            body = json.dumps(self.server.csp_reports).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        if self.server.compress and self.send_compressed():
            return
        super().do_GET()

    COMPRESSIBLE = ("text/", "application/javascript", "application/wasm", "application/json", "image/svg")

    def send_compressed(self):
        """gzip on the fly, as a configured nginx or Apache does; False to serve as is."""
        accepts = self.headers.get("Accept-Encoding") or ""
        if "gzip" not in [part.split(";")[0].strip() for part in accepts.split(",")]:
            return False
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        ctype = self.guess_type(path)
        if not os.path.isfile(path) or not ctype.startswith(self.COMPRESSIBLE):
            return False
        with open(path, "rb") as f:
            buf = io.BytesIO()
            with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=6, mtime=0) as z:
                z.write(f.read())
            body = buf.getvalue()
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return True

    def end_headers(self):
        if self.server.csp:
            self.send_header("Content-Security-Policy", self.server.csp)
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def log_message(self, fmt, *args):
        if self.server.verbose:
            super().log_message(fmt, *args)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dir", default="dist")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--no-csp", action="store_true", help="serve without the strict CSP")
    parser.add_argument(
        "--compress", action="store_true", help="gzip on the fly, like a configured server (default: none)"
    )
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    handler = functools.partial(Handler, directory=args.dir)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler)
    server.csp = None if args.no_csp else STRICT_CSP
    server.verbose = args.verbose
    server.compress = args.compress
    server.csp_reports = []
    print(f"Serving {args.dir} at http://127.0.0.1:{args.port}/ (CSP: {'off' if args.no_csp else 'strict'}; "
        f"compression: {'gzip on the fly' if args.compress else 'none, as an unconfigured server'})", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
