//! Local contacts a municipality lists in its embed: Escuadrón Violeta, Serenazgo, the
//! women's office, DEMUNA, named comisarías. Each is a child element of the widget's
//! element (`<li data-ruta-contact data-name=… data-kind=… data-phone=…>`), so the same
//! markup is also readable, as plain HTML, when the widget cannot load.
//!
//! A malformed entry is skipped with a warning; it never stops the others.

use thiserror::Error;

use crate::config::collapse_whitespace;
use crate::geo::{parse_degrees, LatLon};
use crate::helplines::VERIFIED;
use crate::phone::{normalise, Normalised};

/// The attribute that marks one contact element inside the widget's element.
pub const CONTACT_MARKER: &str = "data-ruta-contact";

/// What a local contact is; each has its own label in every language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactKind {
    /// A municipal squad for violence against women, like La Victoria's Escuadrón Violeta.
    Squad,
    /// Serenazgo: municipal security.
    Serenazgo,
    /// The municipality's women's office.
    WomenOffice,
    /// DEMUNA: the municipal ombudsman for children and adolescents.
    Demuna,
    /// A local police station, with its name.
    Police,
    /// Anything else.
    Other,
}

impl ContactKind {
    /// The `data-kind` values webmasters write.
    pub fn parse(value: &str) -> Option<Self> {
        // Case does not matter: "Escuadron" is as clear as "escuadron".
        Some(match value.trim().to_ascii_lowercase().as_str() {
            "escuadron" => ContactKind::Squad,
            "serenazgo" => ContactKind::Serenazgo,
            "mujer" => ContactKind::WomenOffice,
            "demuna" => ContactKind::Demuna,
            "comisaria" => ContactKind::Police,
            "otro" => ContactKind::Other,
            _ => return None,
        })
    }
}

/// One local contact, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalContact {
    pub name: String,
    pub kind: ContactKind,
    /// The `tel:` link.
    pub tel: String,
    /// The number as the municipality wrote it, for display.
    pub phone: String,
    pub address: String,
    /// Where it is, when given; it then gets a distance like the directory's places.
    pub location: Option<LatLon>,
    /// Opening hours as written, e.g. "24 horas".
    pub hours: Option<String>,
}

/// Why a contact element was skipped.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ContactWarning {
    /// A required attribute is missing or empty.
    #[error("local contact {position}: data-{attribute} is missing; the contact is not shown")]
    Missing { position: usize, attribute: &'static str },
    /// `data-kind` is not one of the known kinds.
    #[error("local contact {position}: data-kind=\"{value}\" is not one of escuadron, serenazgo, mujer, demuna, comisaria, otro; the contact is not shown")]
    UnknownKind { position: usize, value: String },
    /// `data-phone` is not a Peruvian number or a short code.
    #[error("local contact {position}: data-phone=\"{value}\" is not a dialable Peruvian number or a 3–4 digit short code; the contact is not shown")]
    BadPhone { position: usize, value: String },
    /// `data-phone` looks like a landline written without its area code, which a mobile
    /// phone cannot dial.
    #[error("local contact {position}: data-phone=\"{value}\" has no area code; write it as dialled from a mobile, for example (01) 287 1071 in Lima or (067) 481568 elsewhere; the contact is not shown")]
    NoAreaCode { position: usize, value: String },
    /// The name or the number copies a national helpline, which Ruta already shows as
    /// verified: a look-alike could send her to someone else's phone.
    #[error("local contact {position}: \"{value}\" copies a national helpline (Línea 100, 105, 106, 116, 113 or the MIMP), which Ruta already shows; the contact is not shown")]
    ImitatesHelpline { position: usize, value: String },
    /// `data-lat`/`data-lon` are not both decimal degrees ([`crate::geo::parse_degrees`]) inside Peru.
    #[error(
        "local contact {position}: data-lat/data-lon are not a point in Peru; the contact is shown without a distance"
    )]
    BadLocation { position: usize },
}

const MAX_TEXT: usize = 200;

fn text(value: Option<&str>) -> Option<String> {
    // A value wrapped over several lines in the HTML is one line of text.
    let value = collapse_whitespace(value?);
    (!value.is_empty() && value.chars().count() <= MAX_TEXT && !value.chars().any(char::is_control)).then_some(value)
}

/// Whether a contact's name or number passes for a national helpline: a word that is
/// one of the verified numbers (so "Línea 100" too), or the ministry's name.
pub fn imitates_helpline(text: &str) -> bool {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let only_number = text.chars().all(|c| c.is_ascii_digit() || " -().+".contains(c));
    if only_number && VERIFIED.iter().any(|h| digits == h.dial || digits == format!("51{}", h.dial)) {
        return true;
    }
    text.split(|c: char| !c.is_alphanumeric())
        .any(|word| word.eq_ignore_ascii_case("mimp") || VERIFIED.iter().any(|h| word == h.dial))
}

/// The `tel:` link for a municipal number: a full Peruvian number, or a 3–4 digit
/// short code (a municipal line such as 1810).
fn tel_for(raw: &str, position: usize) -> Result<String, ContactWarning> {
    if let [Normalised::Nsn(nsn)] = normalise(raw).as_slice() {
        return Ok(format!("tel:+51{nsn}"));
    }
    let digits: String = raw.chars().filter(|c| !matches!(c, ' ' | '-' | '.')).collect();
    let all_digits = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
    match digits.len() {
        3..=4 if all_digits => Ok(format!("tel:{digits}")),
        // 5 to 8 digits that are not a full number: a landline without its area code
        // (481568 for (067) 481568). Guessing the code could ring a stranger.
        5..=8 if all_digits => Err(ContactWarning::NoAreaCode { position, value: raw.to_owned() }),
        _ => Err(ContactWarning::BadPhone { position, value: raw.to_owned() }),
    }
}

impl LocalContact {
    /// Reads one contact element's attributes; `position` counts from 1 for messages.
    /// A bad location keeps the contact (without a distance) and adds a warning.
    pub fn from_attributes<'a>(
        position: usize,
        attributes: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (Option<Self>, Vec<ContactWarning>) {
        // A handful of attributes: a list is enough, and a map type would add its own
        // code to the wasm.
        let data: Vec<(&str, &str)> =
            attributes.into_iter().filter_map(|(name, value)| Some((name.strip_prefix("data-")?, value))).collect();
        let get = |key: &str| data.iter().rev().find(|(k, _)| *k == key).map(|(_, value)| value);
        let mut warnings = Vec::new();
        let required = |attribute: &'static str| {
            text(get(attribute).copied()).ok_or(ContactWarning::Missing { position, attribute })
        };
        let parsed = (|| {
            let name = required("name")?;
            let kind_text = required("kind")?;
            let kind = ContactKind::parse(&kind_text)
                .ok_or(ContactWarning::UnknownKind { position, value: kind_text.clone() })?;
            let phone = required("phone")?;
            let tel = tel_for(&phone, position)?;
            for copied in [&name, &phone] {
                if imitates_helpline(copied) {
                    return Err(ContactWarning::ImitatesHelpline { position, value: copied.clone() });
                }
            }
            let address = required("address")?;
            Ok((name, kind, phone, tel, address))
        })();
        let (name, kind, phone, tel, address) = match parsed {
            Ok(fields) => fields,
            Err(warning) => return (None, vec![warning]),
        };
        let location = match (get("lat"), get("lon")) {
            (None, None) => None,
            (Some(lat), Some(lon)) => {
                let point = parse_degrees(lat.trim()).zip(parse_degrees(lon.trim())).map(|(a, b)| LatLon::new(a, b));
                let point = point.filter(LatLon::in_peru);
                if point.is_none() {
                    warnings.push(ContactWarning::BadLocation { position });
                }
                point
            }
            _ => {
                warnings.push(ContactWarning::BadLocation { position });
                None
            }
        };
        let hours = text(get("hours").copied());
        (Some(Self { name, kind, tel, phone, address, location, hours }), warnings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(attrs: &[(&str, &str)]) -> (Option<LocalContact>, Vec<ContactWarning>) {
        LocalContact::from_attributes(1, attrs.iter().copied())
    }

    const GOOD: &[(&str, &str)] = &[
        ("data-ruta-contact", ""),
        ("data-name", "Escuadrón Violeta"),
        ("data-kind", "escuadron"),
        ("data-phone", "(01) 204-2525"),
        ("data-address", "Plaza principal s/n"),
        ("data-lat", "-12.065"),
        ("data-lon", "-77.03"),
        ("data-hours", "24 horas"),
    ];

    #[test]
    fn a_complete_contact_is_kept() {
        let (contact, warnings) = parse(GOOD);
        assert!(warnings.is_empty(), "{warnings:?}");
        let c = contact.unwrap();
        assert_eq!(c.kind, ContactKind::Squad);
        assert_eq!(c.tel, "tel:+5112042525");
        assert_eq!(c.location, Some(LatLon::new(-12.065, -77.03)));
        assert_eq!(c.hours.as_deref(), Some("24 horas"));
    }

    #[test]
    fn short_codes_and_mobiles_are_dialable() {
        for (raw, tel) in
            [("1810", "tel:1810"), ("987 654 321", "tel:+51987654321"), ("+51 987654321", "tel:+51987654321")]
        {
            let mut attrs = GOOD.to_vec();
            attrs[3] = ("data-phone", raw);
            assert_eq!(parse(&attrs).0.unwrap().tel, tel, "{raw}");
        }
    }

    #[test]
    fn malformed_contacts_are_skipped_with_a_warning_naming_the_problem() {
        let without = |attribute: &str| GOOD.iter().copied().filter(|(n, _)| *n != attribute).collect::<Vec<_>>();
        for (attrs, expected) in [
            (without("data-name"), ContactWarning::Missing { position: 1, attribute: "name" }),
            (without("data-phone"), ContactWarning::Missing { position: 1, attribute: "phone" }),
            (without("data-address"), ContactWarning::Missing { position: 1, attribute: "address" }),
        ] {
            assert_eq!(parse(&attrs), (None, vec![expected]));
        }
        let mut attrs = GOOD.to_vec();
        attrs[2] = ("data-kind", "policia");
        assert_eq!(parse(&attrs), (None, vec![ContactWarning::UnknownKind { position: 1, value: "policia".into() }]));
        attrs = GOOD.to_vec();
        attrs[3] = ("data-phone", "javascript:alert(1)");
        assert!(matches!(parse(&attrs), (None, ref w) if matches!(w[0], ContactWarning::BadPhone { .. })));
        assert!(parse(&attrs).1[0].to_string().contains("not shown"));
    }

    #[test]
    fn look_alikes_of_national_helplines_are_refused() {
        for (attribute, value) in [
            ("data-name", "Línea 100 – MIMP (oficial)"),
            ("data-name", "Central 105 de emergencias"),
            ("data-name", "Atención MIMP"),
            ("data-phone", "100"),
            ("data-phone", "105"),
            ("data-phone", "(01) 105"),
        ] {
            let mut attrs = GOOD.to_vec();
            attrs.retain(|(n, _)| *n != attribute);
            attrs.push((attribute, value));
            let (contact, warnings) = parse(&attrs);
            assert_eq!(contact, None, "{value}");
            assert!(
                matches!(&warnings[..], [ContactWarning::ImitatesHelpline { .. }] | [ContactWarning::BadPhone { .. }]),
                "{value}: {warnings:?}"
            );
        }
        for fine in ["Escuadrón Violeta", "Comisaría PNP San Juan", "Serenazgo 1000 ojos", "Casa 1005"] {
            assert!(!imitates_helpline(fine), "{fine}");
        }
        assert!(imitates_helpline("Línea 100"));
        assert!(imitates_helpline("+51 105"));
    }

    #[test]
    fn a_landline_without_its_area_code_is_refused_saying_so() {
        for raw in ["481568", "287 1071", "28710"] {
            let mut attrs = GOOD.to_vec();
            attrs[3] = ("data-phone", raw);
            let (contact, warnings) = parse(&attrs);
            assert_eq!(contact, None, "{raw}");
            assert_eq!(warnings, vec![ContactWarning::NoAreaCode { position: 1, value: raw.into() }]);
            assert!(warnings[0].to_string().contains("area code"));
        }
    }

    #[test]
    fn values_over_several_lines_are_collapsed_and_kinds_ignore_case() {
        let mut attrs = GOOD.to_vec();
        attrs[4] = ("data-address", "Palacio municipal,\n      segundo piso");
        attrs[2] = ("data-kind", "Escuadron");
        let (contact, warnings) = parse(&attrs);
        assert!(warnings.is_empty(), "{warnings:?}");
        let contact = contact.unwrap();
        assert_eq!(contact.address, "Palacio municipal, segundo piso");
        assert_eq!(contact.kind, ContactKind::Squad);
    }

    #[test]
    fn a_bad_location_keeps_the_contact_without_a_distance() {
        let mut attrs = GOOD.to_vec();
        attrs[5] = ("data-lat", "48.85");
        let (contact, warnings) = parse(&attrs);
        assert_eq!(contact.unwrap().location, None);
        assert_eq!(warnings, vec![ContactWarning::BadLocation { position: 1 }]);
    }
}
