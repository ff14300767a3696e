//! Departments, provinces and districts, and the one rule that turns a district into a
//! point to search from ([`Areas::capital_of`]). The parser fills an [`Areas`] for the
//! [`Directory`](super::Directory), and `ruta import` builds one from the ubigeo tables
//! before it places anything, so both store and decode every place from the same point.

use super::UnknownDistrict;
use crate::config::Ubigeo;
use crate::geo::LatLon;

/// A department, for the picker and as the last fallback location.
#[derive(Debug, Clone, PartialEq)]
pub struct Department<'a> {
    /// `15` for Lima.
    pub code: u8,
    pub name: &'a str,
    /// The format requires it (since version 2).
    pub capital: LatLon,
}

/// A province.
#[derive(Debug, Clone, PartialEq)]
pub struct Province<'a> {
    /// `1501` for Lima.
    pub code: u16,
    pub name: &'a str,
    /// The format requires it (since version 2): its districts are stored relative to it.
    pub capital: LatLon,
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

impl CapitalLevel {
    /// The level as `ruta nearest` prints it: `district`, `province` or `department`.
    pub fn as_str(&self) -> &'static str {
        match self {
            CapitalLevel::District => "district",
            CapitalLevel::Province => "province",
            CapitalLevel::Department => "department",
        }
    }
}

/// A district resolved to a point.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Capital {
    pub at: LatLon,
    pub level: CapitalLevel,
}

/// The three area tables, each in code order.
#[derive(Debug, Default)]
pub(super) struct Areas<'a> {
    pub(super) departments: Vec<Department<'a>>,
    pub(super) provinces: Vec<Province<'a>>,
    pub(super) districts: Vec<District<'a>>,
}

impl<'a> Areas<'a> {
    pub(super) fn department(&self, code: u8) -> Option<&Department<'a>> {
        self.departments.binary_search_by_key(&code, |d| d.code).ok().map(|i| &self.departments[i])
    }

    pub(super) fn province(&self, code: u16) -> Option<&Province<'a>> {
        self.provinces.binary_search_by_key(&code, |p| p.code).ok().map(|i| &self.provinces[i])
    }

    pub(super) fn district(&self, ubigeo: Ubigeo) -> Option<&District<'a>> {
        self.districts.binary_search_by_key(&ubigeo.value(), |d| d.ubigeo.value()).ok().map(|i| &self.districts[i])
    }

    /// The provinces of a department, in code order.
    pub(super) fn provinces_of(&self, department: u8) -> &[Province<'a>] {
        let lo = self.provinces.partition_point(|p| (p.code / 100) < department as u16);
        let hi = self.provinces.partition_point(|p| (p.code / 100) <= department as u16);
        &self.provinces[lo..hi]
    }

    /// The districts of a province (`1501`), in code order.
    pub(super) fn districts_of(&self, province: u16) -> &[District<'a>] {
        let lo = self.districts.partition_point(|d| d.ubigeo.province() < province);
        let hi = self.districts.partition_point(|d| d.ubigeo.province() <= province);
        &self.districts[lo..hi]
    }

    /// Where to search from for a district: its capital, or, for the recent districts
    /// with no coordinates, its province's capital, then its department's.
    pub(super) fn capital_of(&self, ubigeo: Ubigeo) -> Result<Capital, UnknownDistrict> {
        let district = self.district(ubigeo).ok_or_else(|| UnknownDistrict(ubigeo.code()))?;
        let fallback = || {
            let province = self.province(ubigeo.province()).map(|p| p.capital);
            let department = self.department(ubigeo.department()).map(|d| d.capital);
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
}
