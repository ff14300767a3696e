//! Generated inputs for the four parsers that read what a webmaster or a server hands the
//! widget: the embed configuration (with the exit URL), a local contact, a phone number and
//! the directory bundle. Shared by the fast slice in `cargo test` (`tests/fuzz_slice.rs`)
//! and the full run (`examples/fuzz.rs`, `scripts/fuzz`).
//!
//! Stable Rust, no new dependency: a seeded SplitMix64 generator, so a case is reproduced
//! from its seed and number alone. Each case is a mix of arbitrary text (random bytes read
//! as UTF-8 with replacement, random Unicode) and mutations of real values; for the
//! directory, mutations of the real bundle and of one-department bundles cut from it.
//! [`run`] calls the parser and everything that uses what it accepts, and checks a few
//! invariants: a failed check panics like a bug would.
#![allow(dead_code)]

use std::borrow::Cow;

use ruta_core::config::{EmbedConfig, Ubigeo, DEFAULT_EXIT_URL};
use ruta_core::contacts::LocalContact;
use ruta_core::directory::{Directory, KindFilter, BUNDLED_TEXT};
use ruta_core::exit_url;
use ruta_core::geo::LatLon;
use ruta_core::phone::{self, Normalised, Phone};

/// SplitMix64: tiny, fast, and good enough to spread cases.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// The generator for case `n` of a run: any case can be replayed on its own.
    pub fn for_case(seed: u64, target: usize, n: u64) -> Self {
        let mut rng =
            Rng(seed ^ (target as u64).wrapping_mul(0xA076_1D64_78BD_642F) ^ n.wrapping_mul(0xE703_7ED1_A0B4_28DB));
        rng.next();
        rng
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// True `percent` times in a hundred.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    pub fn pick<'t, T>(&mut self, items: &'t [T]) -> &'t T {
        &items[self.below(items.len())]
    }

    /// A length: mostly short, sometimes up to `max`.
    pub fn len(&mut self, max: usize) -> usize {
        match self.below(10) {
            0..=3 => self.below(9),
            4..=7 => self.below(65),
            _ => self.below(max + 1),
        }
    }
}

/// Characters that parsers treat specially, or that break naive code: separators, the
/// replacement character, combining marks, bidi controls, NUL, BOM, non-ASCII digits.
const SPECIAL: &[char] = &[
    '\0',
    '\t',
    '\n',
    '\r',
    ' ',
    '\u{FFFD}',
    '\u{0301}',
    '\u{0303}',
    '\u{202E}',
    '\u{200F}',
    '\u{200B}',
    '\u{FEFF}',
    '\u{00A0}',
    '\u{2028}',
    'ñ',
    'Ñ',
    'á',
    'É',
    '\u{10FFFF}',
    '😀',
    '٣',
    '０',
    '|',
    '/',
    '\\',
    ':',
    '#',
    '?',
    '.',
    '-',
    '+',
    '(',
    ')',
    '"',
    '\'',
    '<',
    '>',
    '`',
    '%',
    '@',
    ';',
    ',',
    '_',
    '=',
];

/// Tokens that are worth more than their characters.
const TOKENS: &[&str] = &[
    "://",
    "https://",
    "http://",
    "javascript:",
    "//",
    "/..",
    "/./",
    "index.html",
    ":443",
    ":80",
    ":99999",
    "+51",
    "0051",
    "51",
    "01",
    "067",
    " - ",
    "//",
    "100",
    "105",
    "MIMP",
    "99999999999999999999",
    "-2147483649",
    "1e309",
    "NaN",
    "inf",
    "-0",
    "\r\n",
    "\u{202E}\u{202D}",
    "e\u{0301}\u{0301}\u{0301}",
    "\u{FFFD}\u{FFFD}",
    "Ã±",
    "end",
];

/// Numbers where a parser expects one: huge, negative, non-numeric, odd digits.
const NUMBERS: &[&str] = &[
    "0",
    "-0",
    "+1",
    "-1",
    "2147483647",
    "2147483648",
    "-2147483648",
    "-2147483649",
    "4294967296",
    "18446744073709551615",
    "18446744073709551616",
    "99999999999999999999999999999999999999",
    "1e5",
    "0x10",
    "1.5",
    "NaN",
    "inf",
    "",
    " 1",
    "1 ",
    "٣",
    "０",
    "00000000000000000000000000001",
    "-99999",
    "99999",
    "999999",
    "a",
];

pub fn any_char(rng: &mut Rng) -> char {
    match rng.below(20) {
        0..=9 => (b' ' + rng.below(95) as u8) as char,
        10..=13 => (b'0' + rng.below(10) as u8) as char,
        14..=16 => *rng.pick(SPECIAL),
        _ => loop {
            let limit = if rng.chance(50) { 0x800 } else { 0x11_0000 };
            if let Some(c) = char::from_u32(rng.below(limit) as u32) {
                break c;
            }
        },
    }
}

/// Random text: characters, tokens, or bytes read as UTF-8 with replacement.
pub fn any_text(rng: &mut Rng, max: usize) -> String {
    let len = rng.len(max);
    if rng.chance(15) {
        return String::from_utf8_lossy(&any_bytes(rng, len)).into_owned();
    }
    let mut s = String::new();
    while s.len() < len {
        if rng.chance(8) {
            s.push_str(rng.pick::<&str>(TOKENS));
        } else {
            s.push(any_char(rng));
        }
    }
    s
}

/// Arbitrary bytes, leaning towards those the parsers look at.
pub fn any_bytes(rng: &mut Rng, len: usize) -> Vec<u8> {
    const LIKELY: &[u8] = b"\t\n\r 0123456789-/;,.()+?:#|dDPUSCae";
    (0..len).map(|_| if rng.chance(50) { rng.next() as u8 } else { *rng.pick(LIKELY) }).collect()
}

fn char_boundary(s: &str, mut at: usize) -> usize {
    at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// One to four edits of a real value: insert, delete, replace, duplicate, truncate,
/// change case, or cut at a byte and decode again.
pub fn mutate(rng: &mut Rng, value: &str) -> String {
    let mut s = value.to_owned();
    for _ in 0..1 + rng.below(4) {
        let at = char_boundary(&s, rng.below(s.len() + 1));
        match rng.below(10) {
            0 | 1 => s.insert(at, any_char(rng)),
            2 => s.insert_str(at, rng.pick::<&str>(TOKENS)),
            3 => {
                let end = char_boundary(&s, at + rng.below(8));
                s.replace_range(at..end, "");
            }
            4 => {
                let end = char_boundary(&s, at + rng.below(8));
                let piece = s[at..end].repeat(1 + rng.below(4));
                s.insert_str(at, &piece);
            }
            5 => s.truncate(at),
            6 => s = if rng.chance(50) { s.to_uppercase() } else { s.to_lowercase() },
            7 => {
                let mut bytes = s.into_bytes();
                bytes.truncate(rng.below(bytes.len() + 1));
                s = String::from_utf8_lossy(&bytes).into_owned();
            }
            8 => s.insert_str(at, &any_text(rng, 16)),
            _ => {
                let end = char_boundary(&s, at + 1 + rng.below(3));
                s.replace_range(at..end, &any_char(rng).to_string());
            }
        }
    }
    s
}

/// A value: a real one as is, a real one edited, or random text.
fn value_from(rng: &mut Rng, examples: &[&str], max: usize) -> String {
    match rng.below(10) {
        0..=2 => rng.pick(examples).to_string(),
        3..=6 => {
            let example = *rng.pick(examples);
            mutate(rng, example)
        }
        7 => rng.pick(NUMBERS).to_string(),
        8 if rng.chance(10) => rng.pick(examples).repeat(1 + rng.below(200)),
        _ => any_text(rng, max),
    }
}

/// One generated input: attributes (for the configuration and a contact) and a text (the
/// page's address, a phone field or a bundle).
#[derive(Debug, Clone, Default)]
pub struct Case {
    pub attrs: Vec<(String, String)>,
    pub text: String,
    /// For a contact: its position.
    pub position: usize,
}

impl Case {
    pub fn len(&self) -> usize {
        self.text.len() + self.attrs.iter().map(|(n, v)| n.len() + v.len()).sum::<usize>()
    }

    /// A short, escaped view of the case for a report.
    pub fn preview(&self, chars: usize) -> String {
        let mut out = String::new();
        for (name, value) in &self.attrs {
            out.push_str(&format!("{name:?}={value:?} "));
        }
        if !self.text.is_empty() || self.attrs.is_empty() {
            out.push_str(&format!("{:?}", self.text));
        }
        match out.char_indices().nth(chars) {
            Some((i, _)) => format!("{}… ({} bytes)", &out[..i], self.len()),
            None => out,
        }
    }
}

/// The parsers under test, in the order they are reported.
pub const TARGETS: [&str; 4] = ["config", "contacts", "phone", "directory"];

const CONFIG_NAMES: &[&str] = &[
    "data-ruta",
    "data-lang",
    "data-exit-url",
    "data-municipality",
    "data-ubigeo",
    "data-clarity-mask",
    "data-hj-suppress",
    "id",
    "class",
    "data-",
    "data-exit_url",
    "DATA-LANG",
];
const LANGS: &[&str] =
    &["es", "en", "ES", "es-PE", "es_PE", "en-GB", "qu", "klingon", "x-private", "es-419", "zh-Hant-TW"];
const EXITS: &[&str] = &[
    "https://www.senamhi.gob.pe/",
    "/clima.html",
    "/",
    "/#noticias",
    "/index.html",
    "/ayuda/../ayuda/violencia?x=1",
    "https://MUNI.example.gob.pe:443/#x",
    "http://127.0.0.1:8080/",
    "javascript:alert(1)",
    "//evil.example.org/",
    "https://example.org:99999999/",
    "https://user@example.org/",
];
const PAGES: &[&str] = &[
    "https://muni.example.gob.pe/",
    "https://muni.example.gob.pe/ayuda/violencia?x=1#top",
    "http://127.0.0.1:8080/",
    "https://muni.example.gob.pe/index.html#x",
    "file:///home/ruta/index.html",
    "about:blank",
    "",
];
const MUNICIPALITIES: &[&str] = &["Municipalidad Distrital de Villa Esperanza", "Municipalidad\n   de Prueba", "Ñaña"];
const UBIGEOS: &[&str] = &["150142", "010101", " 150115 ", "250401", "260101", "000101", "15O115", "1501155"];

fn config_case(rng: &mut Rng) -> Case {
    if rng.chance(10) {
        // Arbitrary names and values.
        let attrs = (0..rng.len(20)).map(|_| (any_text(rng, 40), any_text(rng, 400))).collect();
        return Case { attrs, text: any_text(rng, 200), position: 0 };
    }
    let mut attrs = Vec::new();
    for _ in 0..rng.below(8) {
        let name = if rng.chance(90) { rng.pick(CONFIG_NAMES).to_string() } else { mutate(rng, "data-exit-url") };
        let value = match name.as_str() {
            "data-lang" => value_from(rng, LANGS, 64),
            "data-exit-url" => value_from(rng, EXITS, 400),
            "data-municipality" => value_from(rng, MUNICIPALITIES, 400),
            "data-ubigeo" => value_from(rng, UBIGEOS, 32),
            _ => any_text(rng, 64),
        };
        attrs.push((name, value));
    }
    let text = value_from(rng, PAGES, 400);
    Case { attrs, text, position: 0 }
}

const CONTACT_NAMES: &[&str] = &[
    "data-ruta-contact",
    "data-name",
    "data-kind",
    "data-phone",
    "data-address",
    "data-lat",
    "data-lon",
    "data-hours",
];
const GOOD_CONTACT: &[(&str, &str)] = &[
    ("data-ruta-contact", ""),
    ("data-name", "Escuadrón Violeta"),
    ("data-kind", "escuadron"),
    ("data-phone", "(01) 204-2525"),
    ("data-address", "Plaza principal s/n"),
    ("data-lat", "-12.065"),
    ("data-lon", "-77.03"),
    ("data-hours", "24 horas"),
];
const KINDS: &[&str] = &["escuadron", "serenazgo", "mujer", "demuna", "comisaria", "otro", "Escuadron", "policia"];
const CONTACT_NAME_VALUES: &[&str] = &["Escuadrón Violeta", "Línea 100 – MIMP", "Serenazgo 1000 ojos", "Casa 1005"];
const COORDS: &[&str] = &["-12.065", "-77.03", "48.85", "NaN", "inf", "-inf", "1e309", "-0", "-12,065", " -3.75 "];

fn contact_case(rng: &mut Rng) -> Case {
    let position = *rng.pick(&[0, 1, 2, 7, usize::MAX]);
    if rng.chance(10) {
        let attrs = (0..rng.len(20)).map(|_| (any_text(rng, 40), any_text(rng, 400))).collect();
        return Case { attrs, text: String::new(), position };
    }
    let mut attrs: Vec<(String, String)> = Vec::new();
    let start_from_good = rng.chance(70);
    if start_from_good {
        attrs.extend(GOOD_CONTACT.iter().map(|(n, v)| (n.to_string(), v.to_string())));
    }
    for _ in 0..rng.below(if start_from_good { 4 } else { 10 }) {
        let name = rng.pick(CONTACT_NAMES).to_string();
        let value = match name.as_str() {
            "data-kind" => value_from(rng, KINDS, 40),
            "data-phone" => value_from(rng, PHONES, 80),
            "data-lat" | "data-lon" => value_from(rng, COORDS, 40),
            "data-name" => value_from(rng, CONTACT_NAME_VALUES, 300),
            _ => any_text(rng, 300),
        };
        if !attrs.is_empty() && rng.chance(50) {
            let i = rng.below(attrs.len());
            attrs[i] = (name, value);
        } else {
            attrs.push((name, value));
        }
    }
    if !attrs.is_empty() && rng.chance(20) {
        let i = rng.below(attrs.len());
        attrs.remove(i);
    }
    if attrs.len() > 1 && rng.chance(10) {
        let (i, j) = (rng.below(attrs.len()), rng.below(attrs.len()));
        attrs.swap(i, j);
    }
    Case { attrs, text: String::new(), position }
}

const PHONES: &[&str] = &[
    "932854358",
    "948 072 884",
    "914 162 422 / 067481568",
    "989287117 // 994768110",
    "940217257 - 940929533",
    "(01) 419-7260",
    "01-4197260",
    "+51 1 419 7260",
    "51932854358",
    "0051 932 854 358",
    "(076) 365412",
    "9329499263",
    "4197260",
    "anexo 123",
    "+1 202 555 0100",
    "1810",
    "100",
    "(01) 105",
];

fn phone_case(rng: &mut Rng) -> Case {
    let text = match rng.below(10) {
        0 => any_text(rng, 200),
        1 => {
            // Only digits and the characters a phone field uses.
            const SHAPE: &[char] = &['0', '1', '5', '9', ' ', '-', '.', '(', ')', '+', '/', ';', ','];
            (0..rng.len(120)).map(|_| *rng.pick(SHAPE)).collect()
        }
        2 => {
            let pieces: Vec<String> = (0..1 + rng.below(6)).map(|_| value_from(rng, PHONES, 30)).collect();
            pieces.join(*rng.pick(&["/", " // ", "; ", ",", " - ", "|"]))
        }
        _ => value_from(rng, PHONES, 120),
    };
    Case { attrs: Vec::new(), text, position: 0 }
}

/// The real bundle and smaller bundles cut from it, each valid on its own: all departments,
/// then one department's provinces, districts, services and police stations, with the
/// links between stations and CEMs renumbered and a new `end` record. Parsing the full
/// bundle costs milliseconds; these keep a million cases within minutes while still
/// mutating real rows.
pub struct Seeds {
    pub bundles: Vec<String>,
}

impl Seeds {
    pub fn new() -> Self {
        let mut bundles = vec![BUNDLED_TEXT.to_owned()];
        for department in 1..=25u32 {
            bundles.push(department_bundle(&format!("{department:02}")));
        }
        Seeds { bundles }
    }
}

impl Default for Seeds {
    fn default() -> Self {
        Self::new()
    }
}

fn department_bundle(department: &str) -> String {
    let mut out = Vec::new();
    let mut counts = [0usize; 5];
    let mut s_index = 0usize;
    let mut renumber = std::collections::HashMap::new();
    let mut in_department = false;
    for line in BUNDLED_TEXT.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let keep = match f[0] {
            "ruta-directory" | "attribution" => true,
            "D" => {
                counts[0] += 1;
                true
            }
            "P" => {
                in_department = f[1].starts_with(department);
                counts[1] += usize::from(in_department);
                in_department
            }
            "U" => {
                counts[2] += usize::from(in_department);
                in_department
            }
            "S" => {
                let keep = f[2].starts_with(department);
                if keep {
                    renumber.insert(s_index.to_string(), counts[3].to_string());
                    counts[3] += 1;
                }
                s_index += 1;
                keep
            }
            "C" => {
                let keep = f[1].starts_with(department);
                if keep {
                    counts[4] += 1;
                    let link = renumber.get(f[5]).map(String::as_str).unwrap_or("");
                    out.push(format!("{}\t{}\t{}\t{}\t{}\t{link}", f[0], f[1], f[2], f[3], f[4]));
                }
                false
            }
            _ => false,
        };
        if keep {
            out.push(line.to_owned());
        }
    }
    let [d, p, u, s, c] = counts;
    out.push(format!("end\t{d}\t{p}\t{u}\t{s}\t{c}"));
    let mut text = out.join("\n");
    text.push('\n');
    text
}

/// How often (per thousand directory cases) the full bundle is the seed, not a
/// one-department bundle.
pub const FULL_BUNDLE_PER_MILLE: usize = 20;

fn directory_case(rng: &mut Rng, seeds: &Seeds, full_per_mille: usize) -> Case {
    if rng.chance(8) {
        let len = rng.len(4096);
        let text = if rng.chance(50) {
            String::from_utf8_lossy(&any_bytes(rng, len)).into_owned()
        } else {
            // Arbitrary bytes after a real header.
            format!("ruta-directory\t4\n{}", String::from_utf8_lossy(&any_bytes(rng, len)))
        };
        return Case { attrs: Vec::new(), text, position: 0 };
    }
    let seed = if rng.below(1000) < full_per_mille { &seeds.bundles[0] } else { &seeds.bundles[1 + rng.below(25)] };
    let mut lines: Vec<Cow<str>> = seed.lines().map(Cow::Borrowed).collect();
    for _ in 0..1 + rng.below(3) {
        mutate_lines(rng, &mut lines);
    }
    let mut text = lines.join("\n");
    if rng.chance(90) {
        text.push('\n');
    }
    for _ in 0..rng.below(2) {
        mutate_whole(rng, &mut text);
    }
    Case { attrs: Vec::new(), text, position: 0 }
}

fn mutate_lines(rng: &mut Rng, lines: &mut Vec<Cow<str>>) {
    if lines.is_empty() {
        lines.push(Cow::Owned(any_text(rng, 80)));
        return;
    }
    let n = lines.len();
    let (i, j) = (rng.below(n), rng.below(n));
    match rng.below(13) {
        0 => lines.swap(i, j),
        1 => {
            let copy = lines[i].clone();
            lines.insert(j, copy);
        }
        2 => {
            let span = if rng.chance(20) { n } else { 3 };
            let end = (i + 1 + rng.below(span)).min(n);
            lines.drain(i..end);
        }
        3 => lines.truncate(i),
        // The trailer, the header or the first rows of a section: where the rules are.
        4 => {
            let last = n - 1;
            let edited = edit_fields(rng, &lines[last]);
            lines[last] = Cow::Owned(edited);
        }
        5 => lines[0] = Cow::Owned(value_from(rng, &["ruta-directory\t4", "ruta-directory\t3", "ruta-directory"], 40)),
        6 => {
            let line = lines.remove(i);
            lines.insert(j.min(lines.len()), line);
        }
        7 => {
            let count = 1 + rng.below(20);
            let copies: Vec<Cow<str>> = lines[i..(i + count).min(n)].to_vec();
            for (k, line) in copies.into_iter().enumerate() {
                lines.insert((j + k).min(lines.len()), line);
            }
        }
        8 => lines[i] = Cow::Owned(mutate(rng, &lines[i])),
        9 => lines.insert(i, Cow::Owned(any_text(rng, 200))),
        10 => {
            let mut line = lines[i].to_string();
            line.push('\r');
            lines[i] = Cow::Owned(line);
        }
        _ => {
            let edited = edit_fields(rng, &lines[i]);
            lines[i] = Cow::Owned(edited);
        }
    }
}

/// Swaps, replaces, drops, adds or edits the tab-separated fields of a line.
fn edit_fields(rng: &mut Rng, line: &str) -> String {
    let mut fields: Vec<String> = line.split('\t').map(str::to_owned).collect();
    let n = fields.len();
    let (i, j) = (rng.below(n), rng.below(n));
    match rng.below(8) {
        0 => fields.swap(i, j),
        1..=3 => fields[i] = rng.pick(NUMBERS).to_string(),
        4 => {
            fields.remove(i);
        }
        5 => fields.insert(i, value_from(rng, NUMBERS, 20)),
        6 => fields[i] = mutate(rng, &fields[i]),
        _ => fields[i] = any_text(rng, 40),
    }
    fields.join("\t")
}

/// Edits of the whole text: cuts at a char, a byte or a line break, inserted tabs and
/// newlines, CRLF line ends, a BOM, flipped bytes, and text decoded with the wrong charset.
fn mutate_whole(rng: &mut Rng, text: &mut String) {
    let at = char_boundary(text, rng.below(text.len() + 1));
    match rng.below(10) {
        0 => text.truncate(at),
        1 => {
            let mut bytes = std::mem::take(text).into_bytes();
            bytes.truncate(rng.below(bytes.len() + 1));
            *text = String::from_utf8_lossy(&bytes).into_owned();
        }
        2 => {
            let cut = text[..at].rfind('\n').map_or(0, |i| i + 1);
            text.truncate(cut);
        }
        3 => text.insert(at, *rng.pick(&['\t', '\n', '\r', '\0'])),
        4 => *text = text.replace('\n', "\r\n"),
        5 => text.insert(0, '\u{FEFF}'),
        6 => {
            let mut bytes = std::mem::take(text).into_bytes();
            for _ in 0..1 + rng.below(8) {
                if !bytes.is_empty() {
                    let k = rng.below(bytes.len());
                    bytes[k] ^= 1 << rng.below(8);
                }
            }
            *text = String::from_utf8_lossy(&bytes).into_owned();
        }
        // UTF-8 read as Latin-1 ("Ã‘" for "Ñ"): no replacement character.
        7 => *text = text.bytes().map(char::from).collect(),
        // Latin-1 bytes read as UTF-8: every accent becomes U+FFFD.
        8 => {
            let bytes: Vec<u8> = text.chars().map(|c| if (c as u32) < 256 { c as u8 } else { b'?' }).collect();
            *text = String::from_utf8_lossy(&bytes).into_owned();
        }
        _ => text.insert_str(at, &any_text(rng, 32)),
    }
}

/// The case number `n` of a run for one target.
pub fn case(target: usize, seed: u64, n: u64, seeds: &Seeds, full_per_mille: usize) -> Case {
    let mut rng = Rng::for_case(seed, target, n);
    match target {
        0 => config_case(&mut rng),
        1 => contact_case(&mut rng),
        2 => phone_case(&mut rng),
        _ => directory_case(&mut rng, seeds, full_per_mille),
    }
}

/// Runs the parser on the case, then whatever uses what it accepted. Panics on a bug or
/// on a broken invariant. Returns whether the parser accepted the input (the whole
/// configuration, the contact, a number, the bundle) and a checksum that keeps the
/// optimiser from dropping the work.
pub fn run(target: usize, case: &Case, n: u64) -> (bool, usize) {
    match target {
        0 => run_config(case),
        1 => run_contact(case),
        2 => run_phone(&case.text),
        _ => run_directory(&case.text, n),
    }
}

fn pairs(case: &Case) -> impl Iterator<Item = (&str, &str)> {
    case.attrs.iter().map(|(n, v)| (n.as_str(), v.as_str()))
}

fn run_config(case: &Case) -> (bool, usize) {
    let (mut config, warnings) = EmbedConfig::from_attributes(pairs(case));
    let mut sum = warnings.len();
    for w in &warnings {
        sum += w.to_string().len();
    }
    assert!(config.exit_url == DEFAULT_EXIT_URL || exit_url::valid_shape(&config.exit_url).is_some());
    if let Some(ubigeo) = config.ubigeo {
        assert_eq!(Ubigeo::parse(&ubigeo.code()), Some(ubigeo));
    }
    if let Some(name) = &config.municipality {
        assert!(!name.is_empty() && !name.chars().any(char::is_control));
    }
    let before = config.exit_url.clone();
    if let Some(w) = config.settle_exit_url(&case.text) {
        sum += w.to_string().len();
        assert_eq!(config.exit_url, DEFAULT_EXIT_URL);
    } else {
        assert!(config.exit_url.ends_with(before.as_str()), "a resolved exit keeps what was written");
    }
    // The exit URL functions on their own, on the raw values too.
    for (_, value) in &case.attrs {
        if let Some(shape) = exit_url::valid_shape(value) {
            sum += exit_url::resolve(shape, &case.text).map_or(1, |u| u.len());
        }
        sum += exit_url::resolve(value, &case.text).map_or(1, |u| u.len());
    }
    (warnings.is_empty(), sum + config.exit_url.len())
}

fn run_contact(case: &Case) -> (bool, usize) {
    let (contact, warnings) = LocalContact::from_attributes(case.position, pairs(case));
    let accepted = contact.is_some();
    let mut sum = warnings.iter().map(|w| w.to_string().len()).sum::<usize>();
    if let Some(c) = contact {
        assert!(c.tel.starts_with("tel:"), "{}", c.tel);
        assert!(c.tel[4..].trim_start_matches('+').bytes().all(|b| b.is_ascii_digit()), "{}", c.tel);
        assert!(!c.name.is_empty() && !c.phone.is_empty() && !c.address.is_empty());
        if let Some(at) = c.location {
            assert!(at.in_peru());
        }
        sum += c.name.len() + c.tel.len();
    } else {
        assert_eq!(warnings.len(), 1, "a skipped contact says why, once");
    }
    (accepted, sum)
}

fn run_phone(text: &str) -> (bool, usize) {
    let mut sum = 0;
    let mut accepted = false;
    for normalised in phone::normalise(text) {
        match normalised {
            Normalised::Nsn(nsn) => {
                accepted = true;
                let phone = Phone::from_stored(&nsn).expect("a normalised number is a stored number");
                let href = phone.tel_href().expect("a normalised number has a link");
                assert_eq!(href, format!("tel:+51{nsn}"));
                let shown = phone.display();
                assert_eq!(
                    shown.chars().filter(char::is_ascii_digit).count(),
                    nsn.len() + usize::from(!nsn.starts_with('9'))
                );
                sum += shown.len();
            }
            Normalised::Unrecognised(piece) => {
                assert!(!piece.is_empty() && piece.trim() == piece);
                let stored = format!("?{piece}");
                if let Some(phone) = Phone::from_stored(&stored) {
                    assert_eq!(phone.tel_href(), None);
                    sum += phone.display().len();
                }
            }
        }
    }
    // The stored form is read from the bundle: any text.
    if let Some(phone) = Phone::from_stored(text) {
        sum += phone.display().len() + phone.tel_href().map_or(0, |h| h.len());
    }
    (accepted, sum)
}

fn run_directory(text: &str, n: u64) -> (bool, usize) {
    let mut sum = 0;
    let bundle = Directory::parse_bundle(text);
    let accepted = bundle.is_ok();
    match bundle {
        Ok(dir) => sum += exercise(&dir, text, n),
        Err(e) => {
            assert!(!e.0.is_empty());
            sum += e.0.len();
            if n % 64 == 0 {
                sum += e.to_string().len();
            }
        }
    }
    // The row checks alone (what `ruta data-check` reports), on every other case.
    if n % 2 == 1 {
        match Directory::parse(text) {
            Ok(dir) => sum += exercise(&dir, text, n),
            Err(e) => sum += e.0.len(),
        }
    }
    (accepted, sum)
}

/// Everything the widget and the command line do with a directory, on one that parsed.
fn exercise(dir: &Directory, text: &str, n: u64) -> usize {
    let mut rng = Rng::new(n ^ text.len() as u64);
    let c = dir.counts();
    let mut sum = c.phones + c.police + dir.attribution().len();
    for s in dir.services().iter().step_by(37) {
        for p in s.phones() {
            sum += p.display().len();
        }
    }
    let filters = [KindFilter::Cem, KindFilter::Police, KindFilter::Sau, KindFilter::Sar, KindFilter::Any];
    for _ in 0..3 {
        let from = match rng.below(4) {
            0 => LatLon::new(-12.05, -77.03),
            1 => LatLon::new(f64::NAN, -77.0),
            2 => LatLon::new(rng.below(360) as f64 - 180.0, rng.below(720) as f64 - 360.0),
            _ => LatLon::new(-18.4 + rng.below(1800) as f64 / 100.0, -81.4 + rng.below(1300) as f64 / 100.0),
        };
        let limit = *rng.pick(&[0, 1, 5, 50, 5000, usize::MAX]);
        sum += dir.nearest(from, *rng.pick(&filters), limit).len();
    }
    for d in dir.departments().iter().take(3) {
        for p in dir.provinces(d.code).iter().take(2) {
            for u in dir.districts(p.code).iter().take(2) {
                let (capital, hits) =
                    dir.nearest_to_district(u.ubigeo, *rng.pick(&filters), 5).expect("a known district");
                sum += hits.len() + capital.at.lat as usize;
                sum += dir.search_districts(u.name, 5).len();
            }
        }
    }
    for code in ["150101", "010101", "250401", "259999", "150199"] {
        let ubigeo = Ubigeo::parse(code).expect("well formed");
        sum += dir.nearest_to_district(ubigeo, KindFilter::Any, 3).map_or(0, |(_, hits)| hits.len());
        sum += dir.capital_of(ubigeo).map_or(0, |c| c.at.lon as usize);
    }
    for _ in 0..3 {
        let query = if rng.chance(50) { mutate(&mut rng, "San Juan de Lurigancho") } else { any_text(&mut rng, 30) };
        sum += dir.search_districts(&query, *rng.pick(&[1, 10, usize::MAX])).len();
    }
    sum
}
