//! Phone numbers the widget may show. Only numbers verified in
//! `shared/reference/rights-and-services-peru.md` belong here; the content tests fail on
//! any other number in the locale files.

/// Which service a number reaches; the shell maps each to its Fluent messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelplineService {
    Linea100,
    Police,
    Samu,
    Firefighters,
    MentalHealth,
}

/// A helpline: the digits to dial and, where a menu follows, the option to choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Helpline {
    /// Stable id, also the stem of its Fluent term (`-linea-100-number`).
    pub id: &'static str,
    pub service: HelplineService,
    /// What is dialled: digits only.
    pub dial: &'static str,
    /// The reference verifies that calling it costs nothing. Only then may the content
    /// say "gratis" / "free" next to it (`tests/content.rs` checks every locale).
    pub free: bool,
}

impl Helpline {
    /// Whether it is the number for danger right now, drawn as the urgent card.
    pub fn is_emergency(&self) -> bool {
        self.service == HelplineService::Police
    }

    /// The `tel:` link for it.
    pub fn tel_href(&self) -> String {
        format!("tel:{}", self.dial)
    }
}

/// MIMP's line for violence against women and family members: free, 24 h, every day,
/// answers in Spanish, Quechua and Aymara.
pub const LINEA_100: Helpline =
    Helpline { id: "linea-100", service: HelplineService::Linea100, dial: "100", free: true };
/// Police emergencies (PNP). The reference verifies the number and the service only:
/// neither its cost nor its hours.
pub const POLICE_105: Helpline =
    Helpline { id: "police-105", service: HelplineService::Police, dial: "105", free: false };
/// SAMU, medical emergencies (number and service verified, nothing more).
pub const SAMU_106: Helpline = Helpline { id: "samu-106", service: HelplineService::Samu, dial: "106", free: false };
/// Firefighters (number and service verified, nothing more).
pub const FIRE_116: Helpline =
    Helpline { id: "fire-116", service: HelplineService::Firefighters, dial: "116", free: false };
/// Mental health line (option 5 of 113), 24 h; its cost is not verified.
pub const MENTAL_HEALTH_113: Helpline =
    Helpline { id: "mental-health-113", service: HelplineService::MentalHealth, dial: "113", free: false };

/// Every number the content may show, in the order every list shows them: 105 first, the
/// number for danger right now, then Línea 100.
pub const VERIFIED: &[Helpline] = &[POLICE_105, LINEA_100, SAMU_106, FIRE_116, MENTAL_HEALTH_113];

/// The two numbers every screen's fallback and home screen carry: urgent first.
pub const KEY_HELPLINES: [Helpline; 2] = [POLICE_105, LINEA_100];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_digits_and_ids_unique() {
        let mut ids: Vec<_> = VERIFIED.iter().map(|h| h.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), VERIFIED.len());
        for h in VERIFIED {
            assert!(h.dial.bytes().all(|b| b.is_ascii_digit()), "{h:?}");
            assert_eq!(h.tel_href(), format!("tel:{}", h.dial));
        }
    }

    #[test]
    fn urgent_number_comes_first() {
        assert_eq!(KEY_HELPLINES[0], POLICE_105);
        assert_eq!(KEY_HELPLINES[1], LINEA_100);
        assert_eq!(VERIFIED[..2], KEY_HELPLINES, "every list opens with the same two");
        let emergencies: Vec<_> = VERIFIED.iter().filter(|h| h.is_emergency()).collect();
        assert_eq!(emergencies, [&POLICE_105], "one urgent card, 105's");
    }
}
