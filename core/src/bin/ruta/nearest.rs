//! `ruta nearest`: the places closest to a point or to a district's capital, as JSON.
//!
//! The output is `{"from": {...},\n"results": [\n  {...},\n  {...}\n]}`: one result a
//! line, so that a reader can scan it and a script can `grep` it, and each line a
//! complete JSON object. Coordinates have 5 decimals (about 1 m) and distances 2 (10 m):
//! more would promise a precision the data does not have.

use std::io;

use ruta_core::config::Ubigeo;
use ruta_core::directory::{Directory, Hit, Kind, KindFilter};
use ruta_core::geo::LatLon;
use serde::Serialize;
use serde_json::ser::{CharEscape, Formatter, Serializer};

use crate::directory::{get, number, options};

/// The whole answer.
#[derive(Serialize)]
struct Nearest<'a> {
    from: Origin<'a>,
    results: Vec<Place<'a>>,
}

/// The point searched from.
#[derive(Serialize)]
struct Origin<'a> {
    lat: f64,
    lon: f64,
    /// With `--ubigeo`; `null` with `--lat` and `--lon`.
    district: Option<OriginDistrict<'a>>,
}

#[derive(Serialize)]
struct OriginDistrict<'a> {
    /// As given.
    ubigeo: &'a str,
    /// `district`, or `province` for a district with no capital point of its own.
    capital_of: &'static str,
}

/// One result.
#[derive(Serialize)]
struct Place<'a> {
    name: &'a str,
    /// `cem`, `police`, `sau` or `sar`.
    kind: &'static str,
    ubigeo: String,
    district: &'a str,
    lat: f64,
    lon: f64,
    km: f64,
    phones: Vec<PlacePhone>,
    address: &'a str,
    approximate: bool,
    data_year: u16,
    /// CEM only.
    #[serde(skip_serializing_if = "Option::is_none")]
    cem_setting: Option<&'static str>,
    /// CEM only.
    #[serde(skip_serializing_if = "Option::is_none")]
    inside_comisaria: Option<bool>,
    /// A police station with a CEM inside: the CEM's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    cem_inside: Option<&'a str>,
}

#[derive(Serialize)]
struct PlacePhone {
    display: String,
    /// `null` when the number could not be normalised.
    tel: Option<String>,
}

impl<'a> Place<'a> {
    fn new(dir: &'a Directory<'a>, hit: &Hit<'a>) -> Self {
        let s = hit.service;
        let cem_setting = match s.kind {
            Kind::Cem(setting) => Some(setting),
            _ => None,
        };
        Place {
            name: s.name,
            kind: s.kind.family(),
            ubigeo: s.ubigeo.code(),
            district: dir.district(s.ubigeo).map(|d| d.name).unwrap_or(""),
            lat: s.location.lat,
            lon: s.location.lon,
            km: hit.km,
            phones: s.phones().map(|p| PlacePhone { display: p.display(), tel: p.tel_href() }).collect(),
            address: s.address,
            approximate: s.approximate,
            data_year: s.kind.data_year(),
            cem_setting: cem_setting.map(|setting| setting.as_str()),
            inside_comisaria: cem_setting.map(|_| s.kind.inside_comisaria()),
            cem_inside: s.cem_inside.and_then(|id| dir.service(id)).map(|cem| cem.name),
        }
    }
}

pub fn run(args: &[String]) -> Result<(), String> {
    let opts = options(args, &["--lat", "--lon", "--ubigeo", "--kind", "--limit"])?;
    let kind = get(&opts, "--kind").unwrap_or("any");
    let filter = KindFilter::parse(kind).ok_or_else(|| format!("--kind {kind:?}: use cem, police, sau, sar or any"))?;
    let limit = match get(&opts, "--limit") {
        Some(v) => v.parse::<usize>().map_err(|_| format!("--limit {v:?} is not a whole number"))?,
        None => 5,
    };
    let dir = Directory::bundled();
    let (at, district) = match (get(&opts, "--ubigeo"), number(&opts, "--lat")?, number(&opts, "--lon")?) {
        (Some(code), None, None) => {
            let ubigeo =
                Ubigeo::parse(code).ok_or_else(|| format!("--ubigeo {code:?} is not a six-digit district code"))?;
            let capital = dir.capital_of(ubigeo).map_err(|e| e.to_string())?;
            (capital.at, Some(OriginDistrict { ubigeo: code, capital_of: capital.level.as_str() }))
        }
        (None, Some(lat), Some(lon)) => (LatLon::new(lat, lon), None),
        _ => return Err("give either --lat and --lon, or --ubigeo".into()),
    };
    if !at.in_peru() {
        eprintln!("warning: {}, {} is outside Peru", at.lat, at.lon);
    }
    let results = dir.nearest(at, filter, limit).iter().map(|hit| Place::new(dir, hit)).collect();
    let answer = Nearest { from: Origin { lat: at.lat, lon: at.lon, district }, results };
    let mut out = Serializer::with_formatter(Vec::new(), Layout::default());
    answer.serialize(&mut out).map_err(|e| e.to_string())?;
    println!("{}", String::from_utf8(out.into_inner()).expect("serde_json writes UTF-8"));
    Ok(())
}

/// The layout described at the top of this file: `", "` and `": "` between items, one
/// line per element of an array inside the top object (`results`), and floats with a
/// fixed number of decimals, 2 for `km` and 5 for the coordinates.
#[derive(Default)]
struct Layout {
    /// 1 inside the top object, 2 inside its values, and so on.
    depth: usize,
    /// The key being written, and the last one written: it sets a float's decimals.
    key: String,
    in_key: bool,
}

impl Layout {
    /// An array inside the top object (`results`) puts each item on its own line.
    fn one_a_line(&self) -> bool {
        self.depth == 2
    }
}

impl Formatter for Layout {
    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.depth += 1;
        w.write_all(if self.one_a_line() { b"[\n" } else { b"[" })
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        let end: &[u8] = if self.one_a_line() { b"\n]" } else { b"]" };
        self.depth -= 1;
        w.write_all(end)
    }

    fn begin_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        w.write_all(match (self.one_a_line(), first) {
            (true, true) => b"  ",
            (true, false) => b",\n  ",
            (false, true) => b"",
            (false, false) => b", ",
        })
    }

    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.depth += 1;
        w.write_all(b"{")
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.depth -= 1;
        w.write_all(b"}")
    }

    fn begin_object_key<W: ?Sized + io::Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.in_key = true;
        self.key.clear();
        // The top object's members (`from`, `results`) each start a line.
        w.write_all(match (self.depth, first) {
            (_, true) => b"",
            (1, false) => b",\n",
            (_, false) => b", ",
        })
    }

    fn end_object_key<W: ?Sized + io::Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.in_key = false;
        Ok(())
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }

    fn write_string_fragment<W: ?Sized + io::Write>(&mut self, w: &mut W, fragment: &str) -> io::Result<()> {
        if self.in_key {
            self.key.push_str(fragment);
        }
        w.write_all(fragment.as_bytes())
    }

    /// Every control character as `\u00xx`, as the output always had it.
    fn write_char_escape<W: ?Sized + io::Write>(&mut self, w: &mut W, escape: CharEscape) -> io::Result<()> {
        let control = match escape {
            CharEscape::Quote => return w.write_all(b"\\\""),
            CharEscape::ReverseSolidus => return w.write_all(b"\\\\"),
            CharEscape::Solidus => return w.write_all(b"/"),
            CharEscape::Backspace => 0x08,
            CharEscape::FormFeed => 0x0c,
            CharEscape::LineFeed => b'\n',
            CharEscape::CarriageReturn => b'\r',
            CharEscape::Tab => b'\t',
            CharEscape::AsciiControl(byte) => byte,
        };
        write!(w, "\\u{control:04x}")
    }

    fn write_f64<W: ?Sized + io::Write>(&mut self, w: &mut W, value: f64) -> io::Result<()> {
        let decimals = if self.key == "km" { 2 } else { 5 };
        write!(w, "{value:.decimals$}")
    }
}
