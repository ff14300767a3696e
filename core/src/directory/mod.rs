//! The service directory: where the CEM, SAR, SAU and police stations are, and the
//! district tables behind the picker.
//!
//! The data is a compact line format (`data/directory.tsv`, written by `ruta import`,
//! described in `format.rs`) embedded in the binary, so the widget and the native tests
//! read exactly the same bytes. [`Directory::parse`] is also the validator: every rule the
//! data must keep is checked, row by row, and each problem names its line. A test parses
//! the bundled file on every `cargo test`, and `ruta data-check` runs the same function.
//!
//! - this file: the model ([`Directory`], [`Service`], [`Kind`]) and its accessors;
//! - `areas.rs`: departments, provinces, districts and [`Directory::capital_of`]'s rule;
//! - `format.rs`: the format's records, encodings and typed rows; `parser.rs` the parser;
//! - `errors.rs`: [`Problem`], [`RowError`], [`DataErrors`];
//! - `import/`: `ruta import`; `search.rs`: nearest places and the district type-ahead.

mod areas;
mod errors;
mod format;
mod import;
mod parser;
mod search;

pub use areas::{Capital, CapitalLevel, Department, District, Province};
pub use errors::{DataErrors, Problem, RowError, UnknownDistrict};
pub use format::{BUNDLE_FILE, HEADER, TRAILER};
pub use import::{import, ImportReport, Sources};
pub use search::{DistrictMatch, Hit, KindFilter};

use std::sync::OnceLock;

use areas::Areas;
#[cfg(test)]
use format::{arcsec_point, offset_point, short};
use parser::Parser;

use crate::config::Ubigeo;
use crate::geo::LatLon;
use crate::phone::Phone;

/// The bundled directory, as committed in `data/directory.tsv`.
pub static BUNDLED_TEXT: &str = include_str!("../../../data/directory.tsv");

/// No real directory comes near this (the 2026 bundle is about 135 KB); a bigger body is
/// a wrong file or an attack on a cheap phone's memory.
pub const MAX_BUNDLE_BYTES: usize = 1024 * 1024;

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

impl CemSetting {
    /// The setting as MIMP's `modalidad_cem` column names it, and `ruta nearest` prints
    /// it: `regular`, `comisaria`, `comisaria_familia` or `otro`.
    pub fn as_str(&self) -> &'static str {
        match self {
            CemSetting::Regular => "regular",
            CemSetting::Comisaria => "comisaria",
            CemSetting::ComisariaFamilia => "comisaria_familia",
            CemSetting::Other => "otro",
        }
    }
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
    areas: Areas<'a>,
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
        &self.areas.departments
    }

    /// The provinces of a department, in code order.
    pub fn provinces(&self, department: u8) -> &[Province<'a>] {
        self.areas.provinces_of(department)
    }

    /// The districts of a province (`1501`), in code order.
    pub fn districts(&self, province: u16) -> &[District<'a>] {
        self.areas.districts_of(province)
    }

    pub fn department(&self, code: u8) -> Option<&Department<'a>> {
        self.areas.department(code)
    }

    pub fn province(&self, code: u16) -> Option<&Province<'a>> {
        self.areas.province(code)
    }

    pub fn district(&self, ubigeo: Ubigeo) -> Option<&District<'a>> {
        self.areas.district(ubigeo)
    }

    /// Where to search from for a district: its capital, or, for the recent districts
    /// with no coordinates, its province's capital, then its department's.
    pub fn capital_of(&self, ubigeo: Ubigeo) -> Result<Capital, UnknownDistrict> {
        self.areas.capital_of(ubigeo)
    }

    /// Every place: MIMP services first, then police stations; `id` is the position.
    pub fn services(&self) -> &[Service<'a>] {
        &self.services
    }

    pub fn service(&self, id: u32) -> Option<&Service<'a>> {
        self.services.get(id as usize)
    }

    pub fn counts(&self) -> Counts {
        let districts = &self.areas.districts;
        let mut c = Counts {
            departments: self.areas.departments.len(),
            provinces: self.areas.provinces.len(),
            districts: districts.len(),
            districts_without_capital: districts.iter().filter(|d| d.capital.is_none()).count(),
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

#[cfg(test)]
mod tests;
