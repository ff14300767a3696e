//! The validating parser behind [`Directory::parse`]: each row is read on its own by its
//! row type (`format.rs`), then checked here against the rows above it (order, areas,
//! duplicates), and the CEM links once every row is read.

use std::collections::HashMap;

use super::format::{
    add_seconds, dedup_key, fields, in_peru, offset_point, point_key, short, AttributionRow, DepartmentRow,
    DistrictRow, EndRow, PlaceRow, ProvinceRow, Section, ServiceRow, StationRow, BUNDLE_FILE, COUNTED, HEADER, TRAILER,
};
use super::{
    search, DataErrors, Department, Directory, District, Kind, Problem, Province, RowError, Service, APPROXIMATE_KM,
    SAME_PLACE_KM,
};
use crate::config::Ubigeo;
use crate::geo::LatLon;

/// Where the `U` rows being read belong.
#[derive(Debug, Clone, Copy)]
enum OpenProvince {
    /// No `P` row yet.
    None,
    /// The last `P` row was rejected, and already reported: its districts are only
    /// checked on their own.
    Rejected,
    /// The last `P` row, at `index` in the provinces, and its last district's digits.
    Open { index: usize, last_district: u8 },
}

/// A police station's link to the CEM inside it, checked once every row is read.
struct PendingLink {
    /// The station's line.
    line: usize,
    /// The station's id.
    station: u32,
    /// The `S` row number it names.
    cem_row: u32,
}

pub(super) struct Parser<'a> {
    text: &'a str,
    errors: Vec<RowError>,
    dir: Directory<'a>,
    /// The 1-based number of the line being read.
    line: usize,
    /// Section of the last record.
    section: Section,
    /// The province of the last `P` row, which the `U` rows below it belong to.
    open_province: OpenProvince,
    seen_services: HashMap<(Kind, u32, String), usize>,
    seen_points: HashMap<(Kind, i64, i64), usize>,
    /// Each province's capital in arc-seconds, in the order of the provinces: the
    /// origin of its districts' offsets.
    province_seconds: Vec<(i32, i32)>,
    /// For each `S` record in order, its id if it was valid. A link names an `S` record;
    /// going through this keeps one bad row from breaking every link after it.
    s_records: Vec<Option<u32>>,
    pending_links: Vec<PendingLink>,
    /// How many records of each [`COUNTED`] type were read, valid or not.
    rows: [usize; 5],
    /// The counts the `end` record gives, once read.
    declared: Option<[usize; 5]>,
}

impl<'a> Parser<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        Parser {
            text,
            errors: Vec::new(),
            dir: Directory {
                attribution: Vec::new(),
                areas: Default::default(),
                services: Vec::new(),
                index: search::Index::default(),
            },
            line: 0,
            section: Section::Header,
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

    /// Reads every line; `complete` also asks for the `end` record and every section.
    pub(super) fn run(mut self, complete: bool) -> Result<Directory<'a>, DataErrors> {
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
            self.line = i + 1;
            let fields: Vec<&'a str> = line.split('\t').collect();
            if let Some(n) = COUNTED.iter().position(|c| c.tag == fields[0]) {
                self.rows[n] += 1;
            }
            let result = if line.contains('\u{FFFD}') { Err(Problem::MisDecoded) } else { self.record(&fields) };
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
            let areas = &self.dir.areas;
            self.dir.index =
                search::Index::build(&self.dir.services, &areas.districts, &areas.provinces, &areas.departments);
            Ok(self.dir)
        } else {
            Err(DataErrors(self.errors))
        }
    }

    /// Moves on to `section`, unless the file is already past it.
    fn enter(&mut self, section: Section) -> Result<(), Problem> {
        if section < self.section {
            return Err(Problem::OutOfOrder);
        }
        self.section = section;
        Ok(())
    }

    /// The record's fields, then its section: a row of the wrong shape does not move the
    /// file on to its section.
    fn begin<'f, const N: usize>(&mut self, f: &'f [&'a str], section: Section) -> Result<&'f [&'a str; N], Problem> {
        let f = fields(f)?;
        self.enter(section)?;
        Ok(f)
    }

    fn record(&mut self, f: &[&'a str]) -> Result<(), Problem> {
        match f[0] {
            "attribution" => self.attribution(f),
            "D" => self.department(f),
            "P" => self.province(f),
            "U" => self.district(f),
            "S" => {
                // The kind before the shape: see `ServiceRow::kind`.
                let kind = ServiceRow::kind(f)?;
                let f = self.begin(f, Section::Services)?;
                self.place(ServiceRow::from_fields(kind, f)?.into())
            }
            "C" => {
                let f = self.begin(f, Section::Stations)?;
                self.place(StationRow::from_fields(f)?.into())
            }
            TRAILER => self.end(f),
            other => Err(Problem::UnknownRecord(other.to_owned())),
        }
    }

    fn attribution(&mut self, f: &[&'a str]) -> Result<(), Problem> {
        let f = fields(f)?;
        if self.section > Section::Header {
            return Err(Problem::OutOfOrder);
        }
        self.dir.attribution.push(AttributionRow::from_fields(f)?.text);
        Ok(())
    }

    fn department(&mut self, f: &[&'a str]) -> Result<(), Problem> {
        let row = DepartmentRow::from_fields(self.begin(f, Section::Departments)?)?;
        if self.dir.areas.departments.last().is_some_and(|d| d.code >= row.code) {
            return Err(Problem::OutOfOrder);
        }
        let (_, capital) = row.capital.area_capital()?;
        self.dir.areas.departments.push(Department { code: row.code, name: row.name, capital });
        Ok(())
    }

    fn province(&mut self, f: &[&'a str]) -> Result<(), Problem> {
        // Rejected until it is read: the districts below a bad province row are not
        // reported again (see `district`).
        self.open_province = OpenProvince::Rejected;
        let row = ProvinceRow::from_fields(self.begin(f, Section::Provinces)?)?;
        let areas = &mut self.dir.areas;
        if areas.department((row.code / 100) as u8).is_none() {
            return Err(Problem::UnknownUbigeo(row.code_text.to_owned()));
        }
        if areas.provinces.last().is_some_and(|p| p.code >= row.code) {
            return Err(Problem::OutOfOrder);
        }
        let (seconds, capital) = row.capital.area_capital()?;
        areas.provinces.push(Province { code: row.code, name: row.name, capital });
        self.province_seconds.push(seconds);
        self.open_province = OpenProvince::Open { index: areas.provinces.len() - 1, last_district: 0 };
        Ok(())
    }

    fn district(&mut self, f: &[&'a str]) -> Result<(), Problem> {
        let row = DistrictRow::from_fields(fields(f)?)?;
        // A province row was read (so this is its section) unless it is before any `P`
        // row or after the services.
        let (index, last_district) = match self.open_province {
            OpenProvince::None => return Err(Problem::OutOfOrder),
            _ if self.section > Section::Provinces => return Err(Problem::OutOfOrder),
            OpenProvince::Rejected => return Ok(()),
            OpenProvince::Open { index, last_district } => (index, last_district),
        };
        if row.digits <= last_district {
            return Err(Problem::OutOfOrder);
        }
        self.open_province = OpenProvince::Open { index, last_district: row.digits };
        let code = format!("{:04}{:02}", self.dir.areas.provinces[index].code, row.digits);
        let ubigeo = Ubigeo::parse(&code).ok_or(Problem::BadCode(code))?;
        let capital = row.offset.map(|offset| add_seconds(self.province_seconds[index], offset)).transpose()?;
        self.dir.areas.districts.push(District { ubigeo, name: row.name, capital });
        Ok(())
    }

    fn place(&mut self, row: PlaceRow<'a>) -> Result<(), Problem> {
        let ubigeo = row.ubigeo;
        let areas = &self.dir.areas;
        let district = areas.district(ubigeo).ok_or_else(|| Problem::UnknownUbigeo(ubigeo.code()))?;
        let (approximate, at_capital) = match row.flags {
            "" => (false, false),
            "a" => (true, false),
            "d" => (true, true),
            other => return Err(Problem::BadFlags(other.to_owned())),
        };
        let search_point = areas.capital_of(ubigeo).map_err(|e| Problem::UnknownUbigeo(e.0))?.at;
        let location = match (row.point.read()?, at_capital) {
            (None, true) => search_point,
            (Some(_), true) => return Err(Problem::NotAtCapital),
            (None, false) => return Err(Problem::BadCoordinate("none: only a row flagged d has no point".into())),
            (Some((dlat, dlon)), false) => in_peru(offset_point(search_point, dlat, dlon))?,
        };
        if let (false, Some(capital)) = (at_capital, district.capital) {
            let km = capital.km_to(location);
            let must_flag = km > APPROXIMATE_KM;
            if must_flag != approximate {
                return Err(Problem::ApproximateMismatch { km, must_flag });
            }
        }
        self.check_duplicate(&row, location, at_capital)?;
        let id = self.dir.services.len() as u32;
        if let Some(cem_row) = row.cem_inside {
            self.pending_links.push(PendingLink { line: self.line, station: id, cem_row });
        }
        let PlaceRow { kind, name, address, phones, cem_inside, .. } = row;
        let at_district_capital = at_capital;
        self.dir.services.push(Service {
            id,
            kind,
            ubigeo,
            name,
            address,
            phones,
            location,
            approximate,
            at_district_capital,
            cem_inside,
        });
        Ok(())
    }

    /// The same service twice by name in its district, or the same kind twice at one
    /// point. A service's name is remembered even when its point is then refused.
    fn check_duplicate(&mut self, row: &PlaceRow<'a>, location: LatLon, at_capital: bool) -> Result<(), Problem> {
        if row.kind != Kind::Police {
            let key = (row.kind, row.ubigeo.value(), dedup_key(row.name));
            if let Some(&first) = self.seen_services.get(&key) {
                return Err(Problem::Duplicate(first));
            }
            self.seen_services.insert(key, self.line);
        }
        if !at_capital {
            // Two different services may share a building (a CEM and a SAU often do);
            // the same kind twice at the same point is a repeated row.
            let key = point_key(row.kind, location);
            if let Some(&first) = self.seen_points.get(&key) {
                return Err(Problem::Duplicate(first));
            }
            self.seen_points.insert(key, self.line);
        }
        Ok(())
    }

    fn end(&mut self, f: &[&str]) -> Result<(), Problem> {
        let f = fields(f)?;
        if self.declared.is_some() {
            return Err(Problem::OutOfOrder);
        }
        self.enter(Section::End)?;
        self.declared = Some(EndRow::from_fields(f)?.counts);
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
            for (counted, rows) in COUNTED.iter().zip(self.rows) {
                if rows == 0 {
                    problems.push(Problem::MissingSection(counted.rows));
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
        for link in &self.pending_links {
            let station = &self.dir.services[link.station as usize];
            // Linked rows always come earlier, so the ids are final by now.
            let cem = match self.s_records.get(link.cem_row as usize) {
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
                let row = lines.find(|&(i, _)| i + 1 == link.line).map_or_else(String::new, |(_, row)| short(row));
                let problem = Problem::BadLink(link.cem_row.to_string());
                self.errors.push(RowError { file: BUNDLE_FILE.into(), line: link.line, row, problem });
            }
        }
    }
}
