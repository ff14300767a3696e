//! The bundle format: its records, its coordinate encodings, and one typed row per
//! record type. [`parser`](super::parser) checks the rows against each other;
//! `ruta import` writes them with the same encodings.
//!
//! Format, version 4 (UTF-8, one record a line, fields separated by a tab, in this order):
//! ```text
//! ruta-directory  4
//! attribution     <text>                                   (any number)
//! D  <dd>      <name>  <lat> <lon>                          departments, sorted
//! P  <ddpp>    <name>  <lat> <lon>                          a province, sorted,
//! U  <nn>      <name>  <dlat> <dlon>                          then its districts, sorted
//! S  <kind> <ubigeo> <name> <address> <phones> <dlat> <dlon> <flags>    MIMP services
//! C  <ubigeo> <dlat> <dlon> <flags> <cem>                   police stations (INEI 2017)
//! end  <D> <P> <U> <S> <C>                                 how many rows of each type
//! ```
//! - the `end` record is the last line (version 4): a body cut at a line break, a
//!   header-only file or one missing a section fails [`Directory::parse_bundle`], the
//!   check the widget and `ruta data-check` use. [`Directory::parse`] alone checks rows.
//! - each `P` row is followed by the `U` rows of its districts (none, for a province with
//!   no district), before the next `P` row; a `U` row's code is only the district's two
//!   digits (`01`–`99`), strictly increasing within its province: the district is
//!   `<ddpp><nn>`, `<ddpp>` being the last `P` row above it. `S` and `C` rows give the
//!   full six-digit ubigeo. (Version 2 listed every `P` row, then every `U` row with its
//!   six digits: the repeated province prefixes cost about 1.7 KB with brotli.)
//! - coordinates are integers, and only department and province capitals are absolute:
//!   - `D`, `P`: the capital in arc-seconds (degrees × 3600), exactly as the ubigeo table
//!     publishes it; both rows must have one;
//!   - `U`: the district capital as an offset in arc-seconds from its province's capital
//!     (the `P` row above it);
//!     both empty for the recent districts with no point (see [`Directory::capital_of`]);
//!   - `S`, `C`: the place as an offset in 1e-4 degrees (about 11 m) from its district's
//!     search point, [`Directory::capital_of`] (see `offset_point`); both empty, and
//!     only then, for a row flagged `d`;
//! - `kind` is `cem`, `cem-comisaria`, `cem-comisaria-familia`, `cem-otro`, `sar` or `sau`;
//! - `phones` are national numbers separated by `|`; one that could not be normalised is
//!   kept as published behind a `?` (see [`crate::phone`]);
//! - `flags`: empty, `a` (more than [`APPROXIMATE_KM`] from the district capital) or `d`
//!   (the source gave no point: placed at the district's search point);
//! - `cem`: the row number (0-based, among `S` rows) of a CEM inside a comisaría within
//!   [`SAME_PLACE_KM`] of the station, or empty.
//!
//! Every rule (inside Peru, approximate, duplicate, CEM link) is checked on the decoded
//! point, and `ruta import` computes them from the same decoded point, so what the import
//! writes is what the parser reads.
//!
//! A row struct reads only what can be checked on the row alone. Its coordinates and
//! flags stay as text ([`Coords`]) when the parser must first check the row against the
//! rows above it, so that a row with several problems reports the same one it always has.
//!
//! [`Directory::parse`]: super::Directory::parse
//! [`Directory::parse_bundle`]: super::Directory::parse_bundle
//! [`Directory::capital_of`]: super::Directory::capital_of
//! [`APPROXIMATE_KM`]: super::APPROXIMATE_KM
//! [`SAME_PLACE_KM`]: super::SAME_PLACE_KM

use super::{search, Kind, Problem, POLICE_NAME};
use crate::config::Ubigeo;
use crate::geo::LatLon;
use crate::phone::Phone;

/// The first line of every bundle: the format and its version.
pub const HEADER: &str = "ruta-directory\t4";

/// The last record's type: it gives the number of rows of each type, so a file cut short
/// at a line break, or one missing a whole section, is refused as a whole.
pub const TRAILER: &str = "end";

/// The name errors use for the bundle.
pub const BUNDLE_FILE: &str = "data/directory.tsv";

/// Where a record sits in the file. Sections only go forward: a record of an earlier
/// section than the one before it is out of order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Section {
    /// The header line and the `attribution` records.
    Header,
    /// `D` records.
    Departments,
    /// `P` records, each followed by the `U` records of its districts.
    Provinces,
    /// `S` records.
    Services,
    /// `C` records.
    Stations,
    /// The `end` record.
    End,
}

/// A record type the `end` trailer counts.
pub(super) struct Counted {
    pub(super) tag: &'static str,
    /// How [`Problem::MissingSection`] names its rows.
    pub(super) rows: &'static str,
}

/// The counted record types, in file order (and in the order of the `end` fields).
pub(super) const COUNTED: [Counted; 5] = [
    Counted { tag: "D", rows: "department" },
    Counted { tag: "P", rows: "province" },
    Counted { tag: "U", rows: "district" },
    Counted { tag: "S", rows: "service" },
    Counted { tag: "C", rows: "police station" },
];

/// The record's fields, if it has exactly `N` (its type included): each row type takes
/// an array of its size, so the count is checked once, here.
pub(super) fn fields<'f, 'a, const N: usize>(f: &'f [&'a str]) -> Result<&'f [&'a str; N], Problem> {
    f.try_into().map_err(|_| Problem::FieldCount { expected: N, found: f.len() })
}

/// Reads a pair of integer coordinate fields; both empty means "no point".
pub(super) fn parse_pair(lat: &str, lon: &str) -> Result<Option<(i32, i32)>, Problem> {
    let one = |s: &str| s.parse::<i32>().map_err(|_| Problem::BadCoordinate(s.to_owned()));
    match (lat.is_empty(), lon.is_empty()) {
        (true, true) => Ok(None),
        (false, false) => Ok(Some((one(lat)?, one(lon)?))),
        _ => Err(Problem::BadCoordinate(format!("{lat},{lon}"))),
    }
}

/// The point, if it is inside Peru.
pub(super) fn in_peru(point: LatLon) -> Result<LatLon, Problem> {
    if point.in_peru() {
        Ok(point)
    } else {
        Err(Problem::OutsidePeru { lat: point.lat, lon: point.lon })
    }
}

/// An area capital stored in whole arc-seconds, in degrees.
pub(super) fn arcsec_point(lat: i32, lon: i32) -> LatLon {
    LatLon::new(lat as f64 / 3600.0, lon as f64 / 3600.0)
}

/// A place stored as an offset in 1e-4 degrees from its district's search point: the one
/// decoding both the parser and `ruta import` use, so both see the same point.
pub(super) fn offset_point(capital: LatLon, dlat: i32, dlon: i32) -> LatLon {
    LatLon::new(capital.lat + dlat as f64 / 1e4, capital.lon + dlon as f64 / 1e4)
}

/// A district capital: its province's capital plus an offset, all in arc-seconds.
pub(super) fn add_seconds(province: (i32, i32), offset: (i32, i32)) -> Result<LatLon, Problem> {
    let sum = |a: i32, b: i32| a.checked_add(b).ok_or_else(|| Problem::BadCoordinate(b.to_string()));
    in_peru(arcsec_point(sum(province.0, offset.0)?, sum(province.1, offset.1)?))
}

/// Two places of the same kind with the same key are one place repeated.
pub(super) fn point_key(kind: Kind, at: LatLon) -> (Kind, i64, i64) {
    (kind, (at.lat * 1e5).round() as i64, (at.lon * 1e5).round() as i64)
}

/// A lower-case, accent-free key, so "Cem Comisaría X" and "CEM COMISARIA X" are duplicates.
pub(super) fn dedup_key(text: &str) -> String {
    search::fold(text).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first fields of a line, enough to find it.
pub(super) fn short(line: &str) -> String {
    let text: String = line.split('\t').take(4).collect::<Vec<_>>().join(" ");
    match text.char_indices().nth(70) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text,
    }
}

fn check_text(field: &'static str, value: &str, required: bool) -> Result<(), Problem> {
    if required && value.trim().is_empty() {
        return Err(Problem::Empty(field));
    }
    if value.chars().any(|c| c.is_control() || c == '|') {
        return Err(Problem::BadText(field));
    }
    Ok(())
}

fn numeric_code(text: &str, digits: usize) -> Result<u32, Problem> {
    if text.len() == digits && text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse().map_err(|_| Problem::BadCode(text.to_owned()))
    } else {
        Err(Problem::BadCode(text.to_owned()))
    }
}

/// A full six-digit district code, as `S` and `C` rows give it.
fn district_code(code: &str) -> Result<Ubigeo, Problem> {
    Ubigeo::parse(code).filter(|_| code.len() == 6).ok_or_else(|| Problem::BadCode(code.to_owned()))
}

/// Two coordinate fields, still as text: read once the rest of the row has passed.
#[derive(Debug, Clone, Copy)]
pub(super) struct Coords<'a> {
    lat: &'a str,
    lon: &'a str,
}

impl Coords<'_> {
    /// The integers, or `None` if both fields are empty.
    pub(super) fn read(self) -> Result<Option<(i32, i32)>, Problem> {
        parse_pair(self.lat, self.lon)
    }

    /// A department's or province's capital: required, in arc-seconds, inside Peru.
    pub(super) fn area_capital(self) -> Result<((i32, i32), LatLon), Problem> {
        let (lat, lon) = self.read()?.ok_or(Problem::Empty("capital"))?;
        Ok(((lat, lon), in_peru(arcsec_point(lat, lon))?))
    }
}

/// `attribution <text>`
pub(super) struct AttributionRow<'a> {
    pub(super) text: &'a str,
}

impl<'a> AttributionRow<'a> {
    pub(super) fn from_fields(f: &[&'a str; 2]) -> Result<Self, Problem> {
        let [_, text] = *f;
        check_text("attribution", text, true)?;
        Ok(AttributionRow { text })
    }
}

/// `D <dd> <name> <lat> <lon>`
pub(super) struct DepartmentRow<'a> {
    pub(super) code: u8,
    pub(super) name: &'a str,
    /// In arc-seconds.
    pub(super) capital: Coords<'a>,
}

impl<'a> DepartmentRow<'a> {
    pub(super) fn from_fields(f: &[&'a str; 5]) -> Result<Self, Problem> {
        let [_, code, name, lat, lon] = *f;
        let code = numeric_code(code, 2)? as u8;
        check_text("name", name, true)?;
        Ok(DepartmentRow { code, name, capital: Coords { lat, lon } })
    }
}

/// `P <ddpp> <name> <lat> <lon>`
pub(super) struct ProvinceRow<'a> {
    pub(super) code: u16,
    /// As written, for the error that names it.
    pub(super) code_text: &'a str,
    pub(super) name: &'a str,
    /// In arc-seconds.
    pub(super) capital: Coords<'a>,
}

impl<'a> ProvinceRow<'a> {
    pub(super) fn from_fields(f: &[&'a str; 5]) -> Result<Self, Problem> {
        let [_, code, name, lat, lon] = *f;
        let code_text = code;
        let code = numeric_code(code, 4)? as u16;
        check_text("name", name, true)?;
        Ok(ProvinceRow { code, code_text, name, capital: Coords { lat, lon } })
    }
}

/// `U <nn> <name> <dlat> <dlon>`
pub(super) struct DistrictRow<'a> {
    /// Only the district's two digits: the province is the last `P` row's.
    pub(super) digits: u8,
    pub(super) name: &'a str,
    /// From the province's capital, in arc-seconds; `None` for a district with no point.
    pub(super) offset: Option<(i32, i32)>,
}

impl<'a> DistrictRow<'a> {
    pub(super) fn from_fields(f: &[&'a str; 5]) -> Result<Self, Problem> {
        let [_, code, name, lat, lon] = *f;
        let digits = numeric_code(code, 2).ok().filter(|&d| d > 0).ok_or_else(|| Problem::BadCode(code.to_owned()))?;
        check_text("name", name, true)?;
        Ok(DistrictRow { digits: digits as u8, name, offset: parse_pair(lat, lon)? })
    }
}

/// `S <kind> <ubigeo> <name> <address> <phones> <dlat> <dlon> <flags>`
pub(super) struct ServiceRow<'a> {
    kind: Kind,
    ubigeo: Ubigeo,
    name: &'a str,
    address: &'a str,
    phones: &'a str,
    point: Coords<'a>,
    flags: &'a str,
}

impl<'a> ServiceRow<'a> {
    /// The kind alone, which the parser checks before anything else, so a CAI or HRT row
    /// is always reported as what it is, whatever its shape.
    pub(super) fn kind(f: &[&str]) -> Result<Kind, Problem> {
        Kind::from_bundle(f.get(1).copied().unwrap_or(""))
    }

    /// `kind` is [`ServiceRow::kind`]'s answer, already checked.
    pub(super) fn from_fields(kind: Kind, f: &[&'a str; 9]) -> Result<Self, Problem> {
        let [_, _, ubigeo, name, address, phones, lat, lon, flags] = *f;
        check_text("name", name, true)?;
        check_text("address", address, false)?;
        for p in phones.split('|').filter(|_| !phones.is_empty()) {
            if Phone::from_stored(p).is_none() || p.chars().any(char::is_control) {
                return Err(Problem::BadPhone(p.to_owned()));
            }
        }
        let ubigeo = district_code(ubigeo)?;
        Ok(ServiceRow { kind, ubigeo, name, address, phones, point: Coords { lat, lon }, flags })
    }
}

/// `C <ubigeo> <dlat> <dlon> <flags> <cem>`
pub(super) struct StationRow<'a> {
    ubigeo: Ubigeo,
    point: Coords<'a>,
    flags: &'a str,
    /// The `S` row number of the CEM inside, if any.
    cem: Option<u32>,
}

impl<'a> StationRow<'a> {
    pub(super) fn from_fields(f: &[&'a str; 6]) -> Result<Self, Problem> {
        let [_, ubigeo, lat, lon, flags, cem] = *f;
        let cem =
            if cem.is_empty() { None } else { Some(cem.parse::<u32>().map_err(|_| Problem::BadLink(cem.to_owned()))?) };
        Ok(StationRow { ubigeo: district_code(ubigeo)?, point: Coords { lat, lon }, flags, cem })
    }
}

/// `end <D> <P> <U> <S> <C>`
pub(super) struct EndRow {
    /// How many rows of each [`COUNTED`] type the file says it has.
    pub(super) counts: [usize; 5],
}

impl EndRow {
    pub(super) fn from_fields(f: &[&str; 6]) -> Result<Self, Problem> {
        let mut counts = [0; 5];
        for (count, field) in counts.iter_mut().zip(&f[1..]) {
            *count = field.parse().map_err(|_| Problem::Incomplete)?;
        }
        Ok(EndRow { counts })
    }
}

/// What `S` and `C` rows have in common: a place, checked against the areas and the
/// places above it by the parser.
pub(super) struct PlaceRow<'a> {
    pub(super) kind: Kind,
    pub(super) ubigeo: Ubigeo,
    pub(super) name: &'a str,
    pub(super) address: &'a str,
    pub(super) phones: &'a str,
    /// The offset from the district's search point, in 1e-4 degrees.
    pub(super) point: Coords<'a>,
    /// `""`, `"a"` or `"d"`, read after the district is known.
    pub(super) flags: &'a str,
    pub(super) cem_inside: Option<u32>,
}

impl<'a> From<ServiceRow<'a>> for PlaceRow<'a> {
    fn from(s: ServiceRow<'a>) -> Self {
        let ServiceRow { kind, ubigeo, name, address, phones, point, flags } = s;
        PlaceRow { kind, ubigeo, name, address, phones, point, flags, cem_inside: None }
    }
}

impl<'a> From<StationRow<'a>> for PlaceRow<'a> {
    fn from(c: StationRow<'a>) -> Self {
        let StationRow { ubigeo, point, flags, cem } = c;
        PlaceRow {
            kind: Kind::Police,
            ubigeo,
            name: POLICE_NAME,
            address: "",
            phones: "",
            point,
            flags,
            cem_inside: cem,
        }
    }
}
