#!/usr/bin/env python3
"""Writes and checks the release zip, dist/ruta-<version>.zip (used by scripts/release and
scripts/test).

    release.py write <root> <version>   writes the zip from dist/ruta/ and kit/
    release.py check <zip>               checks what it holds (see check())

The zip is reproducible: its entries come in a fixed order, each with the same timestamp
(SOURCE_DATE_EPOCH, else the commit's time), the same permissions (0644, owner root, no
extra fields) and the same compression level, so two runs on the same files give the same
bytes whatever the files' dates, the umask or the time zone.
"""

import hashlib
import os
import subprocess
import sys
import time
import zipfile

# Every file of dist/ruta/ the snippet, the standalone page or the configurator needs,
# and nothing else. The first screens prerendered per locale (drafts only with
# data-drafts), and the gzip twins the loader unpacks itself (docs/ARCHITECTURE.md).
FIRST_SCREENS = [f"first-{lang}.json" for lang in ("es", "en")] + [
    f"first-{lang}-drafts.json" for lang in ("es", "en", "qu", "ay")
]
# The messages of every locale but Spanish, which the wasm does not carry.
MESSAGES = [f"messages-{lang}.txt" for lang in ("en", "qu", "ay")]
RUTA_FILES = sorted(
    [
        "ayuda.html", "configurar.css", "configurar.html", "configurar.js", "directory.tsv", "ruta-configurar.js",
        "ruta-configurar_bg.wasm", "ruta-embed.js", "ruta-widget.css", "ruta-widget.js", "ruta-widget_bg.wasm",
    ]
    + FIRST_SCREENS
    + MESSAGES
    + [name + ".gz" for name in ["directory.tsv", "ruta-widget_bg.wasm"] + FIRST_SCREENS + MESSAGES]
)
# Files at the top of the bundle: (name in the zip, source path from the repository root).
TOP_FILES = [
    ("LEEME.txt", "kit/LEEME.txt"),
    ("ejemplo.html", "kit/ejemplo.html"),
    ("LICENSE-MIT", "LICENSE-MIT"),
    ("LICENSE-APACHE", "LICENSE-APACHE"),
    ("DATOS-ATRIBUCION.md", "data/README.md"),
    ("servidores/nginx-ruta.conf", "docs/servers/nginx-ruta.conf"),
    ("servidores/apache-ruta.conf", "docs/servers/apache-ruta.conf"),
]
# The files the snippet in ejemplo.html makes the browser load, relative to the zip's top.
SNIPPET_NEEDS = ["ruta/ruta-embed.js", "ruta/ruta-widget.js", "ruta/ruta-widget_bg.wasm", "ruta/directory.tsv"]
# The files the configurator page (ruta/configurar.html) makes the browser load.
CONFIGURATOR_NEEDS = [
    "ruta/configurar.css", "ruta/configurar.js", "ruta/ruta-configurar.js", "ruta/ruta-configurar_bg.wasm",
    "ruta/directory.tsv",
]
SUMS = "SHA256SUMS"


def fixed_time(root):
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        epoch = subprocess.run(["git", "-C", root, "log", "-1", "--format=%ct"], capture_output=True, text=True, check=True).stdout.strip()
    # Zip dates start in 1980 and have two-second steps.
    t = time.gmtime(max(int(epoch), 315532800))
    return (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec - t.tm_sec % 2)


def entries(root, version):
    """(name in the zip, bytes), in the zip's order."""
    ruta = os.path.join(root, "dist", "ruta")
    present = sorted(os.listdir(ruta))
    unexpected = [name for name in present if name not in RUTA_FILES]
    missing = [name for name in RUTA_FILES if name not in present]
    if unexpected or missing:
        sys.exit(f"release: dist/ruta/ does not hold exactly {RUTA_FILES}: unexpected {unexpected}, missing {missing}")
    prefix = f"ruta-{version}/"
    files = []
    for name, source in TOP_FILES:
        with open(os.path.join(root, source), "rb") as f:
            data = f.read()
        if name == "LEEME.txt":
            data = data.replace(b"__VERSION__", version.encode())
        files.append((prefix + name, data))
    for name in RUTA_FILES:
        with open(os.path.join(ruta, name), "rb") as f:
            files.append((prefix + "ruta/" + name, f.read()))
    sums = "".join(f"{hashlib.sha256(data).hexdigest()}  {name[len(prefix):]}\n" for name, data in files)
    return [(prefix + SUMS, sums.encode())] + files


def write(root, version):
    out = os.path.join(root, "dist", f"ruta-{version}.zip")
    date_time = fixed_time(root)
    tmp = out + ".tmp"
    with zipfile.ZipFile(tmp, "w") as zf:
        for name, data in entries(root, version):
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, so external_attr holds the mode
            info.external_attr = (0o100644 << 16)
            zf.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    os.replace(tmp, out)
    print(out)


def check(path):
    """The zip holds the top files, the SHA256SUMS of all of them, and in ruta/ exactly the
    files the snippet and the standalone page need: no source maps, no test fixtures."""
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        prefix = names[0].split("/")[0] + "/"
        relative = [name[len(prefix):] for name in names]
        expected = [SUMS] + [name for name, _ in TOP_FILES] + ["ruta/" + name for name in RUTA_FILES]
        assert relative == expected, f"the zip holds {relative}, expected {expected}"
        assert all(n in relative for n in SNIPPET_NEEDS)
        assert all(n in relative for n in CONFIGURATOR_NEEDS)
        assert not any(n.endswith(".map") or "fixture" in n or "test" in n.lower() for n in relative)
        sums = {}
        for line in zf.read(prefix + SUMS).decode().splitlines():
            digest, name = line.split("  ", 1)
            sums[name] = digest
        assert sorted(sums) == sorted(expected[1:]), f"SHA256SUMS lists {sorted(sums)}"
        for name, digest in sums.items():
            assert hashlib.sha256(zf.read(prefix + name)).hexdigest() == digest, f"{name}: wrong SHA-256"
        for info in zf.infolist():
            assert info.external_attr >> 16 == 0o100644, f"{info.filename}: mode {oct(info.external_attr >> 16)}"
        example = zf.read(prefix + "ejemplo.html").decode()
        assert 'src="/ruta/ruta-embed.js"' in example and "data-ruta" in example and 'href="tel:100"' in example
        embed = zf.read(prefix + "ruta/ruta-embed.js").decode()
        version = prefix[len("ruta-"):-1]
        assert f"Ruta {version}:" in embed, "the loader's console line names the version"
        assert "__VERSION__" not in zf.read(prefix + "LEEME.txt").decode()
        configurator = zf.read(prefix + "ruta/configurar.html").decode()
        assert 'src="configurar.js"' in configurator and 'href="configurar.css"' in configurator
        assert "'./ruta-configurar.js'" in zf.read(prefix + "ruta/configurar.js").decode()
        # The configurator is its own wasm: none of it, its texts included, is in the widget's.
        assert b"config-title" in zf.read(prefix + "ruta/ruta-configurar_bg.wasm")
        assert b"config-title" not in zf.read(prefix + "ruta/ruta-widget_bg.wasm"), "configurator code in the widget"
    print(f"{path}: {os.path.getsize(path)} bytes, {len(names)} files, as expected")


if __name__ == "__main__":
    if sys.argv[1:2] == ["write"] and len(sys.argv) == 4:
        write(sys.argv[2], sys.argv[3])
    elif sys.argv[1:2] == ["check"] and len(sys.argv) == 3:
        check(sys.argv[2])
    else:
        sys.exit(__doc__)
