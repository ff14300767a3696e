//! What the locator shows for a point: the groups of nearby places, in the issue's
//! order, plus the small naming rules the screen needs. The shell only draws this.

use crate::config::Ubigeo;
use crate::contacts::LocalContact;
use crate::directory::{CapitalLevel, CemSetting, Directory, Hit, Kind, KindFilter, Service};
use crate::geo::LatLon;
use crate::order::in_order_by_key;

/// Where the locator's results are measured from. Never stored, never sent anywhere,
/// and gone with quick exit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Origin {
    /// The device's position, after the user tapped "use my location".
    Here(LatLon),
    /// A district chosen in the picker (its capital).
    District(Ubigeo),
}

/// What happened to the last "use my location".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum GeoStatus {
    #[default]
    Idle,
    Locating,
    Denied,
    TimedOut,
    Unavailable,
    /// The position is outside Peru, where the directory has nothing.
    OutsidePeru,
}

/// How many CEMs and police stations each group shows.
pub const PER_GROUP: usize = 3;
/// SAU and SAR are shown when one is among this many nearest places of any kind.
pub const CLOSEST_FOR_RURAL_AND_URGENT: usize = 10;

/// The nearby places for one point.
#[derive(Debug, Clone, PartialEq)]
pub struct Nearby<'d> {
    pub cems: Vec<Hit<'d>>,
    pub police: Vec<Hit<'d>>,
    /// SAU and SAR among the closest places, if any.
    pub other_services: Vec<Hit<'d>>,
}

/// The groups for `from`.
pub fn nearby<'d>(directory: &'d Directory<'d>, from: LatLon) -> Nearby<'d> {
    let other_services = directory
        .nearest(from, KindFilter::Any, CLOSEST_FOR_RURAL_AND_URGENT)
        .into_iter()
        .filter(|hit| matches!(hit.service.kind, Kind::Sau | Kind::Sar))
        .collect();
    Nearby {
        cems: directory.nearest(from, KindFilter::Cem, PER_GROUP),
        police: directory.nearest(from, KindFilter::Police, PER_GROUP),
        other_services,
    }
}

/// The municipality's own contacts with their straight-line distance from `from`: nearest
/// first, those without a point last, in the embed's order among equals.
pub fn local_contacts_by_distance(contacts: &[LocalContact], from: LatLon) -> Vec<(&LocalContact, Option<f64>)> {
    let with_distance = contacts.iter().map(|contact| (contact, contact.location.map(|at| from.km_to(at))));
    in_order_by_key(with_distance, |(_, km)| km.unwrap_or(f64::MAX))
}

/// What results are measured from, as the screen names it: "near you", or near a
/// district, whose capital may be the province's or the department's when the data has
/// no point of its own for the district.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeasuredFrom {
    Here,
    District(Ubigeo, CapitalLevel),
}

/// The point an origin stands for (the position itself, or the district's capital), and
/// how to name it.
pub fn resolve_origin(directory: &Directory<'_>, origin: Origin) -> Option<(LatLon, MeasuredFrom)> {
    match origin {
        Origin::Here(at) => Some((at, MeasuredFrom::Here)),
        Origin::District(ubigeo) => {
            let capital = directory.capital_of(ubigeo).ok()?;
            Some((capital.at, MeasuredFrom::District(ubigeo, capital.level)))
        }
    }
}

/// The point an origin stands for: the position itself, or the district's capital.
pub fn origin_point(directory: &Directory<'_>, origin: Origin) -> Option<LatLon> {
    resolve_origin(directory, origin).map(|(at, _)| at)
}

/// A police station's name: INEI's points have none, so where a MIMP "CEM Comisaría …"
/// works inside it, its name without the "CEM" is the station's ("Comisaría Alfonso
/// Ugarte"); otherwise `None`, and the screen says "Comisaría (PNP)".
pub fn police_name(directory: &Directory<'_>, station: &Service<'_>) -> Option<String> {
    let cem = directory.service(station.cem_inside?)?;
    let name = cem.name.trim();
    let without_cem = name.get(..4).filter(|p| p.eq_ignore_ascii_case("cem ")).map(|_| &name[4..]).unwrap_or(name);
    let starts_comisar = without_cem.get(..7).is_some_and(|p| p.eq_ignore_ascii_case("comisar"));
    starts_comisar.then(|| without_cem.to_owned())
}

/// A service's name as people say it. MIMP's directory writes "Cem Regular Villa El
/// Salvador" and "Cem Comisaría Villa Maria Del Triunfo": the acronym is put in capitals,
/// MIMP's internal category ("Regular") is left out, a CEM inside another place says so
/// ("CEM en la Comisaría …", "CEM en el Centro de Salud …"), and "De"/"Del" inside a name
/// are lower case. Other services keep their name, with the same small words fixed.
pub fn service_name(service: &Service<'_>) -> String {
    let name = service.name.trim();
    let Kind::Cem(setting) = service.kind else { return small_words(name) };
    let rest = strip_word(name, "cem").unwrap_or(name);
    let place = small_words(strip_word(rest, "regular").unwrap_or(rest));
    let inside = match setting {
        CemSetting::Comisaria | CemSetting::ComisariaFamilia => "en la ",
        CemSetting::Other if place.starts_with("Centro") || place.starts_with("Hospital") => "en el ",
        _ => "",
    };
    format!("CEM {inside}{place}")
}

/// Where a CEM is, without the words "CEM" or "Centro Emergencia Mujer": "Villa El
/// Salvador", "Comisaría Alfonso Ugarte". The helper's copied summary names a CEM by the
/// ministry and this place only, so that a message found on her phone does not shout
/// what it is about. `None` for anything that is not a CEM.
pub fn cem_place(service: &Service<'_>) -> Option<String> {
    let Kind::Cem(_) = service.kind else { return None };
    let name = service.name.trim();
    let rest = strip_word(name, "cem").unwrap_or(name);
    Some(small_words(strip_word(rest, "regular").unwrap_or(rest)))
}

/// `text` without its first word when that word is `word` (ASCII, any case).
fn strip_word<'t>(text: &'t str, word: &str) -> Option<&'t str> {
    let (first, rest) = text.split_once(' ')?;
    first.eq_ignore_ascii_case(word).then(|| rest.trim_start())
}

/// "De", "Del", "La", "Las", "Los" and "Y" in lower case after the first word, as
/// Spanish writes them inside names ("San Juan de Lurigancho", "Puerto de la Libertad"):
/// "La" only after "de", since it is part of names such as "La Victoria".
fn small_words(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut previous = "";
    for (i, word) in name.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let after_de = matches!(previous, "de" | "De");
        let lower = match word {
            "De" | "Del" | "Y" if i > 0 => true,
            "La" | "Las" | "Los" if i > 0 && after_de => true,
            _ => false,
        };
        if lower {
            out.extend(word.chars().map(latin_lower));
        } else {
            out.push_str(word);
        }
        previous = word;
    }
    out
}

/// Names in the ubigeo tables are upper case ("VILLA EL SALVADOR"); shown in title case
/// so that screen readers read words, not letters.
pub fn title_case(name: &str) -> String {
    const SMALL: [&str; 6] = ["de", "del", "la", "las", "los", "y"];
    let mut out = String::with_capacity(name.len());
    for (i, word) in name.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let lower: String = word.chars().map(latin_lower).collect();
        if i > 0 && SMALL.contains(&lower.as_str()) {
            out.push_str(&lower);
            continue;
        }
        let mut chars = lower.chars();
        out.extend(chars.next().map(latin_upper));
        out.extend(chars);
    }
    out
}

/// Lower case for ASCII and Latin-1 letters (Á, É, Ñ, Ü…), the only ones Peruvian place
/// and service names use; any other character is kept. `char::to_lowercase` would link
/// the full Unicode case tables, about 8 KB of the widget after compression.
fn latin_lower(c: char) -> char {
    match c {
        'A'..='Z' | 'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        _ => c,
    }
}

/// Upper case, the inverse of [`latin_lower`]; `ß` and `ÿ` have no Latin-1 capital and stay.
fn latin_upper(c: char) -> char {
    match c {
        'a'..='z' | 'à'..='þ' if c != '÷' => char::from_u32(c as u32 - 0x20).unwrap_or(c),
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Ubigeo;

    fn named(kind: Kind, name: &str) -> String {
        let dir = Directory::bundled();
        let mut service = dir.services().iter().find(|s| s.kind == kind).expect("a service of that kind").clone();
        service.name = name;
        service_name(&service)
    }

    #[test]
    fn cem_names_read_as_people_say_them() {
        use CemSetting::*;
        let cases = [
            (Kind::Cem(Regular), "Cem Regular Villa El Salvador", "CEM Villa El Salvador"),
            (
                Kind::Cem(Comisaria),
                "Cem Comisaría Villa Maria Del Triunfo",
                "CEM en la Comisaría Villa Maria del Triunfo",
            ),
            (
                Kind::Cem(ComisariaFamilia),
                "Cem Comisaría De Familia Ayacucho",
                "CEM en la Comisaría de Familia Ayacucho",
            ),
            (Kind::Cem(Other), "Cem Centro de Salud Santa Julia", "CEM en el Centro de Salud Santa Julia"),
            (Kind::Cem(Regular), "Cem Regular San Juan De Lurigancho", "CEM San Juan de Lurigancho"),
            (Kind::Cem(Regular), "Cem Regular La Victoria", "CEM La Victoria"),
            (Kind::Cem(Regular), "CEM REGULAR Puerto De La Libertad", "CEM Puerto de la Libertad"),
            (Kind::Sau, "SAU Lima", "SAU Lima"),
            (Kind::Sar, "Santa Rosa De Quives", "Santa Rosa de Quives"),
        ];
        for (kind, raw, shown) in cases {
            assert_eq!(named(kind, raw), shown, "{raw}");
        }
    }

    #[test]
    fn a_cems_place_leaves_out_what_it_is() {
        use CemSetting::*;
        let place = |kind, raw| {
            let dir = Directory::bundled();
            let mut service = dir.services().iter().find(|s| s.kind == kind).unwrap().clone();
            service.name = raw;
            cem_place(&service)
        };
        assert_eq!(place(Kind::Cem(Regular), "Cem Regular Villa El Salvador").as_deref(), Some("Villa El Salvador"));
        assert_eq!(
            place(Kind::Cem(Comisaria), "Cem Comisaría Alfonso Ugarte").as_deref(),
            Some("Comisaría Alfonso Ugarte")
        );
        assert_eq!(place(Kind::Sau, "SAU Lima"), None);
        for cem in Directory::bundled().services().iter().filter(|s| matches!(s.kind, Kind::Cem(_))) {
            let place = cem_place(cem).unwrap();
            assert!(
                !place.is_empty() && !place.to_lowercase().contains("cem") && !place.contains("Emergencia"),
                "{place}"
            );
        }
    }

    #[test]
    fn every_bundled_cem_gets_a_plain_name() {
        let dir = Directory::bundled();
        let cems: Vec<_> = dir.services().iter().filter(|s| matches!(s.kind, Kind::Cem(_))).collect();
        assert!(cems.len() > 400, "{}", cems.len());
        for cem in cems {
            let name = service_name(cem);
            assert!(name.starts_with("CEM ") && name.len() > 6, "{} -> {name}", cem.name);
            for word in ["Regular", "Cem ", " De ", " Del "] {
                assert!(!name.contains(word), "{} -> {name} has {word:?}", cem.name);
            }
            let inside = matches!(cem.kind, Kind::Cem(CemSetting::Comisaria | CemSetting::ComisariaFamilia));
            assert_eq!(name.starts_with("CEM en la Comisaría"), inside, "{} -> {name}", cem.name);
        }
    }

    #[test]
    fn groups_hold_three_cems_and_three_stations_sorted_by_distance() {
        let dir = Directory::bundled();
        let (capital, _) = dir.nearest_to_district(Ubigeo::parse("150115").unwrap(), KindFilter::Any, 1).unwrap();
        let near = nearby(dir, capital.at);
        assert_eq!(near.cems.len(), PER_GROUP);
        assert_eq!(near.police.len(), PER_GROUP);
        assert!(near.cems.windows(2).all(|w| w[0].km <= w[1].km));
        assert!(near.cems.iter().all(|h| matches!(h.service.kind, Kind::Cem(_))));
        assert!(near.police.iter().all(|h| h.service.kind == Kind::Police));
        assert!(near.other_services.iter().all(|h| matches!(h.service.kind, Kind::Sau | Kind::Sar)));
    }

    #[test]
    fn a_station_with_a_cem_inside_takes_its_name() {
        let dir = Directory::bundled();
        let named = dir.services().iter().filter(|s| s.kind == Kind::Police).filter_map(|s| police_name(dir, s));
        let names: Vec<String> = named.collect();
        assert!(names.len() > 100, "{}", names.len());
        assert!(names.iter().all(|n| n.to_lowercase().starts_with("comisar") && !n.to_lowercase().starts_with("cem")));
        let plain = dir.services().iter().find(|s| s.kind == Kind::Police && s.cem_inside.is_none()).unwrap();
        assert_eq!(police_name(dir, plain), None);
    }

    #[test]
    fn local_contacts_come_nearest_first_and_those_without_a_point_last() {
        let contact = |name: &str, point: Option<(&str, &str)>| {
            let mut attributes = vec![
                ("data-name", name),
                ("data-kind", "serenazgo"),
                ("data-phone", "014197260"),
                ("data-address", "Av. Uno 1"),
            ];
            if let Some((lat, lon)) = point {
                attributes.extend([("data-lat", lat), ("data-lon", lon)]);
            }
            LocalContact::from_attributes(1, attributes).0.expect(name)
        };
        let contacts = [
            contact("sin punto 1", None),
            contact("lejos", Some(("-12.20", "-77.03"))),
            contact("cerca", Some(("-12.07", "-77.03"))),
            contact("sin punto 2", None),
            contact("medio", Some(("-12.10", "-77.03"))),
            contact("cerca otra vez", Some(("-12.07", "-77.03"))),
        ];
        let from = LatLon::new(-12.07, -77.03);
        let ordered = local_contacts_by_distance(&contacts, from);
        let names: Vec<&str> = ordered.iter().map(|(c, _)| c.name.as_str()).collect();
        assert_eq!(names, ["cerca", "cerca otra vez", "medio", "lejos", "sin punto 1", "sin punto 2"]);
        assert_eq!(ordered[0].1, Some(0.0));
        assert!(ordered[4].1.is_none());
    }

    #[test]
    fn names_are_title_cased_for_reading() {
        assert_eq!(title_case("VILLA EL SALVADOR"), "Villa El Salvador");
        assert_eq!(title_case("SAN JUAN DE LURIGANCHO"), "San Juan de Lurigancho");
        assert_eq!(title_case("ÑAÑA"), "Ñaña");
        assert_eq!(title_case("LA VICTORIA"), "La Victoria");
        assert_eq!(title_case("UNION ASHÁNINKA"), "Union Asháninka");
    }

    #[test]
    fn latin_case_mapping_agrees_with_unicode_on_latin_1() {
        for c in (0u32..=0xFF).filter_map(char::from_u32) {
            let lower: Vec<char> = c.to_lowercase().collect();
            let upper: Vec<char> = c.to_uppercase().collect();
            assert_eq!(vec![latin_lower(c)], lower, "{c:?}");
            if upper.len() == 1 && (upper[0] as u32) <= 0xFF {
                assert_eq!(latin_upper(c), upper[0], "{c:?}");
            } else {
                assert_eq!(latin_upper(c), c, "{c:?} has no single Latin-1 capital");
            }
        }
    }

    /// Every name the picker shows must read the same as with the full Unicode case rules.
    #[test]
    fn every_bundled_name_is_title_cased_as_unicode_would() {
        let unicode_title_case = |name: &str| -> String {
            const SMALL: [&str; 6] = ["de", "del", "la", "las", "los", "y"];
            name.split(' ')
                .enumerate()
                .map(|(i, word)| {
                    let lower = word.to_lowercase();
                    if i > 0 && SMALL.contains(&lower.as_str()) {
                        return lower;
                    }
                    let mut chars = lower.chars();
                    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
                })
                .collect::<Vec<String>>()
                .join(" ")
        };
        let dir = Directory::bundled();
        let mut checked = 0;
        for department in dir.departments() {
            for province in dir.provinces(department.code) {
                let districts = dir.districts(province.code).iter().map(|d| d.name);
                for name in [department.name, province.name].into_iter().chain(districts) {
                    assert_eq!(title_case(name), unicode_title_case(name));
                    checked += 1;
                }
            }
        }
        assert!(checked > 1_800, "only {checked} names were checked");
    }
}
