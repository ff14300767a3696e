//! Local contacts a municipality lists in its embed: Escuadrón Violeta, Serenazgo, the
//! women's office, DEMUNA, named comisarías. Each is a child element of the widget's
//! element (`<li data-ruta-contact data-name=… data-kind=… data-phone=…>`), so the same
//! markup is also readable, as plain HTML, when the widget cannot load.
//!
//! A malformed entry is skipped with a warning; it never stops the others.

use thiserror::Error;

use crate::geo::LatLon;
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
        Some(match value.trim() {
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
    #[error("local contact {position}: data-phone=\"{value}\" is not a dialable Peruvian number or a 3–6 digit short code; the contact is not shown")]
    BadPhone { position: usize, value: String },
    /// `data-lat`/`data-lon` are not both numbers inside Peru.
    #[error(
        "local contact {position}: data-lat/data-lon are not a point in Peru; the contact is shown without a distance"
    )]
    BadLocation { position: usize },
}

const MAX_TEXT: usize = 200;

fn text(value: Option<&str>) -> Option<String> {
    let value = value?.trim();
    (!value.is_empty() && value.chars().count() <= MAX_TEXT && !value.chars().any(char::is_control))
        .then(|| value.to_owned())
}

/// The `tel:` link for a municipal number: a full Peruvian number, or a short code.
fn tel_for(raw: &str) -> Option<String> {
    match normalise(raw).as_slice() {
        [Normalised::Nsn(nsn)] => Some(format!("tel:+51{nsn}")),
        _ => {
            let digits = raw.trim();
            ((3..=6).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()))
                .then(|| format!("tel:{digits}"))
        }
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
            let tel = tel_for(&phone).ok_or(ContactWarning::BadPhone { position, value: phone.clone() })?;
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
                let point = lat.trim().parse().ok().zip(lon.trim().parse().ok()).map(|(a, b)| LatLon::new(a, b));
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
    fn a_bad_location_keeps_the_contact_without_a_distance() {
        let mut attrs = GOOD.to_vec();
        attrs[5] = ("data-lat", "48.85");
        let (contact, warnings) = parse(&attrs);
        assert_eq!(contact.unwrap().location, None);
        assert_eq!(warnings, vec![ContactWarning::BadLocation { position: 1 }]);
    }
}
