//! The control characters of the compiled catalogue format, shared by the compiler
//! (`compile.rs`, run at build time) and the reader (`catalogue.rs`, in the widget), so the
//! two can never disagree. The format is described in `compile.rs`.

pub const VAR: char = '\u{1}';
pub const END: char = '\u{2}';
pub const SELECT: char = '\u{3}';
pub const VARIANT: char = '\u{4}';
pub const KEY_END: char = '\u{5}';
pub const SELECT_END: char = '\u{6}';
pub const RECORD: char = '\u{1e}';
pub const GROUP: char = '\u{1d}';
