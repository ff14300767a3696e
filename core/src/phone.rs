//! Peruvian phone numbers as MIMP publishes them, turned into something a phone can dial.
//!
//! The bundle stores each number as its *national significant number* (NSN: what follows
//! `+51`) and the widget builds `tel:+51…` from it, so a link works from any phone,
//! including foreign SIMs. A number we cannot normalise is kept as published, marked
//! `?`, and shown as text without a link: guessing a digit would send a frightened
//! person to a stranger.
//!
//! Rules (see docs/DATA.md):
//! - pieces are separated by `/`, `//`, `;`, `,` or a hyphen with spaces around it
//!   (`999 999 999 - 999 999 999`); inside a piece spaces, dots, brackets and hyphens
//!   are ignored;
//! - a leading `+51` / `0051` / `51` (on 11 digits) is the country code and is dropped;
//! - 9 digits starting with 9: a mobile;
//! - `01` + 7 digits (or `1` + 7): a Lima and Callao landline;
//! - `0` + a provincial area code + 6 digits (or the code + 6 digits): a provincial landline;
//! - anything else (10 digits, 7 digits with no area code, letters) is not normalised.

/// Provincial area codes (two digits, dialled after the trunk `0`). Lima and Callao use `1`.
pub const AREA_CODES: [&str; 23] = [
    "41", "42", "43", "44", "51", "52", "53", "54", "56", "61", "62", "63", "64", "65", "66", "67", "72", "73", "74",
    "76", "82", "83", "84",
];

/// One number of a service, as stored in the bundle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phone<'a> {
    /// A national significant number, known to be dialable.
    Dialable(&'a str),
    /// The published text, which we could not normalise: show it, do not link it.
    AsPublished(&'a str),
}

impl<'a> Phone<'a> {
    /// Reads one stored number (`932854358`, `14567890`, `?9329499263`).
    pub fn from_stored(stored: &'a str) -> Option<Self> {
        match stored.strip_prefix('?') {
            Some(raw) => (!raw.trim().is_empty()).then_some(Phone::AsPublished(raw)),
            None => is_nsn(stored).then_some(Phone::Dialable(stored)),
        }
    }

    /// The `tel:` link, only for a normalised number.
    pub fn tel_href(&self) -> Option<String> {
        match self {
            Phone::Dialable(nsn) => Some(format!("tel:+51{nsn}")),
            Phone::AsPublished(_) => None,
        }
    }

    /// How the number is written in Peru: `932 854 358`, `(01) 456 7890`, `(067) 481568`.
    pub fn display(&self) -> String {
        match *self {
            Phone::Dialable(n) if n.starts_with('9') => format!("{} {} {}", &n[0..3], &n[3..6], &n[6..]),
            Phone::Dialable(n) if n.starts_with('1') => format!("(01) {} {}", &n[1..4], &n[4..]),
            Phone::Dialable(n) => format!("(0{}) {}", &n[0..2], &n[2..]),
            Phone::AsPublished(raw) => raw.to_owned(),
        }
    }
}

/// Whether `digits` is a national significant number of a form listed above.
pub fn is_nsn(digits: &str) -> bool {
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    match digits.len() {
        9 => digits.starts_with('9'),
        8 => digits.starts_with('1') || AREA_CODES.contains(&&digits[0..2]),
        _ => false,
    }
}

/// The outcome of normalising one published number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Normalised {
    /// The national significant number.
    Nsn(String),
    /// The piece of text that could not be normalised, trimmed.
    Unrecognised(String),
}

/// Splits a published phone field into its numbers and normalises each one.
pub fn normalise(published: &str) -> Vec<Normalised> {
    let mut out = Vec::new();
    for piece in published.split(['/', ';', ',']).flat_map(|p| p.split(" - ")) {
        let piece = piece.trim();
        if piece.is_empty() {
            continue;
        }
        out.push(normalise_one(piece));
    }
    out
}

fn normalise_one(piece: &str) -> Normalised {
    let unrecognised = || Normalised::Unrecognised(piece.to_owned());
    if !piece.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '.' | '-' | '(' | ')' | '+')) {
        return unrecognised();
    }
    let all: String = piece.chars().filter(char::is_ascii_digit).collect();
    let digits = if piece.starts_with('+') {
        match all.strip_prefix("51") {
            Some(rest) => rest,
            None => return unrecognised(),
        }
    } else if let Some(rest) = all.strip_prefix("0051") {
        rest
    } else if all.len() == 11 && all.starts_with("51") {
        &all[2..]
    } else {
        &all
    };
    // The trunk 0 is how landlines are dialled inside Peru; `tel:+51` does not take it.
    let nsn = match digits.strip_prefix('0') {
        Some(rest) if rest.len() == 8 && (rest.starts_with('1') || AREA_CODES.contains(&&rest[0..2])) => rest,
        Some(_) => return unrecognised(),
        None => digits,
    };
    if is_nsn(nsn) {
        Normalised::Nsn(nsn.to_owned())
    } else {
        unrecognised()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nsn(s: &str) -> Normalised {
        Normalised::Nsn(s.into())
    }
    fn bad(s: &str) -> Normalised {
        Normalised::Unrecognised(s.into())
    }

    #[test]
    fn published_forms_are_normalised() {
        let cases: &[(&str, &[Normalised])] = &[
            ("932854358", &[nsn("932854358")]),
            ("948 072 884", &[nsn("948072884")]),
            ("914 162 422 / 067481568", &[nsn("914162422"), nsn("67481568")]),
            ("989287117 // 994768110", &[nsn("989287117"), nsn("994768110")]),
            ("940217257 - 940929533", &[nsn("940217257"), nsn("940929533")]),
            ("999999999/ 988888888", &[nsn("999999999"), nsn("988888888")]),
            ("(01) 419-7260", &[nsn("14197260")]),
            ("01-4197260", &[nsn("14197260")]),
            ("+51 1 419 7260", &[nsn("14197260")]),
            ("+51 932 854 358", &[nsn("932854358")]),
            ("51932854358", &[nsn("932854358")]),
            ("(076) 365412", &[nsn("76365412")]),
            ("076-365412", &[nsn("76365412")]),
            ("", &[]),
            ("  ", &[]),
        ];
        for (published, expected) in cases {
            assert_eq!(&normalise(published), expected, "{published:?}");
        }
    }

    #[test]
    fn what_cannot_be_normalised_is_flagged_not_guessed() {
        for published in [
            "9329499263", // 10 digits: which one is extra?
            "4197260",    // 7 digits: a Lima number? we do not know the area
            "365412",     // 6 digits with no area code
            "057123456",  // 57 is not a Peruvian area code
            "832854358",  // 9 digits not starting with 9
            "anexo 123",
            "+1 202 555 0100",
        ] {
            assert_eq!(normalise(published), vec![bad(published)], "{published:?}");
        }
    }

    #[test]
    fn stored_forms_round_trip_to_links_and_display() {
        let cases = [
            ("932854358", Some("tel:+51932854358"), "932 854 358"),
            ("14197260", Some("tel:+5114197260"), "(01) 419 7260"),
            ("67481568", Some("tel:+5167481568"), "(067) 481568"),
            ("?9329499263", None, "9329499263"),
        ];
        for (stored, href, shown) in cases {
            let phone = Phone::from_stored(stored).expect(stored);
            assert_eq!(phone.tel_href().as_deref(), href, "{stored}");
            assert_eq!(phone.display(), shown, "{stored}");
        }
        for invalid in ["", "?", "93285435", "057123456", "9328543581", "12345678a"] {
            assert_eq!(Phone::from_stored(invalid), None, "{invalid:?}");
        }
    }
}
