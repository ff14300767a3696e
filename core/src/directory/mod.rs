//! The service directory: where the CEM, SAR, SAU and police stations are, and the
//! district tables behind the picker.
//!
//! The data is a compact line format (`data/directory.tsv`, written by `ruta import`)
//! embedded in the binary, so the widget and the native tests read exactly the same
//! bytes. [`Directory::parse`] is also the validator: every rule the data must keep is
//! checked here, row by row, and each problem names its line. A test parses the
//! bundled file on every `cargo test`, and `ruta data-check` runs the same function.
//!
//! Format, version 3 (UTF-8, one record a line, fields separated by a tab, in this order):
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

mod import;
mod search;

pub use import::{import, ImportReport, Sources};
pub use search::{DistrictMatch, Hit, KindFilter};

use std::fmt;
use std::sync::OnceLock;

use thiserror::Error;

use crate::config::Ubigeo;
use crate::geo::LatLon;
use crate::phone::Phone;

/// The bundled directory, as committed in `data/directory.tsv`.
pub static BUNDLED_TEXT: &str = include_str!("../../../data/directory.tsv");

/// The first line of every bundle: the format and its version.
pub const HEADER: &str = "ruta-directory\t4";

/// The last record's type: it gives the number of rows of each type, so a file cut short
/// at a line break, or one missing a whole section, is refused as a whole.
pub const TRAILER: &str = "end";

/// No real directory comes near this (the 2026 bundle is about 135 KB); a bigger body is
/// a wrong file or an attack on a cheap phone's memory.
pub const MAX_BUNDLE_BYTES: usize = 1024 * 1024;

/// The record types the trailer counts, in file order.
const COUNTED: [&str; 5] = ["D", "P", "U", "S", "C"];

/// A point further than this from its district's capital is flagged approximate.
pub const APPROXIMATE_KM: f64 = 20.0;

/// A police station and a "CEM Comisaría" closer than this are taken as the same building.
pub const SAME_PLACE_KM: f64 = 0.3;

/// How a police station is named: INEI publishes no names.
pub const POLICE_NAME: &str = "Comisaría (PNP)";

/// The year of the MIMP directory and of the INEI police census.
pub const MIMP_YEAR: u16 = 2026;
pub const POLICE_YEAR: u16 = 2017;

/// Where a CEM works from, as MIMP names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CemSetting {
    /// A CEM of its own.
    Regular,
    /// Inside a comisaría.
    Comisaria,
    /// Inside a comisaría de familia.
    ComisariaFamilia,
    /// Elsewhere, such as a health centre.
    Other,
}

/// What a place in the directory is. Shelters and services for aggressors are not
/// kinds: they can never be in the bundle (see [`Problem::Shelter`], [`Problem::AggressorService`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Centro Emergencia Mujer.
    Cem(CemSetting),
    /// Servicio de Atención Rural.
    Sar,
    /// Servicio de Atención Urgente.
    Sau,
    /// A police station (INEI 2017), unnamed.
    Police,
}

impl Kind {
    /// The kind as `--kind` and [`KindFilter`] name it: `cem`, `sar`, `sau` or `police`.
    pub fn family(&self) -> &'static str {
        match self {
            Kind::Cem(_) => "cem",
            Kind::Sar => "sar",
            Kind::Sau => "sau",
            Kind::Police => "police",
        }
    }

    /// The bundle's name for it, which also says where a CEM works (`cem-comisaria`).
    pub fn as_str(&self) -> &'static str {
        match self {
            Kind::Cem(CemSetting::Regular) => "cem",
            Kind::Cem(CemSetting::Comisaria) => "cem-comisaria",
            Kind::Cem(CemSetting::ComisariaFamilia) => "cem-comisaria-familia",
            Kind::Cem(CemSetting::Other) => "cem-otro",
            Kind::Sar => "sar",
            Kind::Sau => "sau",
            Kind::Police => "police",
        }
    }

    fn from_bundle(kind: &str) -> Result<Self, Problem> {
        Ok(match kind {
            "cem" => Kind::Cem(CemSetting::Regular),
            "cem-comisaria" => Kind::Cem(CemSetting::Comisaria),
            "cem-comisaria-familia" => Kind::Cem(CemSetting::ComisariaFamilia),
            "cem-otro" => Kind::Cem(CemSetting::Other),
            "sar" => Kind::Sar,
            "sau" => Kind::Sau,
            _ if kind.eq_ignore_ascii_case("cai") => return Err(Problem::AggressorService),
            _ if kind.eq_ignore_ascii_case("hrt") => return Err(Problem::Shelter),
            other => return Err(Problem::UnknownKind(other.to_owned())),
        })
    }

    /// The year the data for this kind describes.
    pub fn data_year(&self) -> u16 {
        match self {
            Kind::Police => POLICE_YEAR,
            _ => MIMP_YEAR,
        }
    }

    /// Whether it is a CEM placed inside a comisaría (of any sort).
    pub fn inside_comisaria(&self) -> bool {
        matches!(self, Kind::Cem(CemSetting::Comisaria | CemSetting::ComisariaFamilia))
    }
}

/// One place a person can go to.
#[derive(Debug, Clone, PartialEq)]
pub struct Service<'a> {
    /// Its position among all places of the directory (services first, then police).
    pub id: u32,
    pub kind: Kind,
    pub ubigeo: Ubigeo,
    /// The MIMP name, or [`POLICE_NAME`].
    pub name: &'a str,
    /// The MIMP address; empty for police stations.
    pub address: &'a str,
    phones: &'a str,
    pub location: LatLon,
    /// More than [`APPROXIMATE_KM`] from its district capital, or placed there for lack of a point.
    pub approximate: bool,
    /// The source gave no point; [`Service::location`] is the district's search point,
    /// [`Directory::capital_of`].
    pub at_district_capital: bool,
    /// For a police station: the id of the CEM that works inside it.
    pub cem_inside: Option<u32>,
}

impl<'a> Service<'a> {
    /// Its numbers, in the published order.
    pub fn phones(&self) -> impl Iterator<Item = Phone<'a>> + 'a {
        self.phones
            .split('|')
            .filter(|p| !p.is_empty())
            .map(|p| Phone::from_stored(p).expect("phones are validated when the bundle is parsed"))
    }
}

/// A department, for the picker and as the last fallback location.
#[derive(Debug, Clone, PartialEq)]
pub struct Department<'a> {
    /// `15` for Lima.
    pub code: u8,
    pub name: &'a str,
    /// Always `Some` in a valid bundle (the format requires it, since version 2).
    pub capital: Option<LatLon>,
}

/// A province.
#[derive(Debug, Clone, PartialEq)]
pub struct Province<'a> {
    /// `1501` for Lima.
    pub code: u16,
    pub name: &'a str,
    /// Always `Some` in a valid bundle (the format requires it, since version 2).
    pub capital: Option<LatLon>,
}

/// A district. 19 recent districts have no capital coordinates in the 2021 table.
#[derive(Debug, Clone, PartialEq)]
pub struct District<'a> {
    pub ubigeo: Ubigeo,
    pub name: &'a str,
    pub capital: Option<LatLon>,
}

/// Which capital a district resolved to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CapitalLevel {
    /// The district's own capital.
    District,
    /// The district has no coordinates; its province's capital is used.
    Province,
    /// Neither has; the department's capital is used.
    Department,
}

/// A district resolved to a point.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Capital {
    pub at: LatLon,
    pub level: CapitalLevel,
}

/// One rule a row of the directory breaks.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum Problem {
    /// The first line is not the format header.
    #[error("the first line must be \"ruta-directory<TAB>4\"")]
    BadHeader,
    /// A line starts with a record type the format does not have.
    #[error("unknown record type {0:?}")]
    UnknownRecord(String),
    /// A record of a type that must come before the previous one, a code not above the
    /// previous one of its kind, or a district with no province row above it.
    #[error("record out of order: departments, then each province followed by its districts, then services, then police stations, each sorted by code")]
    OutOfOrder,
    /// The record has the wrong number of fields.
    #[error("expected {expected} tab-separated fields, found {found}")]
    FieldCount { expected: usize, found: usize },
    /// A field that must not be empty is empty.
    #[error("the {0} is empty")]
    Empty(&'static str),
    /// A field holds a control character or a stray separator.
    #[error("the {0} holds a control character or a '|'")]
    BadText(&'static str),
    /// A code is not well formed.
    #[error("{0:?} is not a well-formed code")]
    BadCode(String),
    /// A ubigeo code that is not in the ubigeo table (or a province without its department).
    #[error("ubigeo {0} is not in the ubigeo table")]
    UnknownUbigeo(String),
    /// A coordinate is not an integer (arc-seconds, or 1e-4 degrees for a place), only one
    /// of the pair is given, or a place not flagged `d` gives none.
    #[error("bad coordinate {0:?}")]
    BadCoordinate(String),
    /// The point is outside Peru's bounding box.
    #[error("the point {lat}, {lon} is outside Peru (lat -18.4…-0.03, lon -81.4…-68.6)")]
    OutsidePeru { lat: f64, lon: f64 },
    /// A phone number is not in normalised form.
    #[error(
        "phone {0:?} is not normalised (9-digit mobile, 1 + 7 digits for Lima, area code + 6 digits, or ?as-published)"
    )]
    BadPhone(String),
    /// The same place appears twice.
    #[error("duplicate of line {0}")]
    Duplicate(usize),
    /// A CAI: a service for aggressors. It must never be shown to victims.
    #[error("CAI rows (services for aggressors) must never be in the directory")]
    AggressorService,
    /// A shelter (HRT): their addresses are confidential, so they are never bundled.
    #[error("HRT shelters must never be in the directory: their addresses are confidential; they are reached through Línea 100 and the CEM")]
    Shelter,
    /// A service kind the format does not have.
    #[error("unknown service kind {0:?}")]
    UnknownKind(String),
    /// The flags field holds something other than "", "a" or "d".
    #[error("bad flags {0:?} (expected empty, \"a\" or \"d\")")]
    BadFlags(String),
    /// The approximate flag disagrees with the distance to the district capital.
    #[error("the point is {km:.1} km from the district capital, so it {} be flagged approximate", if *.must_flag { "must" } else { "must not" })]
    ApproximateMismatch { km: f64, must_flag: bool },
    /// The source gives no point, or only half of one: placed at the district capital.
    #[error("no coordinates in the source: placed at the district capital and flagged approximate")]
    NoPoint,
    /// A row flagged `d` (placed at its district's search point) gives coordinates.
    #[error("a row flagged \"d\" (placed at the district's search point) must give no coordinates")]
    NotAtCapital,
    /// The file does not end with the `end` record, or its counts differ from the rows:
    /// it was cut short or pieced together.
    #[error("the file must end with \"end\" and the number of D, P, U, S and C rows; it is cut short or incomplete")]
    Incomplete,
    /// A section has no row at all.
    #[error("the file has no {0} rows")]
    MissingSection(&'static str),
    /// The text holds U+FFFD: it was decoded with the wrong encoding somewhere.
    #[error("the line holds U+FFFD: the file was not read as UTF-8")]
    MisDecoded,
    /// The file is far larger than any real directory.
    #[error("the file is larger than {MAX_BUNDLE_BYTES} bytes")]
    TooLarge,
    /// A police station's CEM link is wrong.
    #[error("the linked row {0} is not a CEM inside a comisaría within 300 m")]
    BadLink(String),
}

/// A problem with one row, naming where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct RowError {
    /// The file, such as `data/directory.tsv` or a source CSV.
    pub file: String,
    /// 1-based line number.
    pub line: usize,
    /// What the row is, in a few words (its name, code or start).
    pub row: String,
    pub problem: Problem,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} line {} ({}): {}", self.file, self.line, self.row, self.problem)
    }
}

/// Every problem found in a bundle.
#[derive(Debug, Clone, PartialEq, Error)]
#[error("{} problem(s) in the directory:\n{}", .0.len(), .0.iter().map(|e| format!("  {e}")).collect::<Vec<_>>().join("\n"))]
pub struct DataErrors(pub Vec<RowError>);

/// A district code the directory does not know.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("ubigeo {0} is not a district of the directory")]
pub struct UnknownDistrict(pub String);

/// How many rows of each sort the directory holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub departments: usize,
    pub provinces: usize,
    pub districts: usize,
    pub districts_without_capital: usize,
    pub cem: usize,
    pub cem_inside_comisaria: usize,
    pub sar: usize,
    pub sau: usize,
    pub police: usize,
    pub police_with_cem_inside: usize,
    pub approximate: usize,
    pub at_district_capital: usize,
    pub phones: usize,
    pub phones_not_normalised: usize,
}

/// The parsed directory. Text fields borrow from the bundle: parsing allocates only
/// the row vectors and the search index.
#[derive(Debug)]
pub struct Directory<'a> {
    attribution: Vec<&'a str>,
    departments: Vec<Department<'a>>,
    provinces: Vec<Province<'a>>,
    districts: Vec<District<'a>>,
    services: Vec<Service<'a>>,
    index: search::Index,
}

impl Directory<'static> {
    /// The bundled directory, parsed on first use. The widget calls this only when the
    /// locator opens, so a visitor who never opens it never pays for the parse.
    pub fn bundled() -> &'static Directory<'static> {
        static DIRECTORY: OnceLock<Directory<'static>> = OnceLock::new();
        // The errors are not formatted here: that would link every Display and Debug
        // impl of the validator into the widget, for a panic the tests rule out.
        DIRECTORY.get_or_init(|| match Directory::parse_bundle(BUNDLED_TEXT) {
            Ok(directory) => directory,
            Err(_) => panic!("data/directory.tsv is validated by `cargo test` (bundled_directory_is_valid)"),
        })
    }
}

impl<'a> Directory<'a> {
    /// Parses and validates a bundle; every broken rule of every row is reported.
    pub fn parse(text: &'a str) -> Result<Self, DataErrors> {
        Parser::new(text).run(false)
    }

    /// Parses a whole bundle as the widget receives it: every row rule of [`parse`], and
    /// the file must be complete (its `end` record matches its rows, no section is
    /// empty), decoded as UTF-8 and of a plausible size. Anything less is refused as a
    /// whole, so the locator says "could not load" instead of silently missing places.
    ///
    /// [`parse`]: Directory::parse
    pub fn parse_bundle(text: &'a str) -> Result<Self, DataErrors> {
        if text.len() > MAX_BUNDLE_BYTES {
            let error = RowError { file: BUNDLE_FILE.into(), line: 1, row: String::new(), problem: Problem::TooLarge };
            return Err(DataErrors(vec![error]));
        }
        Parser::new(text).run(true)
    }

    /// The attribution lines to show in "about the data".
    pub fn attribution(&self) -> &[&'a str] {
        &self.attribution
    }

    pub fn departments(&self) -> &[Department<'a>] {
        &self.departments
    }

    /// The provinces of a department, in code order.
    pub fn provinces(&self, department: u8) -> &[Province<'a>] {
        let lo = self.provinces.partition_point(|p| (p.code / 100) < department as u16);
        let hi = self.provinces.partition_point(|p| (p.code / 100) <= department as u16);
        &self.provinces[lo..hi]
    }

    /// The districts of a province (`1501`), in code order.
    pub fn districts(&self, province: u16) -> &[District<'a>] {
        let lo = self.districts.partition_point(|d| d.ubigeo.province() < province);
        let hi = self.districts.partition_point(|d| d.ubigeo.province() <= province);
        &self.districts[lo..hi]
    }

    pub fn department(&self, code: u8) -> Option<&Department<'a>> {
        self.departments.binary_search_by_key(&code, |d| d.code).ok().map(|i| &self.departments[i])
    }

    pub fn province(&self, code: u16) -> Option<&Province<'a>> {
        self.provinces.binary_search_by_key(&code, |p| p.code).ok().map(|i| &self.provinces[i])
    }

    pub fn district(&self, ubigeo: Ubigeo) -> Option<&District<'a>> {
        self.districts.binary_search_by_key(&ubigeo.value(), |d| d.ubigeo.value()).ok().map(|i| &self.districts[i])
    }

    /// Where to search from for a district: its capital, or, for the recent districts
    /// with no coordinates, its province's capital, then its department's.
    pub fn capital_of(&self, ubigeo: Ubigeo) -> Result<Capital, UnknownDistrict> {
        let district = self.district(ubigeo).ok_or_else(|| UnknownDistrict(ubigeo.code()))?;
        let fallback = || {
            let province = self.province(ubigeo.province()).and_then(|p| p.capital);
            let department = self.department(ubigeo.department()).and_then(|d| d.capital);
            province
                .map(|at| Capital { at, level: CapitalLevel::Province })
                .or(department.map(|at| Capital { at, level: CapitalLevel::Department }))
        };
        district
            .capital
            .map(|at| Capital { at, level: CapitalLevel::District })
            .or_else(fallback)
            .ok_or_else(|| UnknownDistrict(ubigeo.code()))
    }

    /// Every place: MIMP services first, then police stations; `id` is the position.
    pub fn services(&self) -> &[Service<'a>] {
        &self.services
    }

    pub fn service(&self, id: u32) -> Option<&Service<'a>> {
        self.services.get(id as usize)
    }

    pub fn counts(&self) -> Counts {
        let mut c = Counts {
            departments: self.departments.len(),
            provinces: self.provinces.len(),
            districts: self.districts.len(),
            districts_without_capital: self.districts.iter().filter(|d| d.capital.is_none()).count(),
            ..Counts::default()
        };
        for s in &self.services {
            match s.kind {
                Kind::Cem(_) => c.cem += 1,
                Kind::Sar => c.sar += 1,
                Kind::Sau => c.sau += 1,
                Kind::Police => c.police += 1,
            }
            c.cem_inside_comisaria += usize::from(s.kind.inside_comisaria());
            c.police_with_cem_inside += usize::from(s.cem_inside.is_some());
            c.approximate += usize::from(s.approximate);
            c.at_district_capital += usize::from(s.at_district_capital);
            for p in s.phones() {
                c.phones += 1;
                c.phones_not_normalised += usize::from(matches!(p, Phone::AsPublished(_)));
            }
        }
        c
    }
}

/// Reads a pair of integer coordinate fields; both empty means "no point".
fn parse_pair(lat: &str, lon: &str) -> Result<Option<(i32, i32)>, Problem> {
    let one = |s: &str| s.parse::<i32>().map_err(|_| Problem::BadCoordinate(s.to_owned()));
    match (lat.is_empty(), lon.is_empty()) {
        (true, true) => Ok(None),
        (false, false) => Ok(Some((one(lat)?, one(lon)?))),
        _ => Err(Problem::BadCoordinate(format!("{lat},{lon}"))),
    }
}

/// The point, if it is inside Peru.
fn in_peru(point: LatLon) -> Result<LatLon, Problem> {
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
fn add_seconds(province: (i32, i32), offset: (i32, i32)) -> Result<LatLon, Problem> {
    let sum = |a: i32, b: i32| a.checked_add(b).ok_or_else(|| Problem::BadCoordinate(b.to_string()));
    in_peru(arcsec_point(sum(province.0, offset.0)?, sum(province.1, offset.1)?))
}

/// Two places of the same kind with the same key are one place repeated.
pub(super) fn point_key(kind: Kind, at: LatLon) -> (Kind, i64, i64) {
    (kind, (at.lat * 1e5).round() as i64, (at.lon * 1e5).round() as i64)
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

/// A lower-case, accent-free key, so "Cem Comisaría X" and "CEM COMISARIA X" are duplicates.
fn dedup_key(text: &str) -> String {
    search::fold(text).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Where the `U` rows being read belong.
#[derive(Debug, Clone, Copy)]
enum OpenProvince {
    /// No `P` row yet.
    None,
    /// The last `P` row was rejected, and already reported: its districts are only
    /// checked on their own.
    Rejected,
    /// The last `P` row, at `index` in `dir.provinces`, and its last district's digits.
    Open { index: usize, last_district: u8 },
}

struct Parser<'a> {
    text: &'a str,
    errors: Vec<RowError>,
    dir: Directory<'a>,
    /// Section of the last record: 0 header, 1 D, 2 P and U (a province, then its
    /// districts, then the next province), 3 S, 4 C.
    section: u8,
    /// The province of the last `P` row, which the `U` rows below it belong to.
    open_province: OpenProvince,
    seen_services: std::collections::HashMap<(Kind, u32, String), usize>,
    seen_points: std::collections::HashMap<(Kind, i64, i64), usize>,
    /// Each province's capital in arc-seconds, in the order of `dir.provinces`: the
    /// origin of its districts' offsets.
    province_seconds: Vec<(i32, i32)>,
    /// For each `S` record in order, its id if it was valid. A link names an `S` record;
    /// going through this keeps one bad row from breaking every link after it.
    s_records: Vec<Option<u32>>,
    pending_links: Vec<(usize, u32, u32)>,
    /// How many D, P, U, S and C records were read, valid or not.
    rows: [usize; 5],
    /// The counts the `end` record gives, once read.
    declared: Option<[usize; 5]>,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str) -> Self {
        Parser {
            text,
            errors: Vec::new(),
            dir: Directory {
                attribution: Vec::new(),
                departments: Vec::new(),
                provinces: Vec::new(),
                districts: Vec::new(),
                services: Vec::new(),
                index: search::Index::default(),
            },
            section: 0,
            open_province: OpenProvince::None,
            seen_services: Default::default(),
            seen_points: Default::default(),
            province_seconds: Vec::new(),
            s_records: Vec::new(),
            pending_links: Vec::new(),
            rows: [0; 5],
            declared: None,
        }
    }

    fn run(mut self, complete: bool) -> Result<Directory<'a>, DataErrors> {
        let mut lines = self.text.lines().enumerate();
        match lines.next() {
            Some((_, HEADER)) => {}
            other => {
                let row = other.map(|(_, l)| short(l)).unwrap_or_default();
                self.errors.push(RowError { file: BUNDLE_FILE.into(), line: 1, row, problem: Problem::BadHeader });
            }
        }
        for (i, line) in lines {
            if line.is_empty() {
                continue;
            }
            let fields: Vec<&'a str> = line.split('\t').collect();
            if let Some(n) = COUNTED.iter().position(|t| *t == fields[0]) {
                self.rows[n] += 1;
            }
            let result = if line.contains('\u{FFFD}') { Err(Problem::MisDecoded) } else { self.record(i + 1, &fields) };
            if fields[0] == "S" {
                self.s_records.push(result.is_ok().then(|| self.dir.services.len() as u32 - 1));
            }
            if let Err(problem) = result {
                self.errors.push(RowError { file: BUNDLE_FILE.into(), line: i + 1, row: short(line), problem });
            }
        }
        self.check_links();
        self.check_complete(complete);
        if self.errors.is_empty() {
            self.dir.index = search::Index::build(
                &self.dir.services,
                &self.dir.districts,
                &self.dir.provinces,
                &self.dir.departments,
            );
            Ok(self.dir)
        } else {
            Err(DataErrors(self.errors))
        }
    }

    fn enter(&mut self, section: u8) -> Result<(), Problem> {
        if section < self.section {
            return Err(Problem::OutOfOrder);
        }
        self.section = section;
        Ok(())
    }

    fn record(&mut self, line: usize, f: &[&'a str]) -> Result<(), Problem> {
        let expect =
            |n: usize| if f.len() == n { Ok(()) } else { Err(Problem::FieldCount { expected: n, found: f.len() }) };
        match f[0] {
            "attribution" => {
                expect(2)?;
                if self.section > 0 {
                    return Err(Problem::OutOfOrder);
                }
                check_text("attribution", f[1], true)?;
                self.dir.attribution.push(f[1]);
            }
            "D" => {
                expect(5)?;
                self.enter(1)?;
                let code = numeric_code(f[1], 2)? as u8;
                check_text("name", f[2], true)?;
                if self.dir.departments.last().is_some_and(|d| d.code >= code) {
                    return Err(Problem::OutOfOrder);
                }
                let (lat, lon) = parse_pair(f[3], f[4])?.ok_or(Problem::Empty("capital"))?;
                let capital = in_peru(arcsec_point(lat, lon))?;
                self.dir.departments.push(Department { code, name: f[2], capital: Some(capital) });
            }
            "P" => {
                // Rejected until it is read: the districts below a bad province row are
                // not reported again (see "U").
                self.open_province = OpenProvince::Rejected;
                expect(5)?;
                self.enter(2)?;
                let code = numeric_code(f[1], 4)? as u16;
                check_text("name", f[2], true)?;
                if self.dir.department((code / 100) as u8).is_none() {
                    return Err(Problem::UnknownUbigeo(f[1].to_owned()));
                }
                if self.dir.provinces.last().is_some_and(|p| p.code >= code) {
                    return Err(Problem::OutOfOrder);
                }
                let (lat, lon) = parse_pair(f[3], f[4])?.ok_or(Problem::Empty("capital"))?;
                let capital = in_peru(arcsec_point(lat, lon))?;
                self.dir.provinces.push(Province { code, name: f[2], capital: Some(capital) });
                self.province_seconds.push((lat, lon));
                self.open_province = OpenProvince::Open { index: self.dir.provinces.len() - 1, last_district: 0 };
            }
            "U" => {
                expect(5)?;
                // Only the district's two digits: the province is the last `P` row's.
                let digits =
                    numeric_code(f[1], 2).ok().filter(|&d| d > 0).ok_or_else(|| Problem::BadCode(f[1].to_owned()))?
                        as u8;
                check_text("name", f[2], true)?;
                let offset = parse_pair(f[3], f[4])?;
                // A province row was read (so this is section 2) unless it is before any
                // `P` row or after the services.
                let (index, last_district) = match self.open_province {
                    OpenProvince::None => return Err(Problem::OutOfOrder),
                    _ if self.section > 2 => return Err(Problem::OutOfOrder),
                    OpenProvince::Rejected => return Ok(()),
                    OpenProvince::Open { index, last_district } => (index, last_district),
                };
                if digits <= last_district {
                    return Err(Problem::OutOfOrder);
                }
                self.open_province = OpenProvince::Open { index, last_district: digits };
                let province = &self.dir.provinces[index];
                let code = format!("{:04}{:02}", province.code, digits);
                let ubigeo = Ubigeo::parse(&code).ok_or(Problem::BadCode(code))?;
                let capital = offset.map(|offset| add_seconds(self.province_seconds[index], offset)).transpose()?;
                self.dir.districts.push(District { ubigeo, name: f[2], capital });
            }
            "S" => {
                // The kind is checked before the field count, so a CAI or HRT row is
                // always reported as what it is, whatever its shape.
                let kind = Kind::from_bundle(f.get(1).copied().unwrap_or(""))?;
                expect(9)?;
                self.enter(3)?;
                let (ubigeo, name, address, phones) = (f[2], f[3], f[4], f[5]);
                check_text("name", name, true)?;
                check_text("address", address, false)?;
                for p in phones.split('|').filter(|_| !phones.is_empty()) {
                    if Phone::from_stored(p).is_none() || p.chars().any(char::is_control) {
                        return Err(Problem::BadPhone(p.to_owned()));
                    }
                }
                self.place(line, kind, ubigeo, name, address, phones, f[6], f[7], f[8], None)?;
            }
            "C" => {
                expect(6)?;
                self.enter(4)?;
                let link = if f[5].is_empty() {
                    None
                } else {
                    Some(f[5].parse::<u32>().map_err(|_| Problem::BadLink(f[5].to_owned()))?)
                };
                self.place(line, Kind::Police, f[1], POLICE_NAME, "", "", f[2], f[3], f[4], link)?;
            }
            TRAILER => {
                expect(6)?;
                if self.declared.is_some() {
                    return Err(Problem::OutOfOrder);
                }
                self.enter(5)?;
                let mut declared = [0; 5];
                for (count, field) in declared.iter_mut().zip(&f[1..]) {
                    *count = field.parse().map_err(|_| Problem::Incomplete)?;
                }
                self.declared = Some(declared);
            }
            other => return Err(Problem::UnknownRecord(other.to_owned())),
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn place(
        &mut self,
        line: usize,
        kind: Kind,
        code: &str,
        name: &'a str,
        address: &'a str,
        phones: &'a str,
        lat: &str,
        lon: &str,
        flags: &str,
        cem_inside: Option<u32>,
    ) -> Result<(), Problem> {
        let ubigeo =
            Ubigeo::parse(code).filter(|_| code.len() == 6).ok_or_else(|| Problem::BadCode(code.to_owned()))?;
        let district = self.dir.district(ubigeo).ok_or_else(|| Problem::UnknownUbigeo(code.to_owned()))?.clone();
        let (approximate, at_capital) = match flags {
            "" => (false, false),
            "a" => (true, false),
            "d" => (true, true),
            other => return Err(Problem::BadFlags(other.to_owned())),
        };
        let search_point = self.dir.capital_of(ubigeo).map_err(|e| Problem::UnknownUbigeo(e.0))?.at;
        let location = match (parse_pair(lat, lon)?, at_capital) {
            (None, true) => search_point,
            (Some(_), true) => return Err(Problem::NotAtCapital),
            (None, false) => return Err(Problem::BadCoordinate("none: only a row flagged d has no point".into())),
            (Some((dlat, dlon)), false) => in_peru(offset_point(search_point, dlat, dlon))?,
        };
        if !at_capital {
            if let Some(capital) = district.capital {
                let km = capital.km_to(location);
                let must_flag = km > APPROXIMATE_KM;
                if must_flag != approximate {
                    return Err(Problem::ApproximateMismatch { km, must_flag });
                }
            }
        }
        if kind != Kind::Police {
            let key = (kind, ubigeo.value(), dedup_key(name));
            if let Some(&first) = self.seen_services.get(&key) {
                return Err(Problem::Duplicate(first));
            }
            self.seen_services.insert(key, line);
        }
        if !at_capital {
            // Two different services may share a building (a CEM and a SAU often do);
            // the same kind twice at the same point is a repeated row.
            let key = point_key(kind, location);
            if let Some(&first) = self.seen_points.get(&key) {
                return Err(Problem::Duplicate(first));
            }
            self.seen_points.insert(key, line);
        }
        let id = self.dir.services.len() as u32;
        if let Some(target) = cem_inside {
            self.pending_links.push((line, id, target));
        }
        self.dir.services.push(Service {
            id,
            kind,
            ubigeo,
            name,
            address,
            phones,
            location,
            approximate,
            at_district_capital: at_capital,
            cem_inside,
        });
        Ok(())
    }

    /// The `end` record, when present, must match the rows read; a bundle must have one
    /// and rows in every section.
    fn check_complete(&mut self, required: bool) {
        let last_line = self.text.lines().count().max(1);
        let mut problems = Vec::new();
        match self.declared {
            Some(declared) if declared != self.rows => problems.push(Problem::Incomplete),
            None if required => problems.push(Problem::Incomplete),
            _ => {}
        }
        if required {
            let names = ["department", "province", "district", "service", "police station"];
            for (name, rows) in names.iter().zip(self.rows) {
                if rows == 0 {
                    problems.push(Problem::MissingSection(name));
                }
            }
        }
        for problem in problems {
            self.errors.push(RowError { file: BUNDLE_FILE.into(), line: last_line, row: String::new(), problem });
        }
    }

    fn check_links(&mut self) {
        // The links were queued in line order: one pass over the text finds every row to
        // name (a search from the top for each would be quadratic in the bundle's size).
        let text = self.text;
        let mut lines = text.lines().enumerate();
        for &(line, id, target) in &self.pending_links {
            let station = &self.dir.services[id as usize];
            // Linked rows always come earlier, so the ids are final by now.
            let cem = match self.s_records.get(target as usize) {
                Some(Some(id)) => self.dir.services.get(*id as usize),
                // That row is invalid and already reported.
                Some(None) => continue,
                None => None,
            };
            let ok = cem.is_some_and(|cem| {
                cem.kind.inside_comisaria()
                    && !cem.at_district_capital
                    && cem.location.km_to(station.location) <= SAME_PLACE_KM
            });
            if !ok {
                let row = lines.find(|&(i, _)| i + 1 == line).map_or_else(String::new, |(_, row)| short(row));
                self.errors.push(RowError {
                    file: BUNDLE_FILE.into(),
                    line,
                    row,
                    problem: Problem::BadLink(target.to_string()),
                });
            }
        }
    }
}

/// The name errors use for the bundle.
pub const BUNDLE_FILE: &str = "data/directory.tsv";

/// The first fields of a line, enough to find it.
fn short(line: &str) -> String {
    let text: String = line.split('\t').take(4).collect::<Vec<_>>().join(" ");
    match text.char_indices().nth(70) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text,
    }
}

#[cfg(test)]
mod tests;
