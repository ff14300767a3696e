//! What can be wrong with a bundle or a source row, and where: the validator's and the
//! importer's errors.

use std::fmt;

use thiserror::Error;

use super::MAX_BUNDLE_BYTES;

/// One rule a row of the directory breaks.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum Problem {
    /// The first line is not the format header.
    #[error("the first line must be \"ruta-directory<TAB>4\"")]
    BadHeader,
    /// A line starts with a record type the format does not have.
    #[error("unknown record type {0:?}")]
    UnknownRecord(String),
    /// A record of a type that must come before the previous one, a code not above the
    /// previous one of its kind, or a district with no province row above it.
    #[error("record out of order: departments, then each province followed by its districts, then services, then police stations, each sorted by code")]
    OutOfOrder,
    /// The record has the wrong number of fields.
    #[error("expected {expected} tab-separated fields, found {found}")]
    FieldCount { expected: usize, found: usize },
    /// A field that must not be empty is empty.
    #[error("the {0} is empty")]
    Empty(&'static str),
    /// A field holds a control character or a stray separator.
    #[error("the {0} holds a control character or a '|'")]
    BadText(&'static str),
    /// A code is not well formed.
    #[error("{0:?} is not a well-formed code")]
    BadCode(String),
    /// A ubigeo code that is not in the ubigeo table (or a province without its department).
    #[error("ubigeo {0} is not in the ubigeo table")]
    UnknownUbigeo(String),
    /// A coordinate is not an integer (arc-seconds, or 1e-4 degrees for a place), only one
    /// of the pair is given, or a place not flagged `d` gives none.
    #[error("bad coordinate {0:?}")]
    BadCoordinate(String),
    /// The point is outside Peru's bounding box.
    #[error("the point {lat}, {lon} is outside Peru (lat -18.4…-0.03, lon -81.4…-68.6)")]
    OutsidePeru { lat: f64, lon: f64 },
    /// A phone number is not in normalised form.
    #[error(
        "phone {0:?} is not normalised (9-digit mobile, 1 + 7 digits for Lima, area code + 6 digits, or ?as-published)"
    )]
    BadPhone(String),
    /// The same place appears twice.
    #[error("duplicate of line {0}")]
    Duplicate(usize),
    /// A CAI: a service for aggressors. It must never be shown to victims.
    #[error("CAI rows (services for aggressors) must never be in the directory")]
    AggressorService,
    /// A shelter (HRT): their addresses are confidential, so they are never bundled.
    #[error("HRT shelters must never be in the directory: their addresses are confidential; they are reached through Línea 100 and the CEM")]
    Shelter,
    /// A service kind the format does not have.
    #[error("unknown service kind {0:?}")]
    UnknownKind(String),
    /// The flags field holds something other than "", "a" or "d".
    #[error("bad flags {0:?} (expected empty, \"a\" or \"d\")")]
    BadFlags(String),
    /// The approximate flag disagrees with the distance to the district capital.
    #[error("the point is {km:.1} km from the district capital, so it {} be flagged approximate", if *.must_flag { "must" } else { "must not" })]
    ApproximateMismatch { km: f64, must_flag: bool },
    /// The source gives no point, or only half of one: placed at the district capital.
    #[error("no coordinates in the source: placed at the district capital and flagged approximate")]
    NoPoint,
    /// A row flagged `d` (placed at its district's search point) gives coordinates.
    #[error("a row flagged \"d\" (placed at the district's search point) must give no coordinates")]
    NotAtCapital,
    /// The file does not end with the `end` record, or its counts differ from the rows:
    /// it was cut short or pieced together.
    #[error("the file must end with \"end\" and the number of D, P, U, S and C rows; it is cut short or incomplete")]
    Incomplete,
    /// A section has no row at all.
    #[error("the file has no {0} rows")]
    MissingSection(&'static str),
    /// The text holds U+FFFD: it was decoded with the wrong encoding somewhere.
    #[error("the line holds U+FFFD: the file was not read as UTF-8")]
    MisDecoded,
    /// The file is far larger than any real directory.
    #[error("the file is larger than {MAX_BUNDLE_BYTES} bytes")]
    TooLarge,
    /// A police station's CEM link is wrong.
    #[error("the linked row {0} is not a CEM inside a comisaría within 300 m")]
    BadLink(String),
}

/// A problem with one row, naming where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct RowError {
    /// The file, such as `data/directory.tsv` or a source CSV.
    pub file: String,
    /// 1-based line number.
    pub line: usize,
    /// What the row is, in a few words (its name, code or start).
    pub row: String,
    pub problem: Problem,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} line {} ({}): {}", self.file, self.line, self.row, self.problem)
    }
}

/// Every problem found in a bundle.
#[derive(Debug, Clone, PartialEq, Error)]
#[error("{} problem(s) in the directory:\n{}", .0.len(), .0.iter().map(|e| format!("  {e}")).collect::<Vec<_>>().join("\n"))]
pub struct DataErrors(pub Vec<RowError>);

/// A district code the directory does not know.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("ubigeo {0} is not a district of the directory")]
pub struct UnknownDistrict(pub String);
