//! The ubigeo tables: read, checked, and turned into the [`Areas`] every place is stored
//! from.

use super::coords::arcsec;
use super::csv::{clean, Record, Table};
use super::{ImportReport, Sources};
use crate::config::Ubigeo;
use crate::directory::areas::Areas;
use crate::directory::format::arcsec_point;
use crate::directory::{DataErrors, Department, District, Problem, Province};

/// One row of a ubigeo table, as kept.
pub(super) struct AreaRow {
    /// `15`, `1501` or `150101`.
    pub(super) code: u32,
    pub(super) name: String,
    /// In arc-seconds; `None` only for a district.
    pub(super) capital: Option<(i32, i32)>,
}

/// The three ubigeo tables, each sorted by code: what the `D`, `P` and `U` rows are
/// written from.
pub(super) struct AreaTables {
    pub(super) departments: Vec<AreaRow>,
    pub(super) provinces: Vec<AreaRow>,
    pub(super) districts: Vec<AreaRow>,
}

impl AreaTables {
    /// The areas as the parser will read them back, so that every place is stored from
    /// the search point the parser decodes it from ([`Areas::capital_of`]).
    pub(super) fn areas(&self) -> Areas<'_> {
        let capital = |a: &AreaRow| {
            let (lat, lon) = a.capital.expect("a department or province without a capital is refused when reading");
            arcsec_point(lat, lon)
        };
        let mut districts: Vec<District<'_>> = Vec::with_capacity(self.districts.len());
        for d in &self.districts {
            // A code that is not a district (`250000`) has no place in the bundle: no
            // service can name it, and the parser refuses its row.
            let Some(ubigeo) = Ubigeo::parse(&format!("{:06}", d.code)) else { continue };
            let district = District { ubigeo, name: &d.name, capital: d.capital.map(|(a, b)| arcsec_point(a, b)) };
            // A code given twice (a bundle the parser refuses) resolves to its last row.
            match districts.last_mut() {
                Some(last) if last.ubigeo == ubigeo => *last = district,
                _ => districts.push(district),
            }
        }
        Areas {
            departments: (self.departments.iter())
                .map(|a| Department { code: a.code as u8, name: &a.name, capital: capital(a) })
                .collect(),
            provinces: (self.provinces.iter())
                .map(|a| Province { code: a.code as u16, name: &a.name, capital: capital(a) })
                .collect(),
            districts,
        }
    }
}

/// The three ubigeo tables, and the districts created after them.
pub(super) fn read_areas(sources: &Sources<'_>, report: &mut ImportReport) -> Result<AreaTables, DataErrors> {
    let departments = read_area_table(sources.departments, 2, "departamento", &[], report)?;
    let provinces = read_area_table(sources.provinces, 4, "provincia", &[], report)?;
    let mut districts = read_area_table(sources.districts, 6, "distrito", &provinces, report)?;
    if let Some(extra) = sources.extra_districts {
        districts.extend(read_area_table(extra, 6, "distrito", &provinces, report)?);
        districts.sort_by_key(|a| a.code);
    }
    Ok(AreaTables { departments, provinces, districts })
}

/// One ubigeo table, keeping the first `digits` of each code. `parents`: the areas one
/// level up, each of which must exist (a district is written under its province's row,
/// so one without a province could not be written at all).
fn read_area_table(
    (file, text): (&str, &str),
    digits: usize,
    name_col: &str,
    parents: &[AreaRow],
    report: &mut ImportReport,
) -> Result<Vec<AreaRow>, DataErrors> {
    let table = Table::read(file, text, &["inei", name_col, "latitude", "longitude"])?;
    let refuse = |r: &Record, row: String, problem| Err(DataErrors(vec![table.error(r, row, problem)]));
    let mut out: Vec<AreaRow> = Vec::new();
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
            Err(problem) if digits < 6 => return refuse(r, format!("{code} {name}"), problem),
            Err(problem) => {
                report.notes.push(table.error(r, format!("{code} {name}"), problem));
                None
            }
        };
        if capital.is_none() && digits < 6 {
            return refuse(r, format!("{code} {name}"), Problem::Empty("capital"));
        }
        let code: u32 = code[..digits].parse().expect("six digits checked above");
        if digits == 6 && parents.binary_search_by_key(&(code / 100), |p| p.code).is_err() {
            let parent = format!("{:04}00", code / 100);
            return refuse(r, format!("{code:06} {name}"), Problem::UnknownUbigeo(parent));
        }
        out.push(AreaRow { code, name, capital });
    }
    out.sort_by_key(|a| a.code);
    Ok(out)
}
