"""Gives the names between a wasm and its wasm-bindgen glue short names, in both files.

    short_names.py <module_bg.wasm> <module.js>     rewrites both in place

wasm-bindgen names every function the wasm imports from its glue, and the glue's own
helpers the wasm exports, like `__wbg_addEventListener_f2d27251d333a631` or
`wasm_bindgen_<hash>___convert__closures_____invoke___...`: about 160 imports and 20
exports, each written once in the wasm and once or more in the glue. A server with no
compression configured sends the glue as it is, and in the wasm the hashes do not compress.
Here the wasm's import section (only the glue's module, not others) and export section
(only wasm-bindgen's own names; `memory` and the widget's `start` stay) are rewritten with
names of one to three letters, and each whole identifier in the glue with the same map.
Nothing else in either file changes: the code refers to imports and exports by index.

Then imports the glue defines with the very same code (wasm-bindgen writes one per web-sys
type and method: `HTMLInputElement.value` and `HTMLSelectElement.value` are two) are made
one: the glue keeps the first definition, and the wasm imports it under that name as many
times as before (a module may import one name twice; each import keeps its own type).

It refuses to write anything when a renamed name is missing from the glue, or when a new
name is already an identifier in the glue, so a wasm-bindgen that writes its glue
differently fails the build instead of making a widget that cannot start. The e2e tests then
run on the result.
"""

import re
import sys
from collections import Counter

IMPORT_SECTION = 2
EXPORT_SECTION = 7
# wasm-bindgen's own exports; the crate's own (`start`) and `memory` keep their names.
GENERATED_EXPORT = re.compile(r"^(__wbindgen_|__wbg_|__externref_|wasm_bindgen_)")
IDENTIFIER = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")
OBJECT_KEY = re.compile(r"([A-Za-z_$][A-Za-z0-9_$]*):")
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def read_leb(data, at):
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def leb(value):
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def read_name(data, at):
    length, at = read_leb(data, at)
    return data[at:at + length].decode("utf-8"), at + length


def name(text):
    raw = text.encode("utf-8")
    return leb(len(raw)) + raw


def short_name(index):
    """a, b, … Z, aa, ab, …: never a JavaScript keyword of one or two letters once `do`,
    `if` and `in` are skipped by the caller."""
    text = ""
    index += 1
    while index:
        index -= 1
        text = LETTERS[index % len(LETTERS)] + text
        index //= len(LETTERS)
    return text


def skip_limits(data, at):
    flags = data[at]
    _, at = read_leb(data, at + 1)
    if flags & 1:
        _, at = read_leb(data, at)
    return at


def skip_import_description(data, at):
    kind = data[at]
    at += 1
    if kind == 0:  # function: its type index
        _, at = read_leb(data, at)
    elif kind == 1:  # table: element type, limits
        at = skip_limits(data, at + 1)
    elif kind == 2:  # memory: limits
        at = skip_limits(data, at)
    elif kind == 3:  # global: value type, mutability
        at += 2
    else:
        raise SystemExit(f"short_names: import kind {kind} is not known here; nothing written")
    return at


def sections(wasm):
    if wasm[:8] != b"\0asm\1\0\0\0":
        raise SystemExit("short_names: not a wasm module; nothing written")
    at = 8
    while at < len(wasm):
        section_id = wasm[at]
        size, body_at = read_leb(wasm, at + 1)
        yield section_id, wasm[at:body_at + size], wasm[body_at:body_at + size]
        at = body_at + size


def rewrite(wasm, glue_module, fresh, import_name=None):
    """The wasm with the glue's imports and the generated exports renamed; the map, and
    the imports' old names (the glue must define every one of them). With `import_name`,
    only the glue's imports are renamed, by that function."""
    renamed = {}
    imported = set()
    out = bytearray(wasm[:8])
    for section_id, whole, body in sections(wasm):
        if section_id not in (IMPORT_SECTION, EXPORT_SECTION):
            out += whole
            continue
        count, at = read_leb(body, 0)
        new_body = bytearray(leb(count))
        for _ in range(count):
            if section_id == IMPORT_SECTION:
                module, at = read_name(body, at)
                field, at = read_name(body, at)
                description_at = at
                at = skip_import_description(body, at)
                if module == glue_module:
                    imported.add(field)
                    field = import_name(field) if import_name else renamed.setdefault(field, fresh())
                new_body += name(module) + name(field) + body[description_at:at]
            else:
                field, at = read_name(body, at)
                description_at = at
                at += 1
                _, at = read_leb(body, at)
                if GENERATED_EXPORT.match(field) and not import_name:
                    field = renamed.setdefault(field, fresh())
                new_body += name(field) + body[description_at:at]
        if at != len(body):
            raise SystemExit("short_names: a section did not parse to its end; nothing written")
        out += bytes([section_id]) + leb(len(new_body)) + new_body
    return bytes(out), renamed, imported


def import_object(glue):
    """Where the glue's import object starts and ends, and its entries as (key, value) in
    order. Minified glue only: `{__proto__:null,key:value,...}`, values split at top-level
    commas outside strings. None where the text does not have that shape."""
    start = glue.find("{__proto__:null,")
    if start < 0:
        return None
    at = start + len("{__proto__:null,")
    entries = []
    while True:
        key = OBJECT_KEY.match(glue, at)
        if not key:
            return None
        value_at = key.end()
        depth = 0
        quote = None
        at = value_at
        while at < len(glue):
            char = glue[at]
            if quote:
                if char == "\\":
                    at += 1
                elif char == quote:
                    quote = None
            elif char in "\"'`":
                quote = char
            elif char == "/" and glue[at - 1] in "(,=:[!&|?{};":
                return None  # a regular expression literal: not parsed here
            elif char in "([{":
                depth += 1
            elif char in ")]}":
                if depth == 0:
                    break
                depth -= 1
            elif char == "," and depth == 0:
                break
            at += 1
        else:
            return None
        entries.append((key.group(1), glue[value_at:at]))
        if glue[at] == "}":
            return start, at + 1, entries
        at += 1


def merge_twins(wasm, glue, glue_module, imports):
    """The wasm and glue with imports of identical code made one (see the module's doc);
    both unchanged where the glue's import object cannot be read, or its keys are not
    exactly `imports`, the wasm's names for them."""
    found = import_object(glue)
    if found is None:
        return wasm, glue, 0
    start, end, entries = found
    if sorted(key for key, _ in entries) != sorted(imports):
        return wasm, glue, 0
    first = {}
    same_as = {}
    for key, value in entries:
        if value in first:
            same_as[key] = first[value]
        else:
            first[value] = key
    # A removed key must be named nowhere else in the glue.
    uses = Counter(IDENTIFIER.findall(glue))
    same_as = {key: kept for key, kept in same_as.items() if uses[key] == 1}
    if not same_as:
        return wasm, glue, 0
    kept_entries = ",".join(f"{key}:{value}" for key, value in entries if key not in same_as)
    new_glue = glue[:start] + "{__proto__:null," + kept_entries + "}" + glue[end:]
    new_wasm, _, _ = rewrite(wasm, glue_module, None, lambda field: same_as.get(field, field))
    return new_wasm, new_glue, len(same_as)


def main(wasm_path, glue_path):
    wasm = open(wasm_path, "rb").read()
    glue = open(glue_path, encoding="utf-8").read()
    identifiers = set(IDENTIFIER.findall(glue))
    # The glue's module is the name wasm-bindgen gives its own file, e.g. ./ruta-widget_bg.js.
    glue_module = "./" + wasm_path.rsplit("/", 1)[-1].removesuffix(".wasm") + ".js"

    counter = iter(range(10**6))

    def fresh():
        while True:
            candidate = short_name(next(counter))
            if candidate not in identifiers and candidate not in ("do", "if", "in"):
                return candidate

    new_wasm, renamed, imported = rewrite(wasm, glue_module, fresh)
    if not imported:
        raise SystemExit(f"short_names: no import from {glue_module} in {wasm_path}; nothing written")
    missing = sorted(old for old in imported if old not in identifiers)
    if missing:
        raise SystemExit(f"short_names: not in the glue, so it would not start: {', '.join(missing[:5])}; nothing written")
    new_glue = IDENTIFIER.sub(lambda match: renamed.get(match.group(0), match.group(0)), glue)
    new_wasm, new_glue, merged = merge_twins(new_wasm, new_glue, glue_module, [renamed[old] for old in imported])
    open(wasm_path, "wb").write(new_wasm)
    open(glue_path, "w", encoding="utf-8").write(new_glue)
    print(
        f"{len(renamed)} names, {merged} imports merged into their twins: "
        f"wasm {len(wasm)} -> {len(new_wasm)} B, glue {len(glue.encode())} -> {len(new_glue.encode())} B"
    )


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2])
