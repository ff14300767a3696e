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

use std::collections::HashMap;
use std::fmt::Write as _;

use super::format::{arcsec_point, dedup_key, offset_point, point_key, HEADER, TRAILER};
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

/// One CSV record: its first line number and its fields.
struct Record {
    line: usize,
    fields: Vec<String>,
}

/// RFC 4180: commas, double quotes, `""` inside quotes, line breaks inside quotes.
fn read_csv(text: &str) -> Vec<Record> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let (mut fields, mut field) = (Vec::new(), String::new());
    let (mut line, mut start_line, mut quoted, mut any) = (1, 1, false, false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => {
                if c == '\n' {
                    line += 1;
                }
                field.push(c);
            }
            (false, '"') => quoted = true,
            (false, ',') => fields.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                fields.push(std::mem::take(&mut field));
                records.push(Record { line: start_line, fields: std::mem::take(&mut fields) });
                line += 1;
                start_line = line;
                any = false;
                continue;
            }
            (false, c) => field.push(c),
        }
        any = true;
    }
    if any {
        fields.push(field);
        records.push(Record { line: start_line, fields });
    }
    records
}

/// A CSV table with columns looked up by header name.
struct Table {
    file: String,
    columns: HashMap<String, usize>,
    records: Vec<Record>,
}

impl Table {
    fn read(file: &str, text: &str, required: &[&str]) -> Result<Self, DataErrors> {
        let mut records = read_csv(text);
        let missing =
            |problem| DataErrors(vec![RowError { file: file.into(), line: 1, row: "header".into(), problem }]);
        if records.is_empty() {
            return Err(missing(Problem::Empty("file")));
        }
        let header = records.remove(0);
        let columns: HashMap<String, usize> =
            header.fields.iter().enumerate().map(|(i, h)| (h.trim().to_lowercase(), i)).collect();
        for name in required {
            if !columns.contains_key(*name) {
                return Err(missing(Problem::UnknownRecord(format!("missing column {name}"))));
            }
        }
        records.retain(|r| r.fields.iter().any(|f| !f.trim().is_empty()));
        Ok(Table { file: file.into(), columns, records })
    }

    fn get<'r>(&self, record: &'r Record, column: &str) -> &'r str {
        self.columns.get(column).and_then(|&i| record.fields.get(i)).map(|s| s.trim()).unwrap_or("")
    }

    fn error(&self, record: &Record, row: String, problem: Problem) -> RowError {
        RowError { file: self.file.clone(), line: record.line, row, problem }
    }
}

/// Collapses whitespace and removes the bundle's separators from a text field.
fn clean(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c.is_control() || c == '|')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Degrees; "NA" and empty are "no value".
fn coordinate(text: &str) -> Result<Option<f64>, Problem> {
    if text.is_empty() || text.eq_ignore_ascii_case("na") {
        return Ok(None);
    }
    let v: f64 = text.parse().map_err(|_| Problem::BadCoordinate(text.to_owned()))?;
    if !v.is_finite() || v.abs() > 180.0 {
        return Err(Problem::BadCoordinate(text.to_owned()));
    }
    Ok(Some(v))
}

fn degrees(lat: &str, lon: &str) -> Result<Option<(f64, f64)>, Problem> {
    match (coordinate(lat)?, coordinate(lon)?) {
        (Some(a), Some(b)) => Ok(Some((a, b))),
        (None, None) => Ok(None),
        _ => Err(Problem::BadCoordinate(format!("{lat},{lon}"))),
    }
}

fn inside_peru(at: LatLon) -> Result<(), Problem> {
    if at.in_peru() {
        Ok(())
    } else {
        Err(Problem::OutsidePeru { lat: at.lat, lon: at.lon })
    }
}

/// An area capital in whole arc-seconds, as the ubigeo tables publish it.
fn arcsec(lat: &str, lon: &str) -> Result<Option<(i32, i32)>, Problem> {
    let Some((a, b)) = degrees(lat, lon)? else { return Ok(None) };
    let seconds = ((a * 3600.0).round() as i32, (b * 3600.0).round() as i32);
    inside_peru(arcsec_point(seconds.0, seconds.1))?;
    Ok(Some(seconds))
}

/// An offset as the bundle stores it, and the point the parser will decode from it.
type Encoded = ((i32, i32), LatLon);

/// A place as an offset in 1e-4 degrees from its district's search point.
fn offset(search_point: LatLon, lat: &str, lon: &str) -> Result<Option<Encoded>, Problem> {
    let Some((a, b)) = degrees(lat, lon)? else { return Ok(None) };
    let d = (((a - search_point.lat) * 1e4).round() as i32, ((b - search_point.lon) * 1e4).round() as i32);
    let at = offset_point(search_point, d.0, d.1);
    inside_peru(at)?;
    Ok(Some((d, at)))
}

fn fmt_pair(p: Option<(i32, i32)>) -> String {
    p.map(|(a, b)| format!("{a}\t{b}")).unwrap_or_else(|| "\t".into())
}

struct Area {
    name: String,
    /// In arc-seconds.
    capital: Option<(i32, i32)>,
}

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

/// Reads the official files and writes the bundle text.
pub fn import(sources: &Sources<'_>) -> Result<(String, ImportReport), DataErrors> {
    let mut report = ImportReport::default();
    // `parents`: the areas one level up, each of which must exist (a district is written
    // under its province's row, so one without a province could not be written at all).
    let areas = |(file, text): (&str, &str),
                 digits: usize,
                 name_col: &str,
                 parents: &[(u32, Area)],
                 report: &mut ImportReport|
     -> Result<Vec<(u32, Area)>, DataErrors> {
        let table = Table::read(file, text, &["inei", name_col, "latitude", "longitude"])?;
        let mut out: Vec<(u32, Area)> = Vec::new();
        for r in &table.records {
            let code = table.get(r, "inei");
            let name = clean(table.get(r, name_col));
            let valid = code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit());
            if !valid {
                report.dropped.push(table.error(r, name.clone(), Problem::BadCode(code.to_owned())));
                continue;
            }
            let capital = match arcsec(table.get(r, "latitude"), table.get(r, "longitude")) {
                Ok(p) => p,
                // Districts are stored relative to their province, so a department or
                // province without a capital cannot be written at all.
                Err(problem) if digits < 6 => {
                    return Err(DataErrors(vec![table.error(r, format!("{code} {name}"), problem)]))
                }
                Err(problem) => {
                    report.notes.push(table.error(r, format!("{code} {name}"), problem));
                    None
                }
            };
            if capital.is_none() && digits < 6 {
                return Err(DataErrors(vec![table.error(r, format!("{code} {name}"), Problem::Empty("capital"))]));
            }
            let code: u32 = code[..digits].parse().expect("six digits checked above");
            if digits == 6 && parents.binary_search_by_key(&(code / 100), |p| p.0).is_err() {
                let parent = format!("{:04}00", code / 100);
                return Err(DataErrors(vec![table.error(
                    r,
                    format!("{code:06} {name}"),
                    Problem::UnknownUbigeo(parent),
                )]));
            }
            out.push((code, Area { name, capital }));
        }
        out.sort_by_key(|a| a.0);
        Ok(out)
    };
    let departments = areas(sources.departments, 2, "departamento", &[], &mut report)?;
    let provinces = areas(sources.provinces, 4, "provincia", &[], &mut report)?;
    let mut districts = areas(sources.districts, 6, "distrito", &provinces, &mut report)?;
    if let Some(extra) = sources.extra_districts {
        districts.extend(areas(extra, 6, "distrito", &provinces, &mut report)?);
        districts.sort_by_key(|a| a.0);
    }
    let district_map: HashMap<u32, usize> = districts.iter().enumerate().map(|(i, d)| (d.0, i)).collect();
    let find = |list: &[(u32, Area)], code: u32| {
        list.binary_search_by_key(&code, |a| a.0).ok().and_then(|i| list[i].1.capital)
    };
    // Where a place is stored from, and put when it has no point of its own: the same
    // fallback, and the same arithmetic, as `Directory::capital_of`.
    let search_point = |ubigeo: u32| -> Option<LatLon> {
        let seconds = districts[district_map[&ubigeo]]
            .1
            .capital
            .or_else(|| find(&provinces, ubigeo / 100))
            .or_else(|| find(&departments, ubigeo / 10_000));
        seconds.map(|(a, b)| arcsec_point(a, b))
    };
    let flags_for = |ubigeo: u32, at: LatLon| match districts[district_map[&ubigeo]].1.capital {
        Some((a, b)) if arcsec_point(a, b).km_to(at) > APPROXIMATE_KM => "a",
        _ => "",
    };
    let known_ubigeo = |code: &str| -> Result<u32, Problem> {
        let u = Ubigeo::parse(code).filter(|_| code.len() == 6).ok_or_else(|| Problem::BadCode(code.to_owned()))?;
        district_map
            .contains_key(&u.value())
            .then_some(u.value())
            .ok_or_else(|| Problem::UnknownUbigeo(code.to_owned()))
    };

    // MIMP services.
    let (file, text) = sources.mimp;
    let table =
        Table::read(file, text, &["tipo", "modalidad_cem", "ubigeo", "nombre", "direccion", "telefono", "lat", "lon"])?;
    let mut places: Vec<Place> = Vec::new();
    let mut seen: HashMap<(Kind, u32, String), usize> = HashMap::new();
    // Same kind at the same decoded point (to 1e-5 degree), as the parser keys it.
    let mut seen_at: HashMap<(Kind, i64, i64), usize> = HashMap::new();
    for r in &table.records {
        let tipo = table.get(r, "tipo").to_uppercase();
        let name = clean(table.get(r, "nombre"));
        let row = format!("{tipo} {name}");
        let kind = match (tipo.as_str(), table.get(r, "modalidad_cem")) {
            ("CEM", "regular") => Kind::Cem(CemSetting::Regular),
            ("CEM", "comisaria") => Kind::Cem(CemSetting::Comisaria),
            ("CEM", "comisaria_familia") => Kind::Cem(CemSetting::ComisariaFamilia),
            ("CEM", "otro") => Kind::Cem(CemSetting::Other),
            ("SAR", _) => Kind::Sar,
            ("SAU", _) => Kind::Sau,
            // Services for aggressors: never shown to victims.
            ("CAI", _) => {
                report.tally("CAI", false);
                report.dropped.push(table.error(r, row, Problem::AggressorService));
                continue;
            }
            // Shelters: MIMP withholds their addresses so that an aggressor cannot find
            // them; the widget routes to them only through Línea 100 and the CEM, so not
            // even a phone or a town is bundled.
            ("HRT", _) => {
                report.tally("HRT", false);
                report.dropped.push(table.error(r, row, Problem::Shelter));
                continue;
            }
            (_, modalidad) => {
                report.tally(&tipo, false);
                report.dropped.push(table.error(r, row, Problem::UnknownKind(format!("{tipo}/{modalidad}"))));
                continue;
            }
        };
        let label = if let Kind::Cem(_) = kind { "CEM" } else { kind.as_str() }.to_uppercase();
        let checked = (|| -> Result<Place, Problem> {
            let ubigeo = known_ubigeo(table.get(r, "ubigeo"))?;
            if name.is_empty() {
                return Err(Problem::Empty("name"));
            }
            let mut phones = Vec::new();
            for n in phone::normalise(table.get(r, "telefono")) {
                match n {
                    Normalised::Nsn(nsn) => phones.push(nsn),
                    Normalised::Unrecognised(raw) => {
                        report.notes.push(table.error(r, row.clone(), Problem::BadPhone(raw.clone())));
                        phones.push(format!("?{}", clean(&raw)));
                    }
                }
            }
            let from = search_point(ubigeo).ok_or(Problem::NoPoint)?;
            let (offset, at, flags) = match offset(from, table.get(r, "lat"), table.get(r, "lon")) {
                Ok(Some((d, at))) => (Some(d), at, flags_for(ubigeo, at)),
                Ok(None) | Err(Problem::BadCoordinate(_)) => {
                    report.notes.push(table.error(r, row.clone(), Problem::NoPoint));
                    (None, from, "d")
                }
                Err(problem) => return Err(problem),
            };
            let (address, phones) = (clean(table.get(r, "direccion")), phones.join("|"));
            Ok(Place { kind, ubigeo, name: name.clone(), address, phones, offset, at, flags })
        })();
        let place = match checked {
            Ok(place) => place,
            Err(problem) => {
                report.tally(&label, false);
                report.dropped.push(table.error(r, row, problem));
                continue;
            }
        };
        let key = (place.kind, place.ubigeo, dedup_key(&place.name));
        let duplicate = seen
            .get(&key)
            .copied()
            .or_else(|| (place.flags != "d").then(|| seen_at.get(&point_key(place.kind, place.at)).copied()).flatten());
        if let Some(first) = duplicate {
            report.tally(&label, false);
            report.dropped.push(table.error(r, row, Problem::Duplicate(first)));
            continue;
        }
        seen.insert(key, r.line);
        if place.flags != "d" {
            seen_at.insert(point_key(place.kind, place.at), r.line);
        }
        report.tally(&label, true);
        places.push(place);
    }
    places.sort_by(|a, b| (a.ubigeo, a.kind.as_str(), &a.name).cmp(&(b.ubigeo, b.kind.as_str(), &b.name)));

    // INEI police stations.
    let (file, text) = sources.police;
    let table = Table::read(file, text, &["ubigeo", "lat", "lon"])?;
    // (ubigeo, offset as stored, decoded point)
    let mut stations: Vec<(u32, (i32, i32), LatLon)> = Vec::new();
    for r in &table.records {
        let row = format!("comisaría {} {} {}", table.get(r, "id_n"), table.get(r, "ubigeo"), table.get(r, "distrito"));
        let checked = known_ubigeo(table.get(r, "ubigeo")).and_then(|u| {
            let from = search_point(u).ok_or(Problem::NoPoint)?;
            match offset(from, table.get(r, "lat"), table.get(r, "lon"))? {
                Some((d, at)) => Ok((u, d, at)),
                // A police station with no point cannot be placed honestly: the district
                // may have several.
                None => Err(Problem::BadCoordinate(String::new())),
            }
        });
        match checked {
            Ok((u, d, at)) => {
                // An exact repeat, or two stations a few metres apart that the 1e-4
                // degree offsets put on one point.
                let key = point_key(Kind::Police, at);
                if let Some(&first) = seen_at.get(&key) {
                    report.tally("police", false);
                    report.dropped.push(table.error(r, row, Problem::Duplicate(first)));
                    continue;
                }
                seen_at.insert(key, r.line);
                report.tally("police", true);
                stations.push((u, d, at));
            }
            Err(problem) => {
                report.tally("police", false);
                report.dropped.push(table.error(r, row, problem));
            }
        }
    }
    stations.sort_by_key(|s| (s.0, s.1));

    let mut out = String::with_capacity(256 * 1024);
    out.push_str(HEADER);
    out.push('\n');
    for line in ATTRIBUTION {
        writeln!(out, "attribution\t{line}").unwrap();
    }
    for (code, a) in &departments {
        writeln!(out, "D\t{code:02}\t{}\t{}", a.name, fmt_pair(a.capital)).unwrap();
    }
    // Each province, then its districts with only their two digits. Every district has
    // its province (checked when reading), so none is left out.
    let mut rest = &districts[..];
    for (code, a) in &provinces {
        writeln!(out, "P\t{code:04}\t{}\t{}", a.name, fmt_pair(a.capital)).unwrap();
        let origin = a.capital.expect("a province without a capital is refused when reading");
        let mine = rest.partition_point(|d| d.0 / 100 == *code);
        for (district, d) in &rest[..mine] {
            // Relative to the province's capital.
            let offset = d.capital.map(|(lat, lon)| (lat - origin.0, lon - origin.1));
            writeln!(out, "U\t{:02}\t{}\t{}", district % 100, d.name, fmt_pair(offset)).unwrap();
        }
        rest = &rest[mine..];
    }
    debug_assert!(rest.is_empty(), "every district has its province");
    for p in &places {
        let (k, u, n, a, ph, f) = (p.kind.as_str(), p.ubigeo, &p.name, &p.address, &p.phones, p.flags);
        writeln!(out, "S\t{k}\t{u:06}\t{n}\t{a}\t{ph}\t{}\t{f}", fmt_pair(p.offset)).unwrap();
    }
    for (u, d, here) in &stations {
        // The named CEM that works inside this station, if one sits within 300 m.
        let cem = places
            .iter()
            .enumerate()
            .filter(|(_, p)| p.kind.inside_comisaria() && p.flags != "d")
            .map(|(i, p)| (i, p.at.km_to(*here)))
            .filter(|&(_, km)| km <= SAME_PLACE_KM)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(i, _)| i.to_string())
            .unwrap_or_default();
        writeln!(out, "C\t{u:06}\t{}\t{}\t{cem}", fmt_pair(Some(*d)), flags_for(*u, *here)).unwrap();
    }
    let counted = [departments.len(), provinces.len(), districts.len(), places.len(), stations.len()];
    writeln!(out, "{TRAILER}\t{}", counted.map(|n| n.to_string()).join("\t")).unwrap();
    // The row rules and the trailer's counts; a bundle with an empty section is refused
    // later, by `ruta data-check` and by the widget (`Directory::parse_bundle`).
    Directory::parse(&out)?;
    Ok((out, report))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_reader_handles_quotes_and_line_breaks() {
        let records = read_csv("a,b,c\n1,\"x, \"\"y\"\"\",3\r\n2,\"San Juan de\n Lopecancha\",4\n\n5,,\n");
        let got: Vec<(usize, Vec<&str>)> =
            records.iter().map(|r| (r.line, r.fields.iter().map(String::as_str).collect())).collect();
        assert_eq!(
            got,
            vec![
                (1, vec!["a", "b", "c"]),
                (2, vec!["1", "x, \"y\"", "3"]),
                (3, vec!["2", "San Juan de\n Lopecancha", "4"]),
                (5, vec![""]),
                (6, vec!["5", "", ""]),
            ]
        );
    }

    #[test]
    fn fields_are_cleaned_of_separators() {
        assert_eq!(clean("  San Juan de\n Lopecancha\t| x "), "San Juan de Lopecancha x");
    }

    #[test]
    fn area_capitals_are_whole_arc_seconds_as_published() {
        // Chachapoyas, as the ubigeo table prints it: 6°13'46" S, 77°52'22" W.
        assert_eq!(arcsec("-6.22944444444445", "-77.8727777777777"), Ok(Some((-22426, -280342))));
        assert_eq!(arcsec("NA", "NA"), Ok(None));
        assert_eq!(arcsec("-6.2", ""), Err(Problem::BadCoordinate("-6.2,".into())));
        assert!(matches!(arcsec("6.2", "-77.8"), Err(Problem::OutsidePeru { .. })));
    }

    #[test]
    fn places_are_offsets_from_their_search_point() {
        let from = arcsec_point(-43434, -277311);
        let (d, at) = offset(from, "-12.066", "-77.03").unwrap().unwrap();
        assert_eq!(d, (-10, 8));
        assert_eq!(at, offset_point(from, -10, 8));
        assert_eq!(offset(from, "", "NA"), Ok(None));
        // Checked on the decoded point: the sign of the latitude lost.
        assert!(matches!(offset(from, "12.066", "-77.03"), Err(Problem::OutsidePeru { lat, .. }) if lat > 12.0));
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn arc_seconds_round_trip_the_published_decimals(lat in -66_240i32..-108, lon in -293_040i32..-246_960) {
                // The tables print n / 3600 with 15 significant digits.
                let text = |n: i32| format!("{:.15}", n as f64 / 3600.0);
                prop_assert_eq!(arcsec(&text(lat), &text(lon)), Ok(Some((lat, lon))));
            }

            #[test]
            fn a_place_decodes_within_half_a_step_of_its_source(
                clat in -64_000i32..-2_000, clon in -291_000i32..-250_000,
                dlat in -0.5f64..0.5, dlon in -0.5f64..0.5,
            ) {
                let from = arcsec_point(clat, clon);
                let (lat, lon) = (from.lat + dlat, from.lon + dlon);
                let (d, at) = offset(from, &format!("{lat:.8}"), &format!("{lon:.8}")).unwrap().unwrap();
                prop_assert_eq!(at, offset_point(from, d.0, d.1));
                let (lat, lon): (f64, f64) = (format!("{lat:.8}").parse().unwrap(), format!("{lon:.8}").parse().unwrap());
                prop_assert!((at.lat - lat).abs() <= 0.5e-4 + 1e-12 && (at.lon - lon).abs() <= 0.5e-4 + 1e-12, "{:?} vs {}, {}", at, lat, lon);
                // About 5.6 m at most in each axis.
                prop_assert!(at.km_to(LatLon::new(lat, lon)) < 0.008);
            }
        }
    }
}
