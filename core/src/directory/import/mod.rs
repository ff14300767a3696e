//! Builds the bundle from the official files (`ruta import`).
//!
//! Only the command line calls this; the widget never does, so none of it reaches the
//! wasm. The CSV reader is a few lines of our own rather than a crate for the same
//! reason the bundle is hand-parsed: nothing here may grow the widget, and the crate
//! builds offline with no new dependency.
//!
//! Rows that break a rule are dropped and listed, each naming its file and line; the
//! finished text then goes through [`Directory::parse`], the same validator the tests
//! and `ruta data-check` use, so an import can never write a bundle that fails it.
//!
//! Every place is stored as an offset from its district's search point (see the format
//! in `format.rs`). The flags, the duplicate check and the CEM-in-station link are computed
//! here from the point the parser will decode (`offset_point`), never from the source's
//! own decimals, so a rule cannot pass here and fail there.

mod areas;
mod coords;
mod csv;

use std::collections::HashMap;
use std::fmt::Write as _;

use self::areas::{read_areas, AreaTables};
use self::coords::{fmt_pair, offset};
use self::csv::{clean, Record, Table};
use super::areas::Areas;
use super::format::{dedup_key, point_key, HEADER, TRAILER};
use super::{CemSetting, DataErrors, Directory, Kind, Problem, RowError, APPROXIMATE_KM, SAME_PLACE_KM};
use crate::config::Ubigeo;
use crate::geo::LatLon;
use crate::phone::{self, Normalised};

/// The attribution lines every copy of the data must carry.
pub const ATTRIBUTION: [&str; 3] = [
    "Directorio: MIMP – Programa Nacional Warmi Ñan, Consolidado Directorio Nacional 2026",
    "Comisarías: INEI, Censo Nacional de Comisarías 2017",
    "Ubigeo: ubigeo-peru-aumentado, © 2021 Jesus M. Castagnetto (MIT), con datos de INEI, RENIEC, CEPLAN y MINSA",
];

/// The text of each source file, with the name used in messages.
#[derive(Debug, Clone, Copy)]
pub struct Sources<'s> {
    /// MIMP "Consolidado Directorio Nacional", columns as in `mimp_servicios_violencia_2026.csv`.
    pub mimp: (&'s str, &'s str),
    /// INEI CENACOM comisarías: `id_n, ubigeo, distrito, lat, lon`.
    pub police: (&'s str, &'s str),
    pub departments: (&'s str, &'s str),
    pub provinces: (&'s str, &'s str),
    pub districts: (&'s str, &'s str),
    /// Districts created after the ubigeo table, same columns as `districts` (optional).
    pub extra_districts: Option<(&'s str, &'s str)>,
}

/// What an import kept, dropped and could not clean.
#[derive(Debug, Clone, Default)]
pub struct ImportReport {
    /// (source kind, kept, dropped), such as ("CEM", 436, 0).
    pub rows: Vec<(String, usize, usize)>,
    /// Rows left out of the bundle, and why.
    pub dropped: Vec<RowError>,
    /// Rows kept with a caveat: a phone shown as published, a point placed at the capital.
    pub notes: Vec<RowError>,
}

impl ImportReport {
    fn tally(&mut self, what: &str, kept: bool) {
        let i = match self.rows.iter().position(|r| r.0 == what) {
            Some(i) => i,
            None => {
                self.rows.push((what.to_owned(), 0, 0));
                self.rows.len() - 1
            }
        };
        if kept {
            self.rows[i].1 += 1;
        } else {
            self.rows[i].2 += 1;
        }
    }
}

/// A MIMP service, as it will be written.
struct Place {
    kind: Kind,
    ubigeo: u32,
    name: String,
    address: String,
    phones: String,
    /// As stored: the offset from the district's search point, or none (flag `d`).
    offset: Option<(i32, i32)>,
    /// As the parser decodes it.
    at: LatLon,
    flags: &'static str,
}

/// An INEI police station, as it will be written.
struct Station {
    ubigeo: u32,
    /// As stored: the offset from the district's search point.
    offset: (i32, i32),
    /// As the parser decodes it.
    at: LatLon,
    flags: &'static str,
}

/// Reads the official files and writes the bundle text.
pub fn import(sources: &Sources<'_>) -> Result<(String, ImportReport), DataErrors> {
    let mut report = ImportReport::default();
    let tables = read_areas(sources, &mut report)?;
    let areas = tables.areas();
    let places = read_services(sources.mimp, &areas, &mut report)?;
    let stations = read_stations(sources.police, &areas, &mut report)?;
    let cems = link_cems(&places, &stations);
    let out = write_bundle(&tables, &places, &stations, &cems);
    // The row rules and the trailer's counts; a bundle with an empty section is refused
    // later, by `ruta data-check` and by the widget (`Directory::parse_bundle`).
    Directory::parse(&out)?;
    Ok((out, report))
}

/// A six-digit code of a district the tables have.
fn known_district(areas: &Areas<'_>, code: &str) -> Result<Ubigeo, Problem> {
    let u = Ubigeo::parse(code).filter(|_| code.len() == 6).ok_or_else(|| Problem::BadCode(code.to_owned()))?;
    areas.district(u).map(|_| u).ok_or_else(|| Problem::UnknownUbigeo(code.to_owned()))
}

/// Where a place is stored from, and put when it has no point of its own.
fn search_point(areas: &Areas<'_>, ubigeo: Ubigeo) -> Result<LatLon, Problem> {
    areas.capital_of(ubigeo).map(|c| c.at).map_err(|_| Problem::NoPoint)
}

/// `a` for a point more than [`APPROXIMATE_KM`] from its district's own capital.
fn flags_for(areas: &Areas<'_>, ubigeo: Ubigeo, at: LatLon) -> &'static str {
    match areas.district(ubigeo).and_then(|d| d.capital) {
        Some(capital) if capital.km_to(at) > APPROXIMATE_KM => "a",
        _ => "",
    }
}

/// The bundle's kind for a MIMP `tipo` and `modalidad_cem`; the rest are never bundled.
fn mimp_kind(tipo: &str, modalidad: &str) -> Result<Kind, Problem> {
    Ok(match (tipo, modalidad) {
        ("CEM", "regular") => Kind::Cem(CemSetting::Regular),
        ("CEM", "comisaria") => Kind::Cem(CemSetting::Comisaria),
        ("CEM", "comisaria_familia") => Kind::Cem(CemSetting::ComisariaFamilia),
        ("CEM", "otro") => Kind::Cem(CemSetting::Other),
        ("SAR", _) => Kind::Sar,
        ("SAU", _) => Kind::Sau,
        // Services for aggressors: never shown to victims.
        ("CAI", _) => return Err(Problem::AggressorService),
        // Shelters: MIMP withholds their addresses so that an aggressor cannot find
        // them; the widget routes to them only through Línea 100 and the CEM, so not
        // even a phone or a town is bundled.
        ("HRT", _) => return Err(Problem::Shelter),
        (_, modalidad) => return Err(Problem::UnknownKind(format!("{tipo}/{modalidad}"))),
    })
}

/// A MIMP record of a kind the bundle has, being read.
struct MimpRow<'t> {
    table: &'t Table,
    record: &'t Record,
    kind: Kind,
    name: String,
    /// How the report names it: `CEM Cem Comisaría …`.
    row: String,
}

/// The services kept so far, by name in their district and by kind and decoded point
/// (to 1e-5 degree), keyed as the parser keys them: each with its line.
#[derive(Default)]
struct SeenPlaces {
    names: HashMap<(Kind, u32, String), usize>,
    points: HashMap<(Kind, i64, i64), usize>,
}

impl SeenPlaces {
    /// The place, unless it repeats one kept before; a place with no point of its own
    /// (flag `d`) is compared by name only.
    fn add(&mut self, place: Place, line: usize) -> Result<Place, Problem> {
        let name = (place.kind, place.ubigeo, dedup_key(&place.name));
        let point = (place.flags != "d").then(|| point_key(place.kind, place.at));
        if let Some(&first) = self.names.get(&name).or_else(|| point.and_then(|at| self.points.get(&at))) {
            return Err(Problem::Duplicate(first));
        }
        self.names.insert(name, line);
        self.points.extend(point.map(|at| (at, line)));
        Ok(place)
    }
}

/// The MIMP services, sorted as they are written; duplicates are dropped.
fn read_services(
    (file, text): (&str, &str),
    areas: &Areas<'_>,
    report: &mut ImportReport,
) -> Result<Vec<Place>, DataErrors> {
    let table =
        Table::read(file, text, &["tipo", "modalidad_cem", "ubigeo", "nombre", "direccion", "telefono", "lat", "lon"])?;
    let mut places: Vec<Place> = Vec::new();
    let mut seen = SeenPlaces::default();
    for r in &table.records {
        let tipo = table.get(r, "tipo").to_uppercase();
        let name = clean(table.get(r, "nombre"));
        let row = format!("{tipo} {name}");
        let kind = match mimp_kind(&tipo, table.get(r, "modalidad_cem")) {
            Ok(kind) => kind,
            Err(problem) => {
                report.tally(&tipo, false);
                report.dropped.push(table.error(r, row, problem));
                continue;
            }
        };
        let label = if let Kind::Cem(_) = kind { "CEM" } else { kind.as_str() }.to_uppercase();
        let mimp = MimpRow { table: &table, record: r, kind, name, row };
        match read_service(&mimp, areas, report).and_then(|place| seen.add(place, r.line)) {
            Ok(place) => {
                report.tally(&label, true);
                places.push(place);
            }
            Err(problem) => {
                report.tally(&label, false);
                report.dropped.push(table.error(r, mimp.row, problem));
            }
        }
    }
    places.sort_by(|a, b| (a.ubigeo, a.kind.as_str(), &a.name).cmp(&(b.ubigeo, b.kind.as_str(), &b.name)));
    Ok(places)
}

/// One MIMP row of a kind the bundle has. Phones that cannot be normalised are kept as
/// published, and a row with no point is placed at its district's search point; both
/// are noted.
fn read_service(mimp: &MimpRow<'_>, areas: &Areas<'_>, report: &mut ImportReport) -> Result<Place, Problem> {
    let MimpRow { table, record: r, kind, name, row } = mimp;
    let ubigeo = known_district(areas, table.get(r, "ubigeo"))?;
    if name.is_empty() {
        return Err(Problem::Empty("name"));
    }
    let mut phones = Vec::new();
    for n in phone::normalise(table.get(r, "telefono")) {
        match n {
            Normalised::Nsn(nsn) => phones.push(nsn),
            Normalised::Unrecognised(raw) => {
                report.notes.push(table.error(r, row.to_owned(), Problem::BadPhone(raw.clone())));
                phones.push(format!("?{}", clean(&raw)));
            }
        }
    }
    let from = search_point(areas, ubigeo)?;
    let (offset, at, flags) = match offset(from, table.get(r, "lat"), table.get(r, "lon")) {
        Ok(Some((d, at))) => (Some(d), at, flags_for(areas, ubigeo, at)),
        Ok(None) | Err(Problem::BadCoordinate(_)) => {
            report.notes.push(table.error(r, row.to_owned(), Problem::NoPoint));
            (None, from, "d")
        }
        Err(problem) => return Err(problem),
    };
    let (address, phones) = (clean(table.get(r, "direccion")), phones.join("|"));
    Ok(Place { kind: *kind, ubigeo: ubigeo.value(), name: name.clone(), address, phones, offset, at, flags })
}

/// The INEI police stations, sorted as they are written; repeats are dropped.
fn read_stations(
    (file, text): (&str, &str),
    areas: &Areas<'_>,
    report: &mut ImportReport,
) -> Result<Vec<Station>, DataErrors> {
    let table = Table::read(file, text, &["ubigeo", "lat", "lon"])?;
    let mut stations: Vec<Station> = Vec::new();
    let mut seen_at: HashMap<(Kind, i64, i64), usize> = HashMap::new();
    for r in &table.records {
        let row = format!("comisaría {} {} {}", table.get(r, "id_n"), table.get(r, "ubigeo"), table.get(r, "distrito"));
        let checked = known_district(areas, table.get(r, "ubigeo")).and_then(|u| {
            let from = search_point(areas, u)?;
            match offset(from, table.get(r, "lat"), table.get(r, "lon"))? {
                Some((offset, at)) => Ok(Station { ubigeo: u.value(), offset, at, flags: flags_for(areas, u, at) }),
                // A police station with no point cannot be placed honestly: the district
                // may have several.
                None => Err(Problem::BadCoordinate(String::new())),
            }
        });
        // An exact repeat, or two stations a few metres apart that the 1e-4 degree
        // offsets put on one point.
        let checked = checked.and_then(|station| match seen_at.get(&point_key(Kind::Police, station.at)) {
            Some(&first) => Err(Problem::Duplicate(first)),
            None => Ok(station),
        });
        match checked {
            Ok(station) => {
                seen_at.insert(point_key(Kind::Police, station.at), r.line);
                report.tally("police", true);
                stations.push(station);
            }
            Err(problem) => {
                report.tally("police", false);
                report.dropped.push(table.error(r, row, problem));
            }
        }
    }
    stations.sort_by_key(|s| (s.ubigeo, s.offset));
    Ok(stations)
}

/// For each station, the CEM that works inside it: the nearest CEM in a comisaría
/// within [`SAME_PLACE_KM`], as its row number among the places.
fn link_cems(places: &[Place], stations: &[Station]) -> Vec<Option<usize>> {
    let cem = |here: LatLon| {
        places
            .iter()
            .enumerate()
            .filter(|(_, p)| p.kind.inside_comisaria() && p.flags != "d")
            .map(|(i, p)| (i, p.at.km_to(here)))
            .filter(|&(_, km)| km <= SAME_PLACE_KM)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(i, _)| i)
    };
    stations.iter().map(|s| cem(s.at)).collect()
}

/// The bundle text; `cems` is [`link_cems`]'s answer for each station.
fn write_bundle(tables: &AreaTables, places: &[Place], stations: &[Station], cems: &[Option<usize>]) -> String {
    let mut out = String::with_capacity(256 * 1024);
    out.push_str(HEADER);
    out.push('\n');
    for line in ATTRIBUTION {
        writeln!(out, "attribution\t{line}").unwrap();
    }
    for a in &tables.departments {
        writeln!(out, "D\t{:02}\t{}\t{}", a.code, a.name, fmt_pair(a.capital)).unwrap();
    }
    // Each province, then its districts with only their two digits. Every district has
    // its province (checked when reading), so none is left out.
    let mut rest = &tables.districts[..];
    for a in &tables.provinces {
        writeln!(out, "P\t{:04}\t{}\t{}", a.code, a.name, fmt_pair(a.capital)).unwrap();
        let origin = a.capital.expect("a province without a capital is refused when reading");
        let mine = rest.partition_point(|d| d.code / 100 == a.code);
        for d in &rest[..mine] {
            // Relative to the province's capital.
            let offset = d.capital.map(|(lat, lon)| (lat - origin.0, lon - origin.1));
            writeln!(out, "U\t{:02}\t{}\t{}", d.code % 100, d.name, fmt_pair(offset)).unwrap();
        }
        rest = &rest[mine..];
    }
    debug_assert!(rest.is_empty(), "every district has its province");
    for p in places {
        let (k, u, n, a, ph, f) = (p.kind.as_str(), p.ubigeo, &p.name, &p.address, &p.phones, p.flags);
        writeln!(out, "S\t{k}\t{u:06}\t{n}\t{a}\t{ph}\t{}\t{f}", fmt_pair(p.offset)).unwrap();
    }
    for (s, cem) in stations.iter().zip(cems) {
        let cem = cem.map(|i| i.to_string()).unwrap_or_default();
        writeln!(out, "C\t{:06}\t{}\t{}\t{cem}", s.ubigeo, fmt_pair(Some(s.offset)), s.flags).unwrap();
    }
    let counted =
        [tables.departments.len(), tables.provinces.len(), tables.districts.len(), places.len(), stations.len()];
    writeln!(out, "{TRAILER}\t{}", counted.map(|n| n.to_string()).join("\t")).unwrap();
    out
}
