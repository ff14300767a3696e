#!/usr/bin/env python3
"""Serves dist/ on 127.0.0.1 with the strict Content-Security-Policy the widget must
work under. Used by scripts/serve, scripts/test and scripts/bench; no other dependency."""

import argparse
import functools
import http.server
import json

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
    }

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
        super().do_GET()

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
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    handler = functools.partial(Handler, directory=args.dir)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler)
    server.csp = None if args.no_csp else STRICT_CSP
    server.verbose = args.verbose
    server.csp_reports = []
    print(f"Serving {args.dir} at http://127.0.0.1:{args.port}/ (CSP: {'off' if args.no_csp else 'strict'})", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
