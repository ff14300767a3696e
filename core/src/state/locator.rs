//! The locator's state and the messages its screen sends.

use crate::config::Ubigeo;
use crate::geo::LatLon;
use crate::locator::{GeoStatus, Origin};
use crate::state::DistrictChoice;

/// The district search answers from this many characters on: one letter matches half
/// the country and would only read out a long, useless count.
pub const MIN_QUERY_CHARS: usize = 2;

/// What the locator screen asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum LocatorAction {
    /// The user tapped "use my location"; the shell asks the browser.
    Locate,
    /// The browser gave a position.
    Located(LatLon),
    /// The browser refused, timed out or has no geolocation.
    LocateFailed(GeoStatus),
    /// A department, province or district was picked in the lists, or a district among
    /// the search's matches.
    Pick(DistrictChoice),
    /// The picker's type-ahead text changed.
    Search(String),
}

/// The locator's state.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LocatorState {
    /// `None` until a place is chosen; the screen then uses the page's district.
    pub origin: Option<Origin>,
    pub geo: GeoStatus,
    /// The type-ahead text in the district picker.
    pub query: String,
    /// The department and province chosen in the picker's lists.
    pub department: Option<u8>,
    pub province: Option<u16>,
}

/// What the picker's three lists show as selected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PickerSelection {
    pub department: Option<u8>,
    pub province: Option<u16>,
    pub district: Option<Ubigeo>,
}

impl LocatorState {
    /// Where results are measured from: the place chosen, else the page's district.
    pub fn origin_or(&self, page_district: Option<Ubigeo>) -> Option<Origin> {
        self.origin.or(page_district.map(Origin::District))
    }

    /// The picker's lists follow the place chosen, else the page's district: a province
    /// comes from the page only while no department was picked by hand.
    pub fn picker(&self, page_district: Option<Ubigeo>) -> PickerSelection {
        let department = self.department.or(page_district.map(|u| u.department()));
        let from_page = if self.department.is_none() { page_district.map(|u| u.province()) } else { None };
        let district = match self.origin {
            Some(Origin::District(u)) => Some(u),
            Some(Origin::Here(_)) => None,
            None => page_district,
        };
        PickerSelection { department, province: self.province.or(from_page), district }
    }

    /// The type-ahead text to search for, once it is long enough to mean something.
    pub fn search_query(&self) -> Option<&str> {
        let query = self.query.trim();
        (query.chars().count() >= MIN_QUERY_CHARS).then_some(query)
    }

    pub fn reduce(&self, action: LocatorAction) -> Self {
        match action {
            LocatorAction::Locate => Self { geo: GeoStatus::Locating, ..self.clone() },
            // A position or a failure only answers a request still open: one that arrives
            // after a wipe (quick exit, leaving the page) must not bring a place back.
            LocatorAction::Located(_) | LocatorAction::LocateFailed(_) if self.geo != GeoStatus::Locating => {
                self.clone()
            }
            LocatorAction::Located(at) if at.in_peru() => {
                Self { origin: Some(Origin::Here(at)), geo: GeoStatus::Idle, ..self.clone() }
            }
            LocatorAction::Located(_) => Self { geo: GeoStatus::OutsidePeru, ..self.clone() },
            LocatorAction::LocateFailed(status) => Self { geo: status, ..self.clone() },
            LocatorAction::Pick(DistrictChoice::District(ubigeo)) => Self {
                origin: Some(Origin::District(ubigeo)),
                geo: GeoStatus::Idle,
                query: String::new(),
                department: Some(ubigeo.department()),
                province: Some(ubigeo.province()),
            },
            LocatorAction::Pick(DistrictChoice::Department(department)) => {
                Self { department, province: None, ..self.clone() }
            }
            LocatorAction::Pick(DistrictChoice::Province(province)) => Self { province, ..self.clone() },
            LocatorAction::Search(query) => Self { query, ..self.clone() },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_district_stands_in_until_a_place_is_chosen() {
        let page = Ubigeo::parse("150115");
        let chosen = Ubigeo::parse("150142").unwrap();
        let fresh = LocatorState::default();
        assert_eq!(fresh.origin_or(page), page.map(Origin::District));
        assert_eq!(fresh.origin_or(None), None);
        let picked = fresh.reduce(LocatorAction::Pick(DistrictChoice::District(chosen)));
        assert_eq!(picked.origin_or(page), Some(Origin::District(chosen)));
    }

    #[test]
    fn the_picker_follows_the_page_until_a_department_is_picked_by_hand() {
        let page = Ubigeo::parse("150115");
        let fresh = LocatorState::default();
        assert_eq!(fresh.picker(page), PickerSelection { department: Some(15), province: Some(1501), district: page });
        let other = fresh.reduce(LocatorAction::Pick(DistrictChoice::Department(Some(4))));
        assert_eq!(other.picker(page), PickerSelection { department: Some(4), province: None, district: page });
        let here = LocatorState { origin: Some(Origin::Here(LatLon::new(-12.07, -77.03))), ..fresh };
        assert_eq!(here.picker(page).district, None, "a position is no district");
    }

    #[test]
    fn the_search_waits_for_two_characters_and_ignores_spaces() {
        let with = |query: &str| LocatorState { query: query.into(), ..LocatorState::default() };
        assert_eq!(with("a").search_query(), None);
        assert_eq!(with("  a  ").search_query(), None);
        assert_eq!(with("ñu").search_query(), Some("ñu"), "characters, not bytes");
        assert_eq!(with(" lima ").search_query(), Some("lima"));
    }
}
